// When RedriveExecution refuses (API reference "RedriveExecution", "Errors"; DescribeExecution's
// redriveStatusReason lists the reasons). Pure: it reads the stopped execution's result and the virtual time
// of the redrive.

import type { ExecutionResult } from '../types';
import { STATES_ERRORS } from '../asl/errors';

/** The errors RedriveExecution answers with, by AWS's names. */
export type RedriveErrorName = 'ExecutionNotRedrivable' | 'ExecutionDoesNotExist' | 'ValidationException';

/** AWS keeps an execution redrivable for 14 days after it stops. */
export const REDRIVE_WINDOW_MS = 14 * 24 * 3600 * 1000;
/** Executions started before RedriveExecution launched (15 November 2023) cannot be redriven. */
export const REDRIVE_LAUNCH_MS = Date.UTC(2023, 10, 15);
/** A Standard execution lasts at most a year (developer guide "Quotas"), redrives included. */
export const MAX_EXECUTION_MS = 365 * 24 * 3600 * 1000;

export interface RedriveRefusal {
  error: RedriveErrorName;
  message: string;
}

/** DescribeExecution's redriveStatus and redriveStatusReason for `previous` at virtual time `atMs`. */
export interface RedriveStatus {
  redriveStatus: 'REDRIVABLE' | 'NOT_REDRIVABLE';
  redriveStatusReason?: string;
}

/** Why `previous` cannot be redriven at `atMs` (epoch ms on the virtual clock), or null when it can. */
export function redriveRefusal(previous: ExecutionResult, atMs: number): RedriveRefusal | null {
  if (previous === null || typeof previous !== 'object' || typeof previous.status !== 'string' || !Array.isArray(previous.events)) {
    return { error: 'ValidationException', message: 'The value given is not an execution result.' };
  }
  const checkpoint = previous.redrive;
  if (checkpoint?.type === 'EXPRESS' || (previous.executionArn ?? '').includes(':express:')) {
    return { error: 'ExecutionNotRedrivable', message: 'Express executions cannot be redriven (only a Distributed Map redrives its Express children, through the Map Run).' };
  }
  if (previous.status === 'SUCCEEDED') return notRedrivable('Execution is SUCCEEDED and cannot be redriven.');
  if (checkpoint === undefined) {
    return { error: 'ValidationException', message: 'This result carries no redrive checkpoint (it was not produced by this engine\'s startExecution).' };
  }
  // AWS refuses such a definition at CreateStateMachine, and such an input at StartExecution: no execution exists.
  if (checkpoint.point === null && (previous.error === STATES_ERRORS.InvalidDefinition || previous.error === STATES_ERRORS.DataLimitExceeded)) {
    return { error: 'ExecutionDoesNotExist', message: `AWS would not have started this execution (${previous.error}), so there is nothing to redrive.` };
  }
  if (checkpoint.startMs < REDRIVE_LAUNCH_MS) return notRedrivable('Execution was started before the launch of RedriveExecution.');
  if (checkpoint.historyLimitReached) return notRedrivable('Execution history event limit exceeded.');
  const stopMs = Date.parse(previous.stopDate ?? '');
  if (Number.isFinite(stopMs) && atMs < stopMs) {
    return { error: 'ValidationException', message: `The redrive time ${new Date(atMs).toISOString()} is before the execution stopped (${previous.stopDate}).` };
  }
  if (atMs - checkpoint.startMs > MAX_EXECUTION_MS) return notRedrivable('Execution has exceeded the max execution time.');
  if (Number.isFinite(stopMs) && atMs - stopMs > REDRIVE_WINDOW_MS) return notRedrivable('Execution redrivable period exceeded.');
  return null;
}

function notRedrivable(message: string): RedriveRefusal {
  return { error: 'ExecutionNotRedrivable', message };
}

export function redriveStatusOf(previous: ExecutionResult, atMs: number): RedriveStatus {
  const refusal = redriveRefusal(previous, atMs);
  return refusal === null ? { redriveStatus: 'REDRIVABLE' } : { redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: refusal.message };
}

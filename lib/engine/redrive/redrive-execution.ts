// RedriveExecution: the same execution (ARN, definition, input, start time) resumed from the state that did
// not succeed, with ExecutionRedriven in its history and $$.Execution.RedriveCount one higher. A Map or
// Parallel re-runs only its iterations and branches that did not succeed (runtime/redrive-point.ts).
// Task handlers (mocks, faults) are given anew, so a fixed service lets the retry succeed.

import type { ExecutionResult, StartOptions } from '../types';
import { parseStartTime } from '../runtime/clock';
import { runCompiled } from '../start';
import { redriveRefusal, type RedriveErrorName } from './eligibility';

/** What may change between attempts: handlers and engine limits, never the execution's identity. */
export type RedriveOptions = Omit<
  StartOptions,
  'type' | 'name' | 'stateMachineName' | 'roleArn' | 'accountId' | 'region' | 'context' | 'startTime' | 'seed' | 'inputString' | 'validate'
> & {
  /** Virtual time of the redrive (ISO text or epoch ms); default the moment the execution stopped. */
  redriveTime?: string | number;
};

export type RedriveOutcome = { ok: true; result: ExecutionResult } | { ok: false; error: RedriveErrorName; message: string };

/** Redrives `previous`; a refusal is a value with AWS's error name, never a throw. */
export async function redriveExecution(previous: ExecutionResult, options: RedriveOptions = {}): Promise<RedriveOutcome> {
  let redriveMs: number;
  try {
    redriveMs = options.redriveTime === undefined ? Date.parse(previous?.stopDate ?? '') : parseStartTime(options.redriveTime);
  } catch (e) {
    return { ok: false, error: 'ValidationException', message: `redriveTime: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!Number.isFinite(redriveMs)) return { ok: false, error: 'ValidationException', message: 'redriveTime: the result has no stopDate; give a redriveTime.' };
  const refusal = redriveRefusal(previous, redriveMs);
  if (refusal !== null) return { ok: false, ...refusal };
  const checkpoint = previous.redrive!;
  const redriveCount = (previous.redriveCount ?? 0) + 1;
  const { redriveTime: _ignored, ...rest } = options;
  const start: StartOptions = {
    ...rest,
    type: checkpoint.type,
    name: checkpoint.name,
    stateMachineName: checkpoint.stateMachineName,
    roleArn: checkpoint.roleArn,
    accountId: checkpoint.accountId,
    region: checkpoint.region,
    startTime: checkpoint.startMs,
    // Each attempt draws its own random numbers ($uuid, jitter), still reproducible.
    seed: (checkpoint.seed + redriveCount) >>> 0,
    validate: false,
  };
  if (checkpoint.context !== undefined) start.context = checkpoint.context;
  if (checkpoint.inputString !== undefined) start.inputString = checkpoint.inputString;
  const result = await runCompiled(checkpoint.definition, checkpoint.input, start, undefined, { checkpoint, previous, redriveCount, redriveMs });
  return { ok: true, result };
}

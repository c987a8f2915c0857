// Reads what the cost model needs out of a run's history: how often each state was entered (so retries
// show up as transitions beyond the entries), how many Map iterations and Parallel branches ran and the
// largest payload (for the Express memory estimate), and the Lambda invocations a run's Tasks made.

import type { ExecutionResult, HistoryEvent } from '../engine/types';
import { own, setOwn } from '../engine/own';

export interface HistoryFacts {
  entriesByState: Record<string, number>;
  mapIterations: number;
  parallelBranches: number;
  largestPayloadBytes: number;
  lambdaInvocations: { durationMs: number | undefined }[];
  recorded: boolean;
}

const encoder = new TextEncoder();

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

export function readHistory(result: ExecutionResult, definition: unknown): HistoryFacts {
  const entriesByState: Record<string, number> = {};
  let mapIterations = 0;
  let parallelBranches = 0;
  let largestPayloadBytes = 0;
  const lambdaScheduled: HistoryEvent[] = [];
  const byId = new Map<number, HistoryEvent>();
  const terminalByPrevious = new Map<number, HistoryEvent>();

  for (const event of result.events) {
    byId.set(event.id, event);
    const details = detailsOf(event);
    if (details) {
      for (const key of ['input', 'output'] as const) {
        const value = details[key];
        if (typeof value === 'string') largestPayloadBytes = Math.max(largestPayloadBytes, utf8Bytes(value));
      }
    }
    if (event.type.endsWith('StateEntered')) {
      const name = details && typeof details.name === 'string' ? details.name : undefined;
      // State names are the author's: 'constructor' is a name like any other (issue 14).
      if (name !== undefined) setOwn(entriesByState, name, (own(entriesByState, name) ?? 0) + 1);
      if (event.type === 'ParallelStateEntered') {
        parallelBranches += name !== undefined ? (findBranchCount(definition, name) ?? 1) : 1;
      }
    } else if (event.type === 'MapIterationStarted') {
      mapIterations += 1;
    } else if (event.type === 'TaskScheduled') {
      if (details && details.resourceType === 'lambda') lambdaScheduled.push(event);
    } else if (event.type === 'TaskSucceeded' || event.type === 'TaskFailed' || event.type === 'TaskTimedOut') {
      terminalByPrevious.set(event.previousEventId, event);
    }
  }
  if (result.output !== undefined && result.events.length === 0) {
    largestPayloadBytes = utf8Bytes(JSON.stringify(result.output));
  }

  // TaskScheduled -> TaskStarted -> TaskSucceeded/Failed: each links to the one before by previousEventId.
  const startedByPrevious = new Map<number, HistoryEvent>();
  for (const event of result.events) if (event.type === 'TaskStarted') startedByPrevious.set(event.previousEventId, event);
  const lambdaInvocations = lambdaScheduled.map((scheduled) => {
    const started = startedByPrevious.get(scheduled.id);
    const end = started ? terminalByPrevious.get(started.id) : undefined;
    if (!started || !end) return { durationMs: undefined };
    const ms = Date.parse(end.timestamp) - Date.parse(started.timestamp);
    return { durationMs: Number.isFinite(ms) && ms >= 0 ? ms : undefined };
  });

  return {
    entriesByState,
    mapIterations,
    parallelBranches,
    largestPayloadBytes,
    lambdaInvocations,
    recorded: result.events.length > 0,
  };
}

function detailsOf(event: HistoryEvent): Record<string, unknown> | undefined {
  for (const [key, value] of Object.entries(event)) {
    if (key.endsWith('EventDetails') && value && typeof value === 'object') return value as Record<string, unknown>;
  }
  return undefined;
}

/** Branch count of the first Parallel state with this name anywhere in the definition (nested ones included). */
function findBranchCount(definition: unknown, name: string): number | undefined {
  if (!definition || typeof definition !== 'object') return undefined;
  const states = (definition as { States?: unknown }).States;
  if (states && typeof states === 'object') {
    for (const [stateName, state] of Object.entries(states as Record<string, unknown>)) {
      if (!state || typeof state !== 'object') continue;
      const branches = (state as { Branches?: unknown }).Branches;
      if (stateName === name && Array.isArray(branches)) return branches.length;
      const nested = [
        ...(Array.isArray(branches) ? branches : []),
        (state as { Iterator?: unknown }).Iterator,
        (state as { ItemProcessor?: unknown }).ItemProcessor,
      ];
      for (const sub of nested) {
        const found = findBranchCount(sub, name);
        if (found !== undefined) return found;
      }
    }
  }
  return undefined;
}

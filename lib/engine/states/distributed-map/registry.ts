// Map Runs started by an execution, kept beside it (not inside the runtime's Execution class) until
// startExecution builds the result: `attachMapRuns` adds ExecutionResult.mapRuns and
// billing.childExecutions. A WeakMap, so nothing outlives the execution.

import type { ChildExecutionsBilling, ExecutionResult, MapRunSummary } from '../../types';
import type { Execution } from '../../runtime/execution';

interface Records {
  mapRuns: MapRunSummary[];
  billing: ChildExecutionsBilling[];
}

const byExecution = new WeakMap<Execution, Records>();

export function recordMapRun(exec: Execution, summary: MapRunSummary, billing: ChildExecutionsBilling): void {
  let records = byExecution.get(exec);
  if (records === undefined) {
    records = { mapRuns: [], billing: [] };
    byExecution.set(exec, records);
  }
  records.mapRuns.push(summary);
  records.billing.push(billing);
}

/** Adds the execution's Map Runs (if any) to its result. */
export function attachMapRuns(exec: Execution, result: ExecutionResult): void {
  const records = byExecution.get(exec);
  if (records === undefined) return;
  result.mapRuns = records.mapRuns;
  result.billing.childExecutions = records.billing;
}

/**
 * Moves the Map Runs a child execution started (a Distributed Map inside a child) to the execution that
 * owns the result, so nested children are billed too.
 */
export function adoptMapRuns(from: Execution, to: Execution): void {
  const records = byExecution.get(from);
  if (records === undefined) return;
  byExecution.delete(from);
  for (let i = 0; i < records.mapRuns.length; i++) recordMapRun(to, records.mapRuns[i]!, records.billing[i]!);
}

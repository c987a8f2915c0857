// The bookkeeping of one Map Run: DescribeMapRun-style counters and the children's billing, folded in as
// each child finishes, the tolerated-failure rule, and the record kept for the first N children.

import type { ChildExecutionsBilling, JsonValue, MapRunCounts, MapRunSummary } from '../../types';
import type { ChildRun } from './child-execution';
import { own, setOwn } from '../../own';

/** EXPRESS executions are billed in 100 ms steps (facts sheet, "Pricing"). */
const EXPRESS_BILLING_INCREMENT_MS = 100;

export function emptyCounts(): MapRunCounts {
  return { pending: 0, running: 0, succeeded: 0, failed: 0, timedOut: 0, aborted: 0, total: 0, resultsWritten: 0 };
}

/** ToleratedFailureCount / ToleratedFailurePercentage: counts failed and timed-out items. */
export class Threshold {
  constructor(
    private readonly count: number | undefined,
    private readonly percentage: number | undefined,
  ) {}

  exceeded(failedItems: number, totalItems: number): boolean {
    if (failedItems === 0) return false;
    // With neither field set, no failure is tolerated.
    if (this.count === undefined && this.percentage === undefined) return true;
    if (this.count !== undefined && failedItems > this.count) return true;
    return this.percentage !== undefined && failedItems * 100 > this.percentage * totalItems;
  }
}

/** A finished child as ExecutionResult.mapRuns[].children shows it. */
export function keptChild(child: ChildRun, index: number, input: JsonValue) {
  const kept: MapRunSummary['children'][number] = {
    index,
    name: child.name,
    input,
    status: child.status,
    events: child.events,
    billing: {
      stateTransitions: child.transitions,
      durationMs: child.endMs - child.startMs,
      historyEvents: child.historyEvents,
      transitionsByState: { ...child.byState },
    },
    executionArn: child.arn,
    startDate: new Date(child.startMs).toISOString(),
    stopDate: new Date(child.endMs).toISOString(),
  };
  if (child.output !== undefined) kept.output = child.output;
  if (child.error !== undefined) kept.error = child.error;
  if (child.cause !== undefined) kept.cause = child.cause;
  return kept;
}

/** Counters of one Map Run, folded in as each child finishes. */
export class MapRunState {
  failedItems = 0;
  itemsDone = 0;
  private pendingItems = 0;
  private pendingExecutions = 0;

  constructor(
    private readonly summary: MapRunSummary,
    private readonly billing: ChildExecutionsBilling,
  ) {}

  count(child: ChildRun, items: number): void {
    const s = this.summary;
    const b = this.billing;
    this.itemsDone += items;
    if (child.status === 'SUCCEEDED') {
      s.itemCounts.succeeded += items;
      s.executionCounts.succeeded++;
    } else if (child.status === 'TIMED_OUT') {
      s.itemCounts.timedOut += items;
      s.executionCounts.timedOut++;
      this.failedItems += items;
    } else {
      s.itemCounts.failed += items;
      s.executionCounts.failed++;
      this.failedItems += items;
    }
    b.count++;
    b.items! += items;
    b.totalTransitions! += child.transitions;
    const byState = b.transitionsByState!;
    for (const k in child.byState) setOwn(byState, k, (own(byState, k) ?? 0) + child.byState[k]!);
    const ms = child.endMs - child.startMs;
    b.totalDurationMs! += ms;
    if (b.totalBilledDurationMs !== undefined) {
      b.totalBilledDurationMs += Math.max(EXPRESS_BILLING_INCREMENT_MS, Math.ceil(ms / EXPRESS_BILLING_INCREMENT_MS) * EXPRESS_BILLING_INCREMENT_MS);
    }
    if (child.inputBytes > b.maxInputBytes!) b.maxInputBytes = child.inputBytes;
  }

  /** A child that succeeded in an earlier attempt of a redriven Map Run: counted, not run or billed again. */
  keep(items: number): void {
    this.itemsDone += items;
    this.summary.itemCounts.succeeded += items;
    this.summary.executionCounts.succeeded++;
  }

  pending(items: number): void {
    this.pendingItems += items;
    this.pendingExecutions++;
  }

  /** After an abort: items never started count as aborted (AWS aborts the children still running). */
  abortRemaining(): void {
    const s = this.summary;
    const done = s.itemCounts.succeeded + s.itemCounts.failed + s.itemCounts.timedOut;
    s.itemCounts.aborted = Math.max(0, s.itemCounts.total - done);
  }

  finish(status: MapRunSummary['status'], now: number, error?: string, cause?: string): void {
    const s = this.summary;
    s.status = status;
    s.stopDate = new Date(now).toISOString();
    s.itemCounts.pending = this.pendingItems;
    s.executionCounts.pending = this.pendingExecutions;
    const e = s.executionCounts;
    e.total = e.succeeded + e.failed + e.timedOut + e.aborted + e.pending;
    if (s.itemCounts.total === 0) s.itemCounts.total = s.itemCounts.succeeded + s.itemCounts.failed + s.itemCounts.timedOut + s.itemCounts.pending;
    if (error !== undefined) s.error = error;
    if (cause !== undefined) s.cause = cause;
  }
}

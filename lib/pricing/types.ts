// The shapes the cost model takes and returns. Every money figure is given twice: as a number of dollars
// (for sums in a UI or a test) and as display text, plus the exact pico-dollar string for anyone who needs
// to re-add lines without rounding.

import type { ChildExecutionsBilling, ExecutionType } from '../engine/types';
import type { MemoryEstimate } from './express';

export type { ChildExecutionsBilling };

/** One billed line: quantity × unit rate = amount, with a sentence that says why. */
export interface CostLine {
  id: string;
  label: string;
  /** How much was billed in `unit`s (after rounding, free tier and tier limits). */
  quantity: number;
  unit: string;
  /** The rate as AWS writes it, e.g. "$0.025 per 1,000 state transitions". */
  unitRate: string;
  amountUsd: number;
  /** Display text: cents from one cent up, four significant digits below. */
  amount: string;
  /** Exact amount in pico-dollars (1e-12 USD), as a decimal string. */
  amountPico: string;
  explanation: string;
}

/** Transitions of one state, from billing.transitionsByState; entries and retries when history was recorded. */
export interface StateTransitionsLine {
  state: string;
  transitions: number;
  /** Times the state was entered (its *StateEntered events). */
  entries?: number;
  /** Transitions beyond the entries: each retry attempt is billed as another transition. */
  retries?: number;
}

export interface ExpressUsageDetail {
  /** Duration start to end, ms. */
  durationMs: number;
  /** Rounded up to the next 100 ms. */
  billedDurationMs: number;
  /** 50 MB + definition + data × Map/Parallel steps, or the override. */
  memoryEstimateMb: number;
  /** Rounded up to the next 64 MB chunk. */
  billedMemoryMb: number;
  gbSeconds: number;
  memoryEstimate: Omit<MemoryEstimate, 'estimateMb' | 'billedMb'>;
}

export interface ChildrenUsageDetail {
  mapStateName: string;
  type: ExecutionType;
  count: number;
  items?: number;
  transitions?: number;
  transitionsByState?: StateTransitionsLine[];
  durationMs?: number;
  billedDurationMs?: number;
  billedMemoryMb?: number;
  gbSeconds?: number;
  explanation: string;
}

/**
 * The usage behind a bill, in exact integers: what projectMonthly multiplies by runs per month before the
 * tiers and free tiers are applied. MB·ms is memory (MB) × duration (ms); 1 GB-second = 1,024,000 MB·ms.
 */
export interface Usage {
  standardTransitions: bigint;
  expressRequests: bigint;
  expressMbMs: bigint;
  lambdaRequests: bigint;
  lambdaMbMs: bigint;
}

export interface CostBreakdown {
  /** 'NONE' for a design with no state machine at all (Lambda + SQS in compare.ts). */
  workflowType: ExecutionType | 'NONE';
  region: string;
  regionName: string;
  /** 'run' for costOf, 'month' for projectMonthly. */
  scope: 'run' | 'month';
  runs: number;
  freeTierApplied: boolean;
  durationRateBasis: DurationRateBasis;
  /** Parent execution's transitions (children's are under `children`). */
  stateTransitions: number;
  transitionsByState: StateTransitionsLine[];
  express?: ExpressUsageDetail;
  children: ChildrenUsageDetail[];
  usage: { [K in keyof Usage]: string };
  lines: CostLine[];
  totalUsd: number;
  total: string;
  totalPico: string;
  /** Plain-language notes: what was assumed, estimated or left out. */
  notes: string[];
  ratesCheckedOn: string;
  sources: string[];
}

/** How the Express duration tiers are applied. */
export type DurationRateBasis = 'per-gb-second' | 'per-gb-hour';

export interface CostOptions {
  /** Defaults to the type in the run's execution ARN (":express:" for Express), else STANDARD. */
  type?: ExecutionType;
  /** Default us-east-1. Express and Lambda prices exist for us-east-1 only (see rates.json). */
  region?: string;
  /**
   * Apply the monthly free tiers (4,000 Standard transitions; Lambda 1M requests + 400,000 GB-s).
   * Default: off for costOf (one run's own price), on for projectMonthly.
   */
  freeTier?: boolean;
  /** Definition text (JSON/YAML as written) or its size in bytes: the Express memory estimate counts it. */
  definition?: string | object;
  definitionBytes?: number;
  /** Billed memory override for Express (MB); still rounded up to a 64 MB chunk. */
  memoryMb?: number;
  /** Execution data size in bytes for the memory estimate; default: largest payload in the history. */
  dataBytes?: number;
  /** Map/Parallel steps for the memory estimate; default: Map iterations + Parallel branches in the history. */
  mapParallelSteps?: number;
  /** Billed memory of EXPRESS Distributed Map children (MB, rounded up to 64 MB chunks); default: estimated from their sizes. */
  childMemoryMb?: number;
  /** Child executions, when not already in result.billing.childExecutions. */
  childExecutions?: ChildExecutionsBilling[];
  /**
   * Express duration rates: 'per-gb-second' (default: $0.00001667 / $0.00000833 / $0.00000456, the facts
   * sheet) or 'per-gb-hour' ($0.06 / $0.03 / $0.01642, as AWS's own worked example computes).
   */
  durationRateBasis?: DurationRateBasis;
  /** Also bill the Lambda functions the run's Task states invoked. */
  lambda?: { memoryMb: number; durationMsPerInvocation?: number };
}

// The generators' arithmetic goes through lib/pricing, so a quiz answer is the figure the sandbox's bill
// would show for the same usage. These helpers build the usage a question describes and price it.

import type { ExecutionResult } from '../engine/types';
import {
  billedDurationMs,
  breakdownForUsage,
  costOf,
  emptyUsage,
  formatRate,
  getRates,
  MB_MS_PER_GB_SECOND,
  projectMonthly,
  type CostBreakdown,
  type DurationRateBasis,
  type Usage,
} from '../pricing';
import { formatNumber } from './units';

const rates = getRates();

/** "$0.025" per 1,000 Standard transitions (us-east-1), read from lib/pricing's rate table. */
export const STANDARD_RATE = formatRate(rates.standard.perThousandTransitions);
export const FREE_TRANSITIONS = Number(rates.standard.freeTierTransitions);
/** Dollars per transition as a number, for break-even arithmetic only (bills go through lib/pricing). */
export const USD_PER_TRANSITION = Number(rates.standard.perThousandTransitions) / 1e12 / 1000;
export const EXPRESS_REQUEST_RATE = formatRate(rates.express?.perMillionRequests ?? 0n);
export const USD_PER_EXPRESS_REQUEST = Number(rates.express?.perMillionRequests ?? 0n) / 1e12 / 1e6;
export const EXPRESS_TIER1_RATE = formatRate(rates.express?.tiers[0]?.perGbSecond ?? 0n);
export const USD_PER_GB_SECOND_TIER1 = Number(rates.express?.tiers[0]?.perGbSecond ?? 0n) / 1e12;
export const LAMBDA_REQUEST_RATE = formatRate(rates.lambda?.perMillionRequests ?? 0n);
export const LAMBDA_GB_SECOND_RATE = formatRate(rates.lambda?.perGbSecond ?? 0n);
export const LAMBDA_FREE_REQUESTS = Number(rates.lambda?.freeTierRequests ?? 0n);
export const LAMBDA_FREE_GB_SECONDS = Number(rates.lambda?.freeTierGbSeconds ?? 0n);
export const MB_MS_PER_GBS = Number(MB_MS_PER_GB_SECOND);
export const EXPRESS_LIMIT_MS = 5 * 60 * 1000;
export const HISTORY_EVENT_LIMIT = 25_000;

export { billedDurationMs };

/** A Standard run's bill from a transition count, as costOf prices an engine run. */
export function standardRun(transitions: number): CostBreakdown {
  const result: ExecutionResult = {
    status: 'SUCCEEDED',
    events: [],
    billing: { stateTransitions: transitions, durationMs: 0, historyEvents: 0, transitionsByState: { 'All states': transitions } },
  };
  return costOf(result, { type: 'STANDARD' });
}

/** A month of Standard runs with `transitions` each; free tier on unless told otherwise. */
export function standardMonthly(transitions: number, runs: number, freeTier = true): CostBreakdown {
  return projectMonthly(standardRun(transitions), runs, { freeTier });
}

/** Usage of Express executions: requests plus billed memory × billed duration. */
export function expressUsage(executions: number, billedMsEach: number, billedMb: number): Usage {
  const usage = emptyUsage();
  usage.expressRequests = BigInt(executions);
  usage.expressMbMs = BigInt(executions) * BigInt(Math.round(billedMsEach)) * BigInt(Math.round(billedMb));
  return usage;
}

export function addUsage(...parts: Usage[]): Usage {
  const total = emptyUsage();
  for (const part of parts) {
    total.standardTransitions += part.standardTransitions;
    total.expressRequests += part.expressRequests;
    total.expressMbMs += part.expressMbMs;
    total.lambdaRequests += part.lambdaRequests;
    total.lambdaMbMs += part.lambdaMbMs;
  }
  return total;
}

export function transitionsUsage(transitions: number): Usage {
  const usage = emptyUsage();
  usage.standardTransitions = BigInt(transitions);
  return usage;
}

export function lambdaUsage(invocations: number, billedMsEach: number, memoryMb: number): Usage {
  const usage = emptyUsage();
  usage.lambdaRequests = BigInt(invocations);
  usage.lambdaMbMs = BigInt(invocations) * BigInt(Math.round(billedMsEach)) * BigInt(memoryMb);
  return usage;
}

/** Prices usage that is already a month's worth (tiers and free tiers applied once). */
export function priceMonth(usage: Usage, options: { freeTier?: boolean; basis?: DurationRateBasis } = {}): CostBreakdown {
  return breakdownForUsage(usage, { freeTier: options.freeTier ?? true, ...(options.basis ? { durationRateBasis: options.basis } : {}) });
}

export function gbSeconds(mbMs: number): number {
  return mbMs / MB_MS_PER_GBS;
}

/** "1,234" for counts; used in prompts and working. */
export const n = (value: number): string => formatNumber(value);

/** Express duration in the first tier, for working lines that stay inside it. */
export function tierOneDurationUsd(gbs: number): number {
  return gbs * USD_PER_GB_SECOND_TIER1;
}

/** Ceil of a / b for positive integers. */
export function ceilDiv(a: number, b: number): number {
  return Math.floor((a + b - 1) / b);
}

/** A duration as a person would say it: "850 ms", "12.5 s", "400 s". */
export function duration(ms: number): string {
  return ms < 10_000 ? `${n(ms)} ms` : `${formatNumber(ms / 1000, 1)} s`;
}

// Turns usage (exact integers) into billed lines: Standard transitions, Express requests and duration tiers,
// Lambda requests and duration. The same function prices one run and a month of runs, so the per-run figure
// and the monthly projection can never disagree about a rate.

import { priceExpress } from './express';
import { priceLambda } from './lambda';
import type { Pico } from './money';
import { requireExpress, requireLambda, type RegionRates } from './rates';
import { priceStandardTransitions } from './standard';
import type { CostLine, DurationRateBasis, Usage } from './types';

export function priceUsage(
  usage: Usage,
  rates: RegionRates,
  options: { freeTier: boolean; basis: DurationRateBasis },
): { lines: CostLine[]; total: Pico; notes: string[] } {
  const lines: CostLine[] = [];
  const notes: string[] = [];
  let total = 0n;

  const standard = priceStandardTransitions(usage.standardTransitions, rates.standard, {
    freeTier: options.freeTier,
    regionName: rates.regionName,
  });
  lines.push(...standard.lines);
  total += standard.total;

  if (usage.expressRequests > 0n || usage.expressMbMs > 0n) {
    const express = priceExpress(usage.expressRequests, usage.expressMbMs, requireExpress(rates), { basis: options.basis });
    lines.push(...express.lines);
    total += express.total;
    if (options.freeTier) notes.push('Express workflows have no free tier: every request and GB-second is billed.');
  }

  if (usage.lambdaRequests > 0n || usage.lambdaMbMs > 0n) {
    const lambda = priceLambda(usage.lambdaRequests, usage.lambdaMbMs, requireLambda(rates), { freeTier: options.freeTier });
    lines.push(...lambda.lines);
    total += lambda.total;
  }
  return { lines, total, notes };
}

export function addUsage(a: Usage, b: Usage): Usage {
  return {
    standardTransitions: a.standardTransitions + b.standardTransitions,
    expressRequests: a.expressRequests + b.expressRequests,
    expressMbMs: a.expressMbMs + b.expressMbMs,
    lambdaRequests: a.lambdaRequests + b.lambdaRequests,
    lambdaMbMs: a.lambdaMbMs + b.lambdaMbMs,
  };
}

export function scaleUsage(usage: Usage, times: bigint): Usage {
  return {
    standardTransitions: usage.standardTransitions * times,
    expressRequests: usage.expressRequests * times,
    expressMbMs: usage.expressMbMs * times,
    lambdaRequests: usage.lambdaRequests * times,
    lambdaMbMs: usage.lambdaMbMs * times,
  };
}

export function usageToStrings(usage: Usage): { [K in keyof Usage]: string } {
  return {
    standardTransitions: usage.standardTransitions.toString(),
    expressRequests: usage.expressRequests.toString(),
    expressMbMs: usage.expressMbMs.toString(),
    lambdaRequests: usage.lambdaRequests.toString(),
    lambdaMbMs: usage.lambdaMbMs.toString(),
  };
}

export function usageFromStrings(usage: { [K in keyof Usage]: string }): Usage {
  return {
    standardTransitions: BigInt(usage.standardTransitions),
    expressRequests: BigInt(usage.expressRequests),
    expressMbMs: BigInt(usage.expressMbMs),
    lambdaRequests: BigInt(usage.lambdaRequests),
    lambdaMbMs: BigInt(usage.lambdaMbMs),
  };
}

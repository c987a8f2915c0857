// Lambda, for "use Lambda + SQS instead" comparisons and for the functions a run's Tasks invoke:
// $0.20 per million requests and $0.0000166667 per GB-second, duration rounded up to the next 1 ms,
// free tier 1M requests and 400,000 GB-seconds a month (aws.amazon.com/lambda/pricing).

import { MB_MS_PER_GB_SECOND, trimNumber } from './express';
import { formatCount, formatRate, formatUsd, mulDiv, toUsdNumber, type Pico } from './money';
import type { LambdaRates } from './rates';
import type { CostLine } from './types';

/** MB·ms one invocation is billed for: configured memory × duration rounded up to the next 1 ms. */
export function lambdaMbMs(memoryMb: number, durationMs: number, incrementMs = 1): bigint {
  const billedMs = Math.max(incrementMs, Math.ceil(Math.max(0, durationMs) / incrementMs) * incrementMs);
  return BigInt(Math.round(memoryMb)) * BigInt(billedMs);
}

export function priceLambda(
  requests: bigint,
  mbMs: bigint,
  rates: LambdaRates,
  options: { freeTier: boolean },
): { lines: CostLine[]; total: Pico } {
  const lines: CostLine[] = [];
  let total = 0n;
  if (requests === 0n && mbMs === 0n) return { lines, total };
  const freeRequests = options.freeTier ? min(requests, rates.freeTierRequests) : 0n;
  const freeMbMs = options.freeTier ? min(mbMs, rates.freeTierGbSeconds * MB_MS_PER_GB_SECOND) : 0n;
  const billedRequests = requests - freeRequests;
  const billedMbMs = mbMs - freeMbMs;

  const requestAmount = mulDiv(billedRequests, rates.perMillionRequests, 1_000_000n);
  total += requestAmount;
  lines.push({
    id: 'lambda-requests',
    label: 'Lambda requests',
    quantity: Number(billedRequests),
    unit: 'requests',
    unitRate: `${formatRate(rates.perMillionRequests)} per 1M requests`,
    amountUsd: toUsdNumber(requestAmount),
    amount: formatUsd(requestAmount),
    amountPico: requestAmount.toString(),
    explanation:
      `Each invocation is one request` +
      (freeRequests > 0n ? `; ${formatCount(freeRequests)} fall in the free tier of ${formatCount(rates.freeTierRequests)} a month.` : '.'),
  });

  const durationAmount = mulDiv(billedMbMs, rates.perGbSecond, MB_MS_PER_GB_SECOND);
  total += durationAmount;
  const gbSeconds = Number(billedMbMs) / Number(MB_MS_PER_GB_SECOND);
  lines.push({
    id: 'lambda-duration',
    label: 'Lambda duration',
    quantity: gbSeconds,
    unit: 'GB-seconds',
    unitRate: `${formatRate(rates.perGbSecond)} per GB-second`,
    amountUsd: toUsdNumber(durationAmount),
    amount: formatUsd(durationAmount),
    amountPico: durationAmount.toString(),
    explanation:
      `Configured memory × duration rounded up to the next ${rates.durationIncrementMs} ms: ${trimNumber(gbSeconds)} GB-seconds` +
      (freeMbMs > 0n
        ? ` after the free ${trimNumber(Number(freeMbMs) / Number(MB_MS_PER_GB_SECOND))} GB-seconds (of ${formatCount(rates.freeTierGbSeconds)} a month).`
        : '.'),
  });
  return { lines, total };
}

function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

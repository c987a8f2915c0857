// Express workflows: $1.00 per million requests plus duration × memory in GB-seconds, in three monthly tiers.
// Duration is rounded up to the next 100 ms and memory is billed in 64 MB chunks; memory is estimated as
// 50 MB + definition size + execution data size × number of Map/Parallel steps
// (aws.amazon.com/step-functions/pricing, "Pricing examples" 3 and 4).

import { formatCount, formatRate, formatUsd, mulDiv, toUsdNumber, type Pico } from './money';
import type { ExpressRates } from './rates';
import type { CostLine, DurationRateBasis } from './types';

/** MB·ms in one GB-second: GB = 1,024 MB (AWS's example divides by 1,024), second = 1,000 ms. */
export const MB_MS_PER_GB_SECOND = 1_024_000n;

/**
 * Billed duration: rounded up to the next 100 ms. A run always takes some time, so even a run the simulator
 * finished in 0 virtual ms is billed one increment.
 */
export function billedDurationMs(durationMs: number, incrementMs = 100): number {
  const ms = Math.max(0, Math.ceil(durationMs));
  return Math.max(incrementMs, Math.ceil(ms / incrementMs) * incrementMs);
}

export interface MemoryEstimate {
  /** Estimated memory in MB (AWS's worked example counts 1 MB as 1,000 KB: 50 MB + 50 KB + 12,800 KB = 62.85 MB). */
  estimateMb: number;
  billedMb: number;
  baseMb: number;
  definitionBytes: number;
  dataBytes: number;
  mapParallelSteps: number;
  overriddenMb?: number;
  formula: string;
}

export function estimateExpressMemory(
  input: { definitionBytes: number; dataBytes: number; mapParallelSteps: number; overrideMb?: number },
  rates: Pick<ExpressRates, 'baseMemoryMb' | 'memoryChunkMb'>,
): MemoryEstimate {
  const chunk = rates.memoryChunkMb;
  const base = rates.baseMemoryMb;
  if (input.overrideMb !== undefined) {
    const billed = Math.max(chunk, Math.ceil(input.overrideMb / chunk) * chunk);
    return {
      estimateMb: input.overrideMb,
      billedMb: billed,
      baseMb: base,
      definitionBytes: input.definitionBytes,
      dataBytes: input.dataBytes,
      mapParallelSteps: input.mapParallelSteps,
      overriddenMb: input.overrideMb,
      formula: `memory given as ${input.overrideMb} MB, billed in ${chunk} MB chunks = ${billed} MB`,
    };
  }
  // Work in bytes (1 MB = 1,000,000 bytes, as in AWS's example) so the chunk rounding is exact.
  const bytes = BigInt(base) * 1_000_000n + BigInt(input.definitionBytes) + BigInt(input.dataBytes) * BigInt(input.mapParallelSteps);
  const chunkBytes = BigInt(chunk) * 1_000_000n;
  const chunks = (bytes + chunkBytes - 1n) / chunkBytes;
  const billed = Number(chunks > 0n ? chunks : 1n) * chunk;
  const estimateMb = Number(bytes) / 1_000_000;
  return {
    estimateMb,
    billedMb: billed,
    baseMb: base,
    definitionBytes: input.definitionBytes,
    dataBytes: input.dataBytes,
    mapParallelSteps: input.mapParallelSteps,
    formula:
      `${base} MB + ${formatKb(input.definitionBytes)} definition + ${formatKb(input.dataBytes)} data × ${input.mapParallelSteps} Map/Parallel steps` +
      ` = ${round2(estimateMb)} MB, billed in ${chunk} MB chunks = ${billed} MB`,
  };
}

function formatKb(bytes: number): string {
  return `${round2(bytes / 1000)} KB`;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export interface ExpressPricing {
  lines: CostLine[];
  total: Pico;
}

/** Prices Express requests and MB·ms against the monthly duration tiers (as if this is the month's only use). */
export function priceExpress(
  requests: bigint,
  mbMs: bigint,
  rates: ExpressRates,
  options: { basis: DurationRateBasis; label?: string; idPrefix?: string },
): ExpressPricing {
  const lines: CostLine[] = [];
  const label = options.label ?? 'Express';
  const prefix = options.idPrefix ?? 'express';
  let total = 0n;
  if (requests > 0n) {
    const amount = mulDiv(requests, rates.perMillionRequests, 1_000_000n);
    total += amount;
    lines.push({
      id: `${prefix}-requests`,
      label: `${label} requests`,
      quantity: Number(requests),
      unit: 'requests',
      unitRate: `${formatRate(rates.perMillionRequests)} per 1M requests`,
      amountUsd: toUsdNumber(amount),
      amount: formatUsd(amount),
      amountPico: amount.toString(),
      explanation: `Every start of an Express workflow is one request (console tests included): ${formatCount(requests)} × ${formatRate(rates.perMillionRequests)} ÷ 1,000,000.`,
    });
  }
  let remaining = mbMs;
  let tierStart = 0n;
  rates.tiers.forEach((tier, index) => {
    if (remaining <= 0n) return;
    const tierEnd = tier.upToGbSeconds === null ? null : tier.upToGbSeconds * MB_MS_PER_GB_SECOND;
    const room = tierEnd === null ? remaining : tierEnd - tierStart;
    const inTier = remaining < room ? remaining : room;
    if (tierEnd !== null) tierStart = tierEnd;
    remaining -= inTier;
    if (inTier <= 0n) return;
    const amount =
      options.basis === 'per-gb-hour'
        ? mulDiv(inTier, tier.perGbHour, MB_MS_PER_GB_SECOND * 3600n)
        : mulDiv(inTier, tier.perGbSecond, MB_MS_PER_GB_SECOND);
    total += amount;
    const gbSeconds = Number(inTier) / Number(MB_MS_PER_GB_SECOND);
    const range = tierRangeText(index, rates);
    const rateText =
      options.basis === 'per-gb-hour'
        ? `${formatRate(tier.perGbHour)} per GB-hour`
        : `${formatRate(tier.perGbSecond)} per GB-second`;
    lines.push({
      id: `${prefix}-duration-tier-${index + 1}`,
      label: `${label} duration (${range})`,
      quantity: options.basis === 'per-gb-hour' ? gbSeconds / 3600 : gbSeconds,
      unit: options.basis === 'per-gb-hour' ? 'GB-hours' : 'GB-seconds',
      unitRate: rateText,
      amountUsd: toUsdNumber(amount),
      amount: formatUsd(amount),
      amountPico: amount.toString(),
      explanation:
        `Billed duration × billed memory: ${trimNumber(gbSeconds)} GB-seconds (MB × ms ÷ 1,024,000) at ${rateText}. ` +
        'Duration tiers count all Express GB-seconds in the month together.',
    });
  });
  return { lines, total };
}

function tierRangeText(index: number, rates: ExpressRates): string {
  const tier = rates.tiers[index];
  const previous = index > 0 ? rates.tiers[index - 1] : undefined;
  const from = previous?.upToGbHours ?? 0;
  if (!tier || tier.upToGbHours === null) return `over ${formatCount(from)} GB-hours a month`;
  if (from === 0) return `first ${formatCount(tier.upToGbHours)} GB-hours a month`;
  return `next ${formatCount(tier.upToGbHours - from)} GB-hours a month`;
}

export function trimNumber(n: number): string {
  if (Number.isInteger(n)) return formatCount(n);
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

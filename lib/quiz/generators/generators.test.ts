// Each generator, for fixed parameters (and fixed seeds), agrees with figures worked out by hand from the
// pricing page's rates: $0.025 per 1,000 transitions after 4,000 free; Express $1.00 per million requests
// and $0.00001667 / $0.00000833 / $0.00000456 per GB-second; Lambda $0.20 per million and $0.0000166667
// per GB-second after 1M requests and 400,000 GB-seconds free.
import { describe, expect, it } from 'vitest';
import { startExecution } from '../../engine';
import { standardMonthly } from '../cost-math';
import { drawParams } from '../params';
import type { GeneratedChoice, GeneratedDesigns, GeneratedValue, Params } from '../types';
import { getGenerator } from './index';

function value(id: string, params: Params): GeneratedValue {
  const g = getGenerator(id)?.build(params);
  if (g?.kind !== 'value') throw new Error(`${id} is not a value generator`);
  return g;
}

function designs(id: string, params: Params): GeneratedDesigns {
  const g = getGenerator(id)?.build(params);
  if (g?.kind !== 'designs') throw new Error(`${id} is not a designs generator`);
  return g;
}

const wrongOf = (g: GeneratedValue) => Object.fromEntries(g.wrong.map((w) => [w.mistake, w.value]));

describe("AWS's own pricing examples", () => {
  it('Express, 100M runs × 10 s × 64 MB: $100 requests + $382.97 duration (GB-hour rates) or $382.88 (GB-second rates)', () => {
    const g = value('express-tiers-monthly', { runs: 100_000_000, seconds: 10, memoryMb: 64 });
    // 100M × 10 s × 64/1,024 GB = 62,500,000 GB-s: 3,600,000 × 0.00001667 + 14,400,000 × 0.00000833 + 44,500,000 × 0.00000456
    //   = 60.012 + 119.952 + 202.92 = 382.884, plus 100M × $1/M = 100.
    expect(g.answer).toBeCloseTo(482.884, 9);
    // With the page's GB-hour rates: 1,000 × 0.06 + 4,000 × 0.03 + 12,361.11 × 0.01642 = 382.9694...
    expect(g.alsoAccepted?.[0]).toBeCloseTo(482.969444, 5);
    // The tolerance covers both arithmetics (less than $0.10 apart) and not the classic mistakes.
    expect(g.tolerance).toBeLessThan(0.1);
    expect(wrongOf(g)['tiers-ignored']).toBeCloseTo(100 + 62_500_000 * 0.00001667, 6);
    expect(wrongOf(g)['requests-forgotten']).toBeCloseTo(382.884, 6);
  });

  it('Express memory: 50 KB definition, 32 KB × 400 Map steps = 62.85 MB, billed 64 MB', () => {
    const g = value('express-billed-memory', { definitionKb: 50, payloadKb: 32, steps: 400 });
    expect(g.answer).toBe(64);
    expect(wrongOf(g)['memory-not-rounded']).toBe(62.85);
  });

  it('the free-tier boundary: 4,000 transitions a month cost nothing, the 4,001st costs $0.000025', () => {
    expect(standardMonthly(1, 4000).totalUsd).toBe(0);
    expect(standardMonthly(1, 4001).totalUsd).toBe(0.000025);
    // 8 states × 500 runs = exactly 4,000: free. 8 × 501 = 4,008: 8 × $0.000025.
    expect(value('free-tier-boundary', { states: 8, runs: 500 }).answer).toBe(0);
    const over = value('free-tier-boundary', { states: 8, runs: 501 });
    expect(over.answer).toBeCloseTo(0.0002, 12);
    expect(wrongOf(over)['free-tier-forgotten']).toBeCloseTo(4008 * 0.000025, 12);
    // At the boundary the free tier forgotten is the only slip that still differs ($0.10).
    expect(value('free-tier-boundary', { states: 8, runs: 500 }).wrong.map((w) => w.mistake)).toContain('free-tier-forgotten');
  });
});

describe('Standard transition counting', () => {
  it('linear-retries-monthly: (5 states + 2 retries) × 100,000 runs − 4,000 free = 696,000 × $0.000025 = $17.40', () => {
    const g = value('linear-retries-monthly', { states: 5, retries: 2, runs: 100_000 });
    expect(g.answer).toBeCloseTo(17.4, 10);
    expect(wrongOf(g)).toEqual({ 'retries-forgotten': 12.4, 'free-tier-forgotten': 17.5, 'execution-start-counted': 19.9 });
    expect(g.working.map((s) => s.result)).toEqual(['7', '700,000', '696,000', '$17.40']);
  });

  it('inline-map-monthly: (2 + 1,000 × 3) × 10,000 runs − 4,000 = 30,016,000 transitions = $750.40 (docs/pricing.md)', () => {
    const g = value('inline-map-monthly', { items: 1000, inner: 3, runs: 10_000, batch: 100 });
    expect(g.answer).toBeCloseTo(750.4, 10);
    expect(wrongOf(g)['map-inner-states-not-counted']).toBeCloseTo(250.4, 10);
    // The remedy: 2 transitions a run + 100,000 Express requests + 10 × 20 s × 64 MB per run.
    expect(wrongOf(g)['remedy-confused']).toBeCloseTo(0.4 + 0.1 + 125_000 * 0.00001667, 10);
  });

  it('inline-map-transitions: 1 + Map + 1 + 100 items × 3 states = 303', () => {
    const g = value('inline-map-transitions', { items: 100, inner: 3, before: 1, after: 1 });
    expect(g.answer).toBe(303);
    expect(wrongOf(g)).toMatchObject({ 'map-inner-states-not-counted': 103, 'parent-states-not-counted': 300, 'map-state-not-counted': 302 });
  });

  it('parallel-transitions: branches of 2, 1 and 3 states after 2 states, plus FanOut and Done = 10', () => {
    const g = value('parallel-transitions', { branches: 3, b1: 2, b2: 1, b3: 3, b4: 4, before: 2 });
    expect(g.answer).toBe(10);
    expect(wrongOf(g)).toMatchObject({ 'parallel-branches-not-counted': 4, 'one-branch-counted': 7 });
  });

  it('choice-loop-transitions: Init + 5 passes × (2 work + Increment + Check) + Done = 22', () => {
    expect(value('choice-loop-transitions', { passes: 5, work: 2 }).answer).toBe(22);
  });

  it('polling-loop-monthly: (3 + 10 polls × 4) × 10,000 − 4,000 = 426,000 × $0.000025 = $10.65', () => {
    expect(value('polling-loop-monthly', { polls: 10, runs: 10_000 }).answer).toBeCloseTo(10.65, 10);
  });

  it('map-retries-monthly: (2 + 100 × 3 + 10 retries) × 1,000 − 4,000 = 308,000 × $0.000025 = $7.70', () => {
    expect(value('map-retries-monthly', { items: 100, inner: 3, throttledPercent: 10, runs: 1000 }).answer).toBeCloseTo(7.7, 10);
  });

  it('free-tier-runs: 2 + 5 × 2 + 1 retry = 13 transitions a run, so 307 whole runs in 4,000', () => {
    const g = value('free-tier-runs', { items: 5, inner: 2 });
    expect(g.answer).toBe(307);
    expect(wrongOf(g)).toMatchObject({ 'rounded-up-not-down': 308, 'retries-forgotten': 333, 'free-tier-as-runs': 4000 });
  });
});

describe('Express', () => {
  it('express-monthly: 1M runs × 1,249 ms → 1,300 ms × 64 MB = 81,250 GB-s × $0.00001667 + $1.00 = $2.3544375', () => {
    const g = value('express-monthly', { runs: 1_000_000, tenths: 12, extraMs: 49, definitionKb: 5, payloadKb: 8, steps: 100 });
    expect(g.answer).toBeCloseTo(2.3544375, 10);
    // Not rounded: 1,249 ms → 78,062.5 GB-s; nearest 100 ms: 1,200 ms → 75,000 GB-s.
    expect(wrongOf(g)['duration-not-rounded']).toBeCloseTo(1 + 78_062.5 * 0.00001667, 9);
    expect(wrongOf(g)['duration-rounded-nearest']).toBeCloseTo(1 + 75_000 * 0.00001667, 9);
    expect(wrongOf(g)['requests-forgotten']).toBeCloseTo(1.3544375, 9);
  });

  it('express-billed-duration: 130 + 250 + 21 ms = 401 ms, billed 500 ms (rounding each call would give 200 + 300 + 100)', () => {
    const g = value('express-billed-duration', { tasks: 3, t1: 130, t2: 250, t3: 21, t4: 99 });
    expect(g.answer).toBe(500);
    expect(wrongOf(g)).toMatchObject({ 'duration-not-rounded': 401, 'duration-rounded-nearest': 400, 'duration-rounded-per-state': 600, 'duration-rounded-to-second': 1000 });
  });

  it('express-gb-seconds: 1M × 1,300 ms × 128 MB ÷ 1,024,000 = 162,500 GB-s', () => {
    const g = value('express-gb-seconds', { runs: 1_000_000, durationMs: 1230, estimateMb: 70 });
    expect(g.answer).toBe(162_500);
    expect(wrongOf(g)['gb-as-1000-mb']).toBe(166_400);
  });

  it('break-even-duration: 4 transitions = $0.0001; minus $0.000001 buys 95,000 ms at 64 MB', () => {
    const g = value('break-even-duration', { transitions: 4, memoryMb: 64 });
    // 0.000099 ÷ (64/1,024 × 0.00001667 ÷ 1,000 per ms) = 95,021.9 ms → 95,000.
    expect(g.answer).toBe(95_000);
    expect(wrongOf(g)).toMatchObject({ 'requests-forgotten': 95_900, 'rounded-up-not-down': 95_100 });
  });

  it('standard-to-express-savings: $124.90 (5M − 4,000 transitions) − $1.5209375 (1M requests + 31,250 GB-s)', () => {
    const g = value('standard-to-express-savings', { states: 5, msPerState: 100, runs: 1_000_000 });
    expect(g.answer).toBeCloseTo(124.9 - 1.5209375, 9);
  });

  it('standard-vs-express-cheapest: a 290 s wait makes Standard ($74.90) cheaper than Express ($181.68)', () => {
    const g = designs('standard-vs-express-cheapest', { waitSeconds: 290, items: 0, inner: 2, runs: 1_000_000 });
    // Express: 1M × 290,500 ms × 64 MB = 18,156,250 GB-s: 60.012 + 119.952 + 156,250 × 0.00000456 + $1 requests.
    expect(g.designs.map((d) => d.monthlyUsd)).toEqual([74.9, 1 + 60.012 + 119.952 + 0.7125]);
  });
});

describe('Distributed Map, ItemBatcher, Lambda + SQS', () => {
  it('inline-vs-distributed-cheapest: $750.40 inline, $7.90 Standard children, $2.58375 batched Express children', () => {
    const g = designs('inline-vs-distributed-cheapest', { items: 1000, inner: 3, batch: 100, msPerItem: 200, runs: 10_000 });
    expect(g.designs.map((d) => d.monthlyUsd)).toEqual([750.4, 7.9, 0.4 + 0.1 + 125_000 * 0.00001667]);
  });

  it('itembatcher-cheapest: batches of 200 × 2 s run 400 s, past the 5-minute Express limit, so 100 is cheapest', () => {
    const g = designs('itembatcher-cheapest', { items: 1000, msPerItem: 2000, runs: 10_000 });
    expect(g.designs.map((d) => d.monthlyUsd)).toEqual([31.2375, 21.4375, 21.3375, null]);
  });

  it('itembatcher-children: 1,001 items in batches of 100 make 11 children (the last holds one item)', () => {
    const g = value('itembatcher-children', { items: 1001, batch: 100 });
    expect(g.answer).toBe(11);
    expect(wrongOf(g)).toEqual({ 'batches-rounded-down': 10, 'batcher-ignored': 1001 });
  });

  it('itembatcher-savings: 4.9 of requests + (31,250 − 14,375 GB-s) × $0.00001667 = $5.18130625', () => {
    const g = value('itembatcher-savings', { items: 1000, msPerItem: 45, batch: 50, runs: 5000 });
    expect(g.answer).toBeCloseTo(4.9 + 16_875 * 0.00001667, 10);
  });

  it('express-children-monthly: $0.65 parent + $0.10 requests + 31,250 GB-s = $1.2709375', () => {
    const g = value('express-children-monthly', { items: 1000, batch: 100, msPerItem: 50, inner: 3, runs: 10_000 });
    expect(g.answer).toBeCloseTo(0.65 + 0.1 + 31_250 * 0.00001667, 10);
    // Billing the 10 children × 3 states as Standard transitions instead: (3 + 30) × 10,000 − 4,000.
    expect(wrongOf(g)['express-transitions-billed']).toBeCloseTo(326_000 * 0.000025, 10);
  });

  it('distributed-standard-children: 100 children × 3 states + 2 parent = 302 billed transitions', () => {
    expect(value('distributed-standard-children', { items: 100, inner: 3 }).answer).toBe(302);
  });

  it('lambda-sqs-monthly: 10M invocations − 1M free × $0.20/M + (10M GB-s − 400,000 free) × $0.0000166667', () => {
    const g = value('lambda-sqs-monthly', { messages: 100_000_000, msPerMessage: 200, memoryMb: 512 });
    expect(g.answer).toBeCloseTo(1.8 + 9_600_000 * 0.0000166667, 9);
    // A small workload fits in Lambda's free tier except for the requests past 1M.
    expect(value('lambda-sqs-monthly', { messages: 20_000_000, msPerMessage: 100, memoryMb: 128 }).answer).toBeCloseTo(0.2, 12);
  });

  it('map-vs-lambda-sqs: exactly one option is right, and it is the cheapest bill', () => {
    const g = getGenerator('map-vs-lambda-sqs')?.build({ items: 1000, statesPerItem: 3, itemDurationMs: 200, batchSize: 100, runsPerMonth: 1000 }) as GeneratedChoice;
    expect(g.options.filter((o) => o.correct)).toHaveLength(1);
    expect(g.options.find((o) => o.correct)?.text).toMatch(/^Lambda reading SQS/);
  });
});

describe('limits', () => {
  it('history-limit-items: (25,000 − 10) ÷ 6 = 4,165 items; the engine agrees at the boundary', async () => {
    const g = value('history-limit-items', { inner: 2, before: 1, after: 1 });
    expect(g.answer).toBe(4165);
    const definition = g.machines?.[0]?.definition;
    if (!definition) throw new Error('no machine');
    const run = (items: number) => startExecution(definition, { orders: Array.from({ length: items }, (_, i) => i) }, { payloadLimitBytes: 10_000_000 });
    const fits = await run(4165);
    expect(fits.status).toBe('SUCCEEDED');
    expect(fits.billing.historyEvents).toBe(10 + 4165 * 6);
    const over = await run(4166);
    expect(over.status).toBe('FAILED');
  }, 60_000);

  it('express-batch-limit: 300,000 ms ÷ 1,300 ms = 230 items a batch', () => {
    expect(value('express-batch-limit', { msPerItem: 1300 }).answer).toBe(230);
  });
});

describe('seeds', () => {
  it('the same seed draws the same numbers; different seeds draw different ones', () => {
    const g = getGenerator('linear-retries-monthly');
    if (!g) throw new Error('missing');
    expect(drawParams(g.params, 42)).toEqual(drawParams(g.params, 42));
    const prompts = new Set(Array.from({ length: 20 }, (_, seed) => (g.build(drawParams(g.params, seed)) as GeneratedValue).prompt));
    expect(prompts.size).toBeGreaterThan(10);
  });

  it('seed 1 of linear-retries-monthly is worked by hand from its drawn parameters', () => {
    const g = getGenerator('linear-retries-monthly');
    if (!g) throw new Error('missing');
    const p = drawParams(g.params, 1);
    const built = g.build(p) as GeneratedValue;
    const transitions = ((p.states as number) + (p.retries as number)) * (p.runs as number);
    expect(built.answer).toBeCloseTo((transitions - 4000) * 0.000025, 9);
  });
});

import { describe, expect, it } from 'vitest';
import type { ExecutionResult } from '../engine/types';
import { costOf, projectMonthly } from './cost';
import { billedDurationMs, estimateExpressMemory } from './express';
import { getRates, requireExpress } from './rates';

function expressRun(durationMs: number): ExecutionResult {
  return { status: 'SUCCEEDED', events: [], billing: { stateTransitions: 5, durationMs, historyEvents: 0 } };
}

const sumLines = (lines: { id: string; amountPico: string }[], prefix: string): bigint =>
  lines.filter((l) => l.id.startsWith(prefix)).reduce((sum, l) => sum + BigInt(l.amountPico), 0n);

/** AWS itself rounds its worked example through GB-hour rates; per-GB-second rates land $0.09 lower. */
const AWS_EXAMPLE_TOLERANCE_USD = 0.1;

describe('Express workflows', () => {
  describe("AWS's worked example: 100M runs a month x 10 s x 64 MB", () => {
    const perRun = costOf(expressRun(10_000), { type: 'EXPRESS', memoryMb: 64 });

    it('gives $100.00 of requests and $382.97 of duration with the GB-hour rates AWS computes with', () => {
      const month = projectMonthly(perRun, 100_000_000, { durationRateBasis: 'per-gb-hour' });
      expect(sumLines(month.lines, 'express-requests')).toBe(100_000_000_000_000n); // $100 exactly
      const duration = sumLines(month.lines, 'express-duration');
      expect(Math.round(Number(duration) / 1e10) / 100).toBe(382.97);
      expect(month.total).toBe('$482.97');
      expect(month.lines.filter((l) => l.id.startsWith('express-duration')).map((l) => l.amount)).toEqual(['$60.00', '$120.00', '$202.97']);
    });

    it('gives $382.88 with the per-GB-second rates, within the documented tolerance of the page', () => {
      const month = projectMonthly(perRun, 100_000_000);
      const duration = Number(sumLines(month.lines, 'express-duration')) / 1e12;
      expect(Math.round(duration * 100) / 100).toBe(382.88);
      expect(Math.abs(duration - 382.97)).toBeLessThanOrEqual(AWS_EXAMPLE_TOLERANCE_USD);
      // 62,500,000 GB-seconds split 3,600,000 / 14,400,000 / 44,500,000 across the tiers.
      expect(month.lines.filter((l) => l.id.startsWith('express-duration')).map((l) => l.quantity)).toEqual([3_600_000, 14_400_000, 44_500_000]);
    });
  });

  it("reproduces AWS's memory estimate example: 50 MB + 50 KB + 32 KB x 400 = 62.85 MB, billed 64 MB", () => {
    const estimate = estimateExpressMemory({ definitionBytes: 50_000, dataBytes: 32_000, mapParallelSteps: 400 }, requireExpress(getRates()));
    expect(estimate.estimateMb).toBeCloseTo(62.85, 10);
    expect(estimate.billedMb).toBe(64);
  });

  it('rounds memory up to 64 MB chunks at the boundary', () => {
    const rates = requireExpress(getRates());
    expect(estimateExpressMemory({ definitionBytes: 14_000_000, dataBytes: 0, mapParallelSteps: 0 }, rates).billedMb).toBe(64);
    expect(estimateExpressMemory({ definitionBytes: 14_000_001, dataBytes: 0, mapParallelSteps: 0 }, rates).billedMb).toBe(128);
    expect(estimateExpressMemory({ definitionBytes: 0, dataBytes: 0, mapParallelSteps: 0, overrideMb: 65 }, rates).billedMb).toBe(128);
  });

  it('rounds duration up to the next 100 ms, with at least one increment', () => {
    expect([0, 1, 99, 100, 101, 199, 200, 10_001].map((ms) => billedDurationMs(ms))).toEqual([100, 100, 100, 100, 200, 200, 200, 10_100]);
    const run = costOf(expressRun(1234), { type: 'EXPRESS', memoryMb: 64 });
    expect(run.express).toMatchObject({ durationMs: 1234, billedDurationMs: 1300, billedMemoryMb: 64 });
    expect(run.express?.gbSeconds).toBeCloseTo(0.08125, 12); // 64/1024 GB x 1.3 s
  });

  it('reproduces the AWS workshop example: 1,000 runs x 11,300 ms x 64 MB costs $0.01', () => {
    // Workshop: duration (11300/100) x $0.0000001042 + $0.000001 per request, x 1000 = $0.01.
    const perRun = costOf(expressRun(11_300), { type: 'EXPRESS', memoryMb: 64 });
    const per100ms = (0.1 * 64) / 1024 * 0.00001667;
    expect(per100ms).toBeCloseTo(0.0000001042, 10);
    const month = projectMonthly(perRun, 1000);
    expect(Math.abs(month.totalUsd - 0.01)).toBeLessThan(0.01);
    expect(month.totalUsd).toBeCloseTo(0.001 + 1000 * 11.3 * 0.0625 * 0.00001667, 12);
  });

  it('moves into the second tier exactly after 1,000 GB-hours', () => {
    // One 100 ms x 64 MB run is 0.00625 GB-s; 576,000,000 of them are exactly 3,600,000 GB-s = 1,000 GB-hours.
    const perRun = costOf(expressRun(100), { type: 'EXPRESS', memoryMb: 64 });
    const atLimit = projectMonthly(perRun, 576_000_000);
    expect(atLimit.lines.filter((l) => l.id.startsWith('express-duration')).map((l) => l.id)).toEqual(['express-duration-tier-1']);
    const over = projectMonthly(perRun, 576_000_001);
    const tier2 = over.lines.find((l) => l.id === 'express-duration-tier-2');
    expect(tier2?.quantity).toBeCloseTo(0.00625, 12);
    expect(tier2?.unitRate).toBe('$0.00000833 per GB-second');
  });

  it('estimates memory from the history: Map iterations x largest payload', () => {
    const payload = JSON.stringify({ blob: 'x'.repeat(49_989) }); // 50,000 bytes with the 11 of {"blob":""}
    const events = [
      { id: 1, previousEventId: 0, timestamp: '2024-01-01T00:00:00.000Z', type: 'ExecutionStarted', executionStartedEventDetails: { input: payload } },
      ...Array.from({ length: 300 }, (_, i) => ({ id: i + 2, previousEventId: 1, timestamp: '2024-01-01T00:00:00.000Z', type: 'MapIterationStarted', mapIterationStartedEventDetails: { index: i, name: 'M' } })),
    ];
    const result: ExecutionResult = { status: 'SUCCEEDED', events, billing: { stateTransitions: 301, durationMs: 500, historyEvents: events.length } };
    const bill = costOf(result, { type: 'EXPRESS', definitionBytes: 2000 });
    // 50 MB + 2 KB + 50 KB x 300 = 65.002 MB -> two chunks.
    expect(bill.express?.memoryEstimate).toMatchObject({ dataBytes: 50_000, mapParallelSteps: 300, definitionBytes: 2000 });
    expect(bill.express?.billedMemoryMb).toBe(128);
  });

  it('has no Express prices outside us-east-1 and says so', () => {
    expect(() => costOf(expressRun(100), { type: 'EXPRESS', region: 'eu-west-1' })).toThrow(/Express prices for eu-west-1/);
  });
});

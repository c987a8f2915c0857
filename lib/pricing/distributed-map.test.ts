import { describe, expect, it } from 'vitest';
import type { ChildExecutionsBilling, ExecutionResult } from '../engine/types';
import { costOf, projectMonthly } from './cost';
import { PricingError } from './errors';

function parent(transitions: number, children: ChildExecutionsBilling[]): ExecutionResult {
  return {
    status: 'SUCCEEDED',
    events: [],
    billing: { stateTransitions: transitions, durationMs: 60_000, historyEvents: 10, transitionsByState: { Process: 1, Done: 1 }, childExecutions: children },
  };
}

describe('Distributed Map children', () => {
  it('bills STANDARD children per transition, on top of the parent', () => {
    const bill = costOf(parent(2, [{ mapStateName: 'Process', type: 'STANDARD', count: 1000, items: 1000, totalTransitions: 3000 }]));
    expect(bill.usage.standardTransitions).toBe('3002');
    expect(bill.totalPico).toBe(String(3002n * 25_000_000n));
    expect(bill.stateTransitions).toBe(2); // the parent's own count stays separate
    expect(bill.children[0]).toMatchObject({ type: 'STANDARD', count: 1000, transitions: 3000 });
  });

  it('bills EXPRESS children one request each plus their own rounded duration x 64 MB', () => {
    const bill = costOf(
      parent(2, [{ mapStateName: 'Process', type: 'EXPRESS', count: 10, items: 1000, totalTransitions: 30, totalDurationMs: 100_000, totalBilledDurationMs: 100_000 }]),
    );
    expect(bill.usage.expressRequests).toBe('10');
    expect(bill.usage.expressMbMs).toBe(String(64 * 100_000));
    // 2 x $0.000025 + 10 x $0.000001 + 6.25 GB-s x $0.00001667
    expect(bill.totalUsd).toBeCloseTo(0.00005 + 0.00001 + 6.25 * 0.00001667, 12);
    expect(bill.children[0]?.explanation).toMatch(/ItemBatcher grouped 1,000 items into 10 child executions/);
  });

  it('batching cuts the Express requests and the per-child rounding', () => {
    const oneByOne = costOf(parent(2, [{ mapStateName: 'P', type: 'EXPRESS', count: 1000, totalDurationMs: 1000 * 30, totalBilledDurationMs: 1000 * 100 }]));
    const batched = costOf(parent(2, [{ mapStateName: 'P', type: 'EXPRESS', count: 10, items: 1000, totalDurationMs: 1000 * 30, totalBilledDurationMs: 10 * 3000 }]));
    expect(oneByOne.usage.expressRequests).toBe('1000');
    expect(batched.usage.expressRequests).toBe('10');
    expect(batched.totalUsd).toBeLessThan(oneByOne.totalUsd / 3);
  });

  it('rounds the average when per-child billed durations are missing, and says so', () => {
    const bill = costOf(parent(2, [{ mapStateName: 'P', type: 'EXPRESS', count: 4, totalDurationMs: 4 * 150 }]));
    expect(bill.children[0]?.billedDurationMs).toBe(800); // 4 x 200 ms
    expect(bill.notes.join(' ')).toMatch(/average \(150 ms\) was rounded up to 200 ms/);
  });

  it('reports bad child data with a path', () => {
    try {
      costOf(parent(2, [{ mapStateName: 'P', type: 'STANDARD', count: 3 }]));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PricingError);
      expect((e as PricingError).path).toEqual(['result', 'billing', 'childExecutions', 0, 'totalTransitions']);
    }
    expect(() => costOf(parent(2, [{ mapStateName: 'P', type: 'EXPRESS', count: -1, totalDurationMs: 1 }]))).toThrow(/count must be a non-negative integer/);
  });

  it('projects children with the month: Standard children share the free tier', () => {
    const bill = costOf(parent(2, [{ mapStateName: 'P', type: 'STANDARD', count: 10, totalTransitions: 30 }]));
    const month = projectMonthly(bill, 1000); // 32,000 transitions - 4,000 free
    expect(month.totalPico).toBe(String(28_000n * 25_000_000n));
    expect(month.children[0]?.count).toBe(10_000);
  });
});

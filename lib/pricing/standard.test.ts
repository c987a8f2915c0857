import { describe, expect, it } from 'vitest';
import type { ExecutionResult } from '../engine/types';
import { costOf, projectMonthly } from './cost';

function run(transitions: number, byState?: Record<string, number>): ExecutionResult {
  return { status: 'SUCCEEDED', events: [], billing: { stateTransitions: transitions, durationMs: 0, historyEvents: 0, ...(byState ? { transitionsByState: byState } : {}) } };
}

describe('Standard workflows', () => {
  it("reproduces the AWS Step Functions workshop example: 3 transitions x 1,000 runs = $0.075 (free tier left out)", () => {
    // aws-samples "The AWS Step Functions Workshop", module 13 "Review the Cost Impact":
    // (3 x 1000) x $0.000025 = $0.075, "this does not include the 4,000 state transitions ... Free Tier".
    const month = projectMonthly(costOf(run(3)), 1000, { freeTier: false });
    expect(month.totalPico).toBe('75000000000');
    expect(month.total).toBe('$0.075');
  });

  it('prices one run at $0.025 per 1,000 transitions', () => {
    const one = costOf(run(12));
    expect(one.totalUsd).toBeCloseTo(0.0003, 12);
    expect(one.lines).toHaveLength(1);
    expect(one.lines[0]).toMatchObject({ quantity: 12, unit: 'state transitions', unitRate: '$0.025 per 1,000 state transitions' });
  });

  it('applies the 4,000-transition free tier at its boundary', () => {
    // 4 transitions x 900 runs = 3,600 < 4,000: nothing to pay.
    expect(projectMonthly(costOf(run(4)), 900).totalPico).toBe('0');
    expect(projectMonthly(costOf(run(4)), 1000).totalPico).toBe('0'); // exactly 4,000
    const over = projectMonthly(costOf(run(4001)), 1);
    expect(over.totalPico).toBe('25000000'); // one billed transition = $0.000025
    expect(over.lines.map((l) => [l.id, l.quantity])).toEqual([
      ['standard-free-tier', 4000],
      ['standard-transitions', 1],
    ]);
    // Without the free tier the same month costs 4,001 x $0.000025.
    expect(projectMonthly(costOf(run(4001)), 1, { freeTier: false }).totalUsd).toBeCloseTo(0.100025, 9);
  });

  it('does not apply the free tier to a single run unless asked', () => {
    expect(costOf(run(10)).totalUsd).toBeGreaterThan(0);
    expect(costOf(run(10), { freeTier: true }).totalUsd).toBe(0);
  });

  it('uses the regional price', () => {
    expect(projectMonthly(costOf(run(1000), { region: 'us-west-1' }), 1000, { freeTier: false }).total).toBe('$27.90');
  });

  it('shows retries as transitions beyond the state entries', () => {
    const result: ExecutionResult = {
      status: 'SUCCEEDED',
      billing: { stateTransitions: 4, durationMs: 3000, historyEvents: 9, transitionsByState: { Fetch: 3, Done: 1 } },
      events: [
        { id: 1, previousEventId: 0, timestamp: '2024-01-01T00:00:00.000Z', type: 'ExecutionStarted', executionStartedEventDetails: { input: '{}' } },
        { id: 2, previousEventId: 1, timestamp: '2024-01-01T00:00:00.000Z', type: 'TaskStateEntered', stateEnteredEventDetails: { name: 'Fetch', input: '{}' } },
        { id: 3, previousEventId: 2, timestamp: '2024-01-01T00:00:03.000Z', type: 'TaskStateExited', stateExitedEventDetails: { name: 'Fetch', output: '{}' } },
        { id: 4, previousEventId: 3, timestamp: '2024-01-01T00:00:03.000Z', type: 'PassStateEntered', stateEnteredEventDetails: { name: 'Done', input: '{}' } },
      ],
    };
    const bill = costOf(result);
    expect(bill.transitionsByState).toEqual([
      { state: 'Fetch', transitions: 3, entries: 1, retries: 2 },
      { state: 'Done', transitions: 1, entries: 1, retries: 0 },
    ]);
    expect(bill.stateTransitions).toBe(4);
    expect(bill.totalPico).toBe('100000000');
  });
});

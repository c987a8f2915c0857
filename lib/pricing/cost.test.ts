import { describe, expect, it } from 'vitest';
import { startExecution } from '../engine';
import type { ExecutionResult, StateMachineDefinition } from '../engine/types';
import { costOf, projectMonthly } from './cost';
import { PricingError } from './errors';

describe('costOf and projectMonthly', () => {
  it('prices an engine run with a retried Lambda Task: retries are transitions, Lambda from the history', async () => {
    const definition: StateMachineDefinition = {
      StartAt: 'Charge',
      States: {
        Charge: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Parameters: { FunctionName: 'charge' },
          Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 3, IntervalSeconds: 1 }],
          Next: 'Done',
        },
        Done: { Type: 'Succeed' },
      },
    };
    let calls = 0;
    const result = await startExecution(definition, {}, {
      tasks: () => (calls++ < 2 ? { kind: 'failure', error: 'Busy', durationMs: 250 } : { kind: 'success', output: { ok: true }, durationMs: 250 }),
    });
    const bill = costOf(result, { definition, lambda: { memoryMb: 128 } });
    expect(bill.stateTransitions).toBe(4);
    expect(bill.transitionsByState[0]).toEqual({ state: 'Charge', transitions: 3, entries: 1, retries: 2 });
    expect(bill.usage.lambdaRequests).toBe('3');
    expect(bill.usage.lambdaMbMs).toBe(String(3 * 128 * 250));
    const expected = 4 * 0.000025 + 3 * 0.0000002 + (3 * 0.25 * 0.125) * 0.0000166667;
    expect(bill.totalUsd).toBeCloseTo(expected, 12);
    expect(bill.sources).toContain('https://aws.amazon.com/lambda/pricing/');
  });

  it('runs an EXPRESS engine run through the duration model', async () => {
    const definition: StateMachineDefinition = { StartAt: 'Wait', States: { Wait: { Type: 'Wait', Seconds: 2, Next: 'Done' }, Done: { Type: 'Succeed' } } };
    const result = await startExecution(definition, {}, { type: 'EXPRESS' });
    const bill = costOf(result, { definition: JSON.stringify(definition) }); // type read from the execution ARN
    expect(bill.workflowType).toBe('EXPRESS');
    expect(bill.express?.billedDurationMs).toBe(Math.max(100, Math.ceil(result.billing.durationMs / 100) * 100));
    expect(bill.express?.billedMemoryMb).toBe(64);
    expect(bill.express?.memoryEstimate.definitionBytes).toBe(JSON.stringify(definition).length);
    expect(bill.lines.map((l) => l.id)).toEqual(['express-requests', 'express-duration-tier-1']);
  });

  it('gives every line a quantity, a unit rate, an amount and an explanation', () => {
    const result: ExecutionResult = { status: 'SUCCEEDED', events: [], billing: { stateTransitions: 5000, durationMs: 0, historyEvents: 0 } };
    for (const line of projectMonthly(costOf(result), 2).lines) {
      expect(line.quantity).toBeGreaterThan(0);
      expect(line.unitRate).toMatch(/\$/);
      expect(line.amount).toMatch(/^\$/);
      expect(line.explanation.length).toBeGreaterThan(20);
    }
  });

  it('reports bad input with a path', () => {
    const result: ExecutionResult = { status: 'SUCCEEDED', events: [], billing: { stateTransitions: 1.5, durationMs: 0, historyEvents: 0 } };
    expect(() => costOf(result)).toThrow(/result.billing.stateTransitions must be a non-negative integer/);
    const ok: ExecutionResult = { ...result, billing: { ...result.billing, stateTransitions: 1 } };
    try {
      projectMonthly(costOf(ok), -5);
      expect.unreachable();
    } catch (e) {
      expect((e as PricingError).path).toEqual(['runsPerMonth']);
    }
    expect(() => costOf(ok, { type: 'FAST' as never })).toThrow(/type must be STANDARD or EXPRESS/);
  });
});

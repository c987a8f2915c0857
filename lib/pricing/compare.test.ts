import { describe, expect, it } from 'vitest';
import { startExecution } from '../engine';
import type { StateMachineDefinition } from '../engine/types';
import { compareMapDesigns } from './compare';
import { costOf } from './cost';

describe('the inline Map trap and its remedy', () => {
  it('1,000 items through a 3-state inline Map: 3,002 transitions; a batched Distributed Map with Express children costs a fraction', () => {
    const comparison = compareMapDesigns({ items: 1000, statesPerItem: 3, parentStates: 2, itemDurationMs: 100, batchSize: 100, includeWorkerLambda: false });
    const [inline, distributed, lambdaSqs] = comparison.designs;
    expect(inline?.perRun.usage.standardTransitions).toBe('3002');
    expect(inline?.perRun.totalPico).toBe(String(3002n * 25_000_000n)); // $0.07505
    // Remedy: 2 parent transitions + 10 Express requests + 10 children x 10,000 ms x 64 MB.
    expect(distributed?.perRun.usage).toMatchObject({ standardTransitions: '2', expressRequests: '10', expressMbMs: String(10 * 10_000 * 64) });
    const expected = 2 * 0.000025 + 10 * 0.000001 + 6.25 * 0.00001667;
    expect(distributed?.perRun.totalUsd).toBeCloseTo(expected, 12);
    expect(lambdaSqs?.perRun.usage.lambdaRequests).toBe('100');
    expect(comparison.cheapest).not.toBe('inline-map');
    expect(comparison.verdict).toMatch(/^Inline Map: \$0\.07505 a run for 3,002 transitions a run; batched Distributed Map with Express children: \$0\.0001642 a run \(457× cheaper\)/);
  });

  it('projects each design over a month with the free tier', () => {
    const comparison = compareMapDesigns({ items: 1000, statesPerItem: 3, parentStates: 2, itemDurationMs: 100, batchSize: 100, runsPerMonth: 10_000 });
    const inline = comparison.designs[0]?.monthly;
    // (3,002 x 10,000 - 4,000) x $0.000025 = $750.40, plus the worker Lambda.
    expect(inline?.lines.find((l) => l.id === 'standard-transitions')?.amount).toBe('$750.40');
    expect(comparison.verdict).toMatch(/a month/);
    const dm = comparison.designs[1]?.monthly;
    // The parent's 2 transitions x 10,000 runs = 20,000, of which 4,000 are free.
    expect(dm?.lines.find((l) => l.id === 'standard-transitions')).toMatchObject({ quantity: 16_000, amount: '$0.40' });
    expect(dm?.lines.find((l) => l.id === 'express-requests')).toMatchObject({ quantity: 100_000, amount: '$0.10' });
    expect(dm!.totalUsd).toBeLessThan(inline!.totalUsd / 100);
  });

  it('prices an engine run of the inline Map the same way', async () => {
    const definition: StateMachineDefinition = {
      StartAt: 'EachItem',
      States: {
        EachItem: {
          Type: 'Map',
          ItemsPath: '$.items',
          ItemProcessor: {
            ProcessorConfig: { Mode: 'INLINE' },
            StartAt: 'Validate',
            States: { Validate: { Type: 'Pass', Next: 'Enrich' }, Enrich: { Type: 'Pass', Next: 'Store' }, Store: { Type: 'Pass', End: true } },
          },
          Next: 'Done',
        },
        Done: { Type: 'Pass', End: true },
      },
    };
    const result = await startExecution(definition, { items: Array.from({ length: 1000 }, (_, i) => i) });
    const bill = costOf(result, { type: 'STANDARD', definition });
    const modelled = compareMapDesigns({ items: 1000, statesPerItem: 3, parentStates: 2, itemDurationMs: 100, batchSize: 100, includeWorkerLambda: false });
    expect(bill.stateTransitions).toBe(3002);
    expect(bill.totalPico).toBe(modelled.designs[0]?.perRun.totalPico);
    expect(bill.transitionsByState.slice(0, 3).map((l) => [l.state, l.transitions, l.retries])).toEqual([
      ['Enrich', 1000, 0],
      ['Store', 1000, 0],
      ['Validate', 1000, 0],
    ]);
  });

  it('rejects a batch size of zero with a path', () => {
    expect(() => compareMapDesigns({ items: 10, statesPerItem: 1, parentStates: 1, itemDurationMs: 1, batchSize: 0 })).toThrow(/batchSize must be at least 1/);
  });
});

describe('compareMapDesigns options', () => {
  it('bills Express children at the memory the workload states, in 64 MB chunks', () => {
    const base = { items: 1000, statesPerItem: 3, parentStates: 2, itemDurationMs: 100, batchSize: 100, includeWorkerLambda: false };
    const small = compareMapDesigns(base).designs[1]?.perRun;
    const big = compareMapDesigns({ ...base, childMemoryMb: 100 }).designs[1]?.perRun;
    expect(small?.children[0]?.billedMemoryMb).toBe(64);
    expect(big?.children[0]?.billedMemoryMb).toBe(128);
    expect(big?.usage.expressMbMs).toBe(String(128 * 10 * 10_000));
  });
});

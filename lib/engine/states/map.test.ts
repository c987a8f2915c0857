import { describe, expect, it } from 'vitest';
import { run, types, eventsOf } from '../test-support/run';

const processor = (extra: object = {}) => ({ StartAt: 'I', States: { I: { Type: 'Pass', End: true, ...extra } } });

describe('Map state (inline)', () => {
  it('runs ItemProcessor per item with ItemSelector and $$.Map.Item', async () => {
    const def = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ItemsPath: '$.xs',
          ItemSelector: { 'v.$': '$$.Map.Item.Value', 'i.$': '$$.Map.Item.Index', 'tag.$': '$.tag' },
          ItemProcessor: processor(),
          End: true,
        },
      },
    };
    const r = await run(def, { xs: ['a', 'b'], tag: 't' });
    expect(r.output).toEqual([{ v: 'a', i: 0, tag: 't' }, { v: 'b', i: 1, tag: 't' }]);
    expect(eventsOf(r, 'MapStateStarted')[0]!.mapStateStartedEventDetails).toEqual({ length: 2 });
    expect(eventsOf(r, 'MapIterationStarted').map((e) => e.mapIterationStartedEventDetails)).toEqual([{ index: 0, name: 'M' }, { index: 1, name: 'M' }]);
    expect(r.billing.stateTransitions).toBe(3);
  });

  it('supports the legacy Iterator + Parameters form', async () => {
    const def = { StartAt: 'M', States: { M: { Type: 'Map', Parameters: { 'x.$': '$$.Map.Item.Value' }, Iterator: processor(), End: true } } };
    expect((await run(def, [1, 2])).output).toEqual([{ x: 1 }, { x: 2 }]);
  });

  it('overlaps iterations on the virtual clock up to MaxConcurrency', async () => {
    const def = (mc: number) => ({
      StartAt: 'M',
      States: { M: { Type: 'Map', MaxConcurrency: mc, ItemProcessor: { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 10, End: true } } }, End: true } },
    });
    expect((await run(def(1), [1, 2, 3, 4])).billing.durationMs).toBe(40_000);
    expect((await run(def(2), [1, 2, 3, 4])).billing.durationMs).toBe(20_000);
    expect((await run(def(0), [1, 2, 3, 4])).billing.durationMs).toBe(10_000);
  });

  it('fails on the first failing iteration; a retry repeats MapStateStarted', async () => {
    const def = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ItemProcessor: { StartAt: 'F', States: { F: { Type: 'Fail', Error: 'Item.Bad' } } },
          Retry: [{ ErrorEquals: ['Item.Bad'], MaxAttempts: 1, IntervalSeconds: 1 }],
          End: true,
        },
      },
    };
    const r = await run(def, [1]);
    expect(r.error).toBe('Item.Bad');
    expect(types(r)).toEqual([
      'ExecutionStarted', 'MapStateEntered',
      'MapStateStarted', 'MapIterationStarted', 'FailStateEntered', 'MapIterationFailed',
      'MapStateStarted', 'MapIterationStarted', 'FailStateEntered', 'MapIterationFailed',
      'MapStateFailed', 'ExecutionFailed',
    ]);
    expect(r.billing.stateTransitions).toBe(4); // Map entered + retry + two inner Fail states
  });

  it('fails with States.Runtime when ItemsPath is not an array', async () => {
    const r = await run({ StartAt: 'M', States: { M: { Type: 'Map', ItemsPath: '$.x', ItemProcessor: processor(), End: true } } }, { x: 1 });
    expect(r.error).toBe('States.Runtime');
  });
});

describe('Map state with asynchronous tasks', () => {
  it('suspends inside iterations and keeps item order', async () => {
    const def = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ItemProcessor: { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } } },
          End: true,
        },
      },
    };
    const seen: number[] = [];
    const r = await run(def, [3, 1, 2], {
      tasks: async (inv) => {
        seen.push(inv.invocation);
        await new Promise((resolve) => setTimeout(resolve, (inv.input as number) * 2));
        return { kind: 'success', output: (inv.input as number) * 10, durationMs: 1000 };
      },
    });
    expect(r.output).toEqual([30, 10, 20]);
    expect(seen).toEqual([0, 1, 2]);
    expect(r.billing.durationMs).toBe(1000);
  });
});

describe('Map MaxConcurrencyPath', () => {
  it('fails with AWS wording when the path does not give an integer', async () => {
    const def = { StartAt: 'M', States: { M: { Type: 'Map', ItemsPath: '$.xs', MaxConcurrencyPath: '$.mc', ItemProcessor: processor(), End: true } } };
    const r = await run(def, { xs: [1], mc: 'NoNumber' });
    expect(r.error).toBe('States.Runtime');
    expect(r.cause).toContain('The MaxConcurrencyPath field refers to value "NoNumber" which is not a valid integer: $.mc');
    expect(types(r)).toEqual(['ExecutionStarted', 'MapStateEntered', 'ExecutionFailed']);
    expect((await run(def, { xs: [1, 2], mc: 1 })).output).toEqual([1, 2]);
  });
});

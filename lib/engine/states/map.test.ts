import { describe, expect, it } from 'vitest';
import { run, types, eventsOf } from '../test-support/run';
import type { JsonValue } from '../types';

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

// A Map whose iterations all ended on a recorded output puts its results' text together from those texts
// (map.ts, rememberText): the events and the payload check must read exactly what serialising would give.
describe('Map results text made from the iterations\' texts', () => {
  const exitedOutput = (r: Awaited<ReturnType<typeof run>>) => (eventsOf(r, 'MapStateExited')[0]!.stateExitedEventDetails as { output: string }).output;

  it('records the text JSON.stringify gives, for items with escapes, unicode and numbers', async () => {
    const items = [{ s: 'quote " back \\ tab \t' }, { s: 'é 漢字 😀' }, 1e21, -0, 0.1, null, [true, { n: [] }], 'x'];
    const def = { StartAt: 'M', States: { M: { Type: 'Map', ItemProcessor: { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', End: true } } }, End: true } } };
    const r = await run(def, items);
    expect(r.output).toEqual(items);
    expect(exitedOutput(r)).toBe(JSON.stringify(items));
    expect((eventsOf(r, 'ExecutionSucceeded')[0]!.executionSucceededEventDetails as { output: string }).output).toBe(JSON.stringify(items));
  });

  it('puts each output in item order when iterations finish out of order', async () => {
    const def = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          MaxConcurrency: 3,
          ItemProcessor: {
            StartAt: 'W',
            States: { W: { Type: 'Wait', SecondsPath: '$.w', Next: 'P' }, P: { Type: 'Pass', Parameters: { 'v.$': '$.v', done: true }, End: true } },
          },
          End: true,
        },
      },
    };
    const r = await run(def, [{ w: 3, v: 'a' }, { w: 1, v: 'b' }, { w: 2, v: 'c' }]);
    const expected = [{ v: 'a', done: true }, { v: 'b', done: true }, { v: 'c', done: true }];
    expect(r.output).toEqual(expected);
    expect(exitedOutput(r)).toBe(JSON.stringify(expected));
  });

  it('serialises the results when an iteration\'s output was not recorded alone (an Exited event with Assign)', async () => {
    const def = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ItemProcessor: { StartAt: 'A', States: { A: { Type: 'Pass', Parameters: { 'x.$': '$' }, Assign: { last: 1 }, End: true } } },
          End: true,
        },
      },
    };
    const r = await run(def, [{ a: 1 }, 'b']);
    expect(exitedOutput(r)).toBe('[{"x":{"a":1}},{"x":"b"}]');
  });

  it('holds the results to the payload quota by the text put together', async () => {
    // Small items, bigger outputs: the input and each iteration fit, the results are what crosses the quota.
    const def = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ItemSelector: { 'id.$': '$$.Map.Item.Value', pad: 'é'.repeat(20) },
          ItemProcessor: { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
          End: true,
        },
      },
    };
    const items = Array.from({ length: 10 }, (_, i) => i);
    const results = items.map((id) => ({ id, pad: 'é'.repeat(20) }));
    const bytes = new TextEncoder().encode(JSON.stringify(results)).length;
    const over = await run(def, items, { payloadLimitBytes: bytes - 1 });
    expect(over.status).toBe('FAILED');
    expect(over.error).toBe('States.DataLimitExceeded');
    expect(types(over)).toContain('MapStateSucceeded');
    const fits = await run(def, items, { payloadLimitBytes: bytes });
    expect(fits.status).toBe('SUCCEEDED');
    expect(exitedOutput(fits)).toBe(JSON.stringify(results));
  });
});

// The iterations' first events take their input texts cut out of one text of the items array
// (History.itemTexts): each must be exactly JSON.stringify of its item, in the events kept as objects and in
// the compact log past 4,096 events, whether the first state forwards its input or is visited.
describe('Map iteration inputs recorded from one text of the items', () => {
  const tricky = (i: number): JsonValue =>
    [{ s: `a],[{"b\\":${i}}` }, `q"${i}\\`, i, { n: [i, [i], { k: 'é😀' }] }, null, true, [`${i},`], { '': { '"': i } }][i % 8]!;
  const enteredInputs = (r: Awaited<ReturnType<typeof run>>, name: string) =>
    r.events.filter((e) => e.type.endsWith('StateEntered') && (e.stateEnteredEventDetails as { name: string }).name === name).map((e) => (e.stateEnteredEventDetails as { input: string }).input);

  for (const first of [{ Type: 'Pass', Next: 'B' }, { Type: 'Pass', InputPath: '$', Next: 'B' }]) {
    it(`records JSON.stringify of each item${first.InputPath ? ' (a visited first state)' : ''}, in objects and in the compact log`, async () => {
      const def = {
        StartAt: 'M',
        States: { M: { Type: 'Map', MaxConcurrency: 2, ItemProcessor: { StartAt: 'A', States: { A: first, B: { Type: 'Pass', End: true } } }, End: true } },
      };
      for (const n of [20, 1_000]) {
        const items = Array.from({ length: n }, (_, i) => tricky(i));
        const r = await run({ ...def, States: { M: { ...def.States.M, ItemsPath: '$.items' } } }, { items }, { type: 'EXPRESS' });
        expect(r.status).toBe('SUCCEEDED');
        expect(r.events.length).toBe(n * 6 + 6);
        expect(enteredInputs(r, 'A')).toEqual(items.map((item) => JSON.stringify(item)));
        expect(enteredInputs(r, 'B')).toEqual(items.map((item) => JSON.stringify(item)));
      }
    });
  }
});

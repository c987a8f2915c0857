import { describe, expect, it } from 'vitest';
import { run } from '../test-support/run';

describe('history', () => {
  it('links Map events the way AWS does', async () => {
    const def = { StartAt: 'M', States: { M: { Type: 'Map', MaxConcurrency: 1, ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, End: true } } };
    const r = await run(def, [1, 2]);
    expect(r.events.map((e) => [e.id, e.previousEventId, e.type])).toEqual([
      [1, 0, 'ExecutionStarted'],
      [2, 0, 'MapStateEntered'],
      [3, 2, 'MapStateStarted'],
      [4, 3, 'MapIterationStarted'],
      [5, 4, 'PassStateEntered'],
      [6, 5, 'PassStateExited'],
      [7, 6, 'MapIterationSucceeded'],
      [8, 6, 'MapIterationStarted'],
      [9, 8, 'PassStateEntered'],
      [10, 9, 'PassStateExited'],
      [11, 10, 'MapIterationSucceeded'],
      [12, 11, 'MapStateSucceeded'],
      [13, 11, 'MapStateExited'],
      [14, 13, 'ExecutionSucceeded'],
    ]);
  });

  it('echoes a non-object input verbatim, as AWS does', async () => {
    const r = await run({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, [1, 2], { inputString: '[1, 2]' });
    expect(r.events[0]!.executionStartedEventDetails).toMatchObject({ input: '[1, 2]' });
    expect(r.events[1]!.stateEnteredEventDetails).toMatchObject({ input: '[1, 2]' });
  });

  it('keeps billing counters with history recording off', async () => {
    const def = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', End: true } } };
    const r = await run(def, {}, { recordHistory: false });
    expect(r.events).toEqual([]);
    expect(r.billing).toMatchObject({ stateTransitions: 2, historyEvents: 6, transitionsByState: { A: 1, B: 1 } });
  });

  it('stamps every event on the virtual clock from startTime', async () => {
    const r = await run({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 86_400, End: true } } }, {}, { startTime: '2030-05-01T12:00:00Z' });
    expect(r.events.map((e) => e.timestamp)).toEqual([
      '2030-05-01T12:00:00.000Z',
      '2030-05-01T12:00:00.000Z',
      '2030-05-02T12:00:00.000Z',
      '2030-05-02T12:00:00.000Z',
    ]);
  });
});

describe('trace', () => {
  it('records each visit with its data-flow steps', async () => {
    const def = {
      StartAt: 'P',
      States: {
        P: { Type: 'Pass', InputPath: '$.a', Parameters: { 'b.$': '$.b' }, ResultPath: '$.r', Next: 'M' },
        M: { Type: 'Map', ItemsPath: '$.r.b.list', ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, End: true },
      },
    };
    const r = await run(def, { a: { b: { list: [1] } } }, { trace: true });
    expect(r.trace?.map((t) => t.path)).toEqual([['P'], ['M', 0, 'I'], ['M']]);
    expect(r.trace?.[0]).toMatchObject({
      afterInputPath: { b: { list: [1] } },
      afterParameters: { b: { list: [1] } },
      afterResultPath: { a: { b: { list: [1] } }, r: { b: { list: [1] } } },
      outcome: 'succeeded',
      next: 'M',
      enteredEventId: 2,
    });
  });
});

describe('events built when read', () => {
  const mapDef = {
    StartAt: 'M',
    States: {
      M: { Type: 'Map', MaxConcurrency: 1, ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', Assign: { 'seen.$': '$.id' }, Next: 'J' }, J: { Type: 'Pass', End: true } } }, Next: 'F' },
      F: { Type: 'Fail', Error: 'Oops', Cause: 'on purpose' },
    },
  };

  it('builds every event in the shape GetExecutionHistory returns', async () => {
    const r = await run(mapDef, [{ id: 1 }], { startTime: '2030-05-01T12:00:00Z' });
    const at = '2030-05-01T12:00:00.000Z';
    expect(r.events).toEqual([
      { id: 1, previousEventId: 0, timestamp: at, type: 'ExecutionStarted', executionStartedEventDetails: { input: '[{"id":1}]', inputDetails: { truncated: false }, roleArn: expect.any(String) } },
      { id: 2, previousEventId: 0, timestamp: at, type: 'MapStateEntered', stateEnteredEventDetails: { input: '[{"id":1}]', inputDetails: { truncated: false }, name: 'M' } },
      { id: 3, previousEventId: 2, timestamp: at, type: 'MapStateStarted', mapStateStartedEventDetails: { length: 1 } },
      { id: 4, previousEventId: 3, timestamp: at, type: 'MapIterationStarted', mapIterationStartedEventDetails: { index: 0, name: 'M' } },
      { id: 5, previousEventId: 4, timestamp: at, type: 'PassStateEntered', stateEnteredEventDetails: { input: '{"id":1}', inputDetails: { truncated: false }, name: 'I' } },
      {
        id: 6,
        previousEventId: 5,
        timestamp: at,
        type: 'PassStateExited',
        stateExitedEventDetails: { assignedVariables: { seen: '1' }, assignedVariablesDetails: { truncated: false }, name: 'I', output: '{"id":1}', outputDetails: { truncated: false } },
      },
      { id: 7, previousEventId: 6, timestamp: at, type: 'PassStateEntered', stateEnteredEventDetails: { input: '{"id":1}', inputDetails: { truncated: false }, name: 'J' } },
      { id: 8, previousEventId: 7, timestamp: at, type: 'PassStateExited', stateExitedEventDetails: { name: 'J', output: '{"id":1}', outputDetails: { truncated: false } } },
      { id: 9, previousEventId: 8, timestamp: at, type: 'MapIterationSucceeded', mapIterationSucceededEventDetails: { index: 0, name: 'M' } },
      { id: 10, previousEventId: 9, timestamp: at, type: 'MapStateSucceeded' },
      { id: 11, previousEventId: 9, timestamp: at, type: 'MapStateExited', stateExitedEventDetails: { name: 'M', output: '[{"id":1}]', outputDetails: { truncated: false } } },
      { id: 12, previousEventId: 11, timestamp: at, type: 'FailStateEntered', stateEnteredEventDetails: { input: '[{"id":1}]', inputDetails: { truncated: false }, name: 'F' } },
      { id: 13, previousEventId: 12, timestamp: at, type: 'ExecutionFailed', executionFailedEventDetails: { error: 'Oops', cause: 'on purpose' } },
    ]);
    // Key order too: the CLI and the JSON views print events as they are.
    expect(Object.keys(r.events[1]!)).toEqual(['id', 'previousEventId', 'timestamp', 'type', 'stateEnteredEventDetails']);
    expect(Object.keys(r.events[1]!.stateEnteredEventDetails as object)).toEqual(['input', 'inputDetails', 'name']);
    expect(Object.keys(r.events[7]!.stateExitedEventDetails as object)).toEqual(['name', 'output', 'outputDetails']);
  });

  it('returns the same array on every read, as a plain data property once read', async () => {
    const r = await run(mapDef, [{ id: 1 }, { id: 2 }]);
    const first = r.events;
    expect(r.events).toBe(first);
    expect(Object.getOwnPropertyDescriptor(r, 'events')).toMatchObject({ value: first, writable: true, enumerable: true });
    expect(Object.keys(r).indexOf('events')).toBe(1);
  });

  it('crosses postMessage (structured clone), JSON and a spread as the same events', async () => {
    const direct = (await run(mapDef, [{ id: 1 }, { id: 2 }])).events;
    expect(structuredClone(await run(mapDef, [{ id: 1 }, { id: 2 }])).events).toEqual(direct);
    expect(JSON.parse(JSON.stringify(await run(mapDef, [{ id: 1 }, { id: 2 }]))).events).toEqual(direct);
    expect({ ...(await run(mapDef, [{ id: 1 }, { id: 2 }])) }.events).toEqual(direct);
  });

  it('lets a consumer replace the events', async () => {
    const r = await run(mapDef, [{ id: 1 }]);
    r.events = [];
    expect(r.events).toEqual([]);
  });
});

describe('a long history', () => {
  it('keeps every event across the log chunks, ids in order and links intact', async () => {
    const def = { StartAt: 'M', States: { M: { Type: 'Map', MaxConcurrency: 1, ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, End: true } } };
    const items = Array.from({ length: 2_000 }, (_, i) => i);
    const r = await run(def, items);
    expect(r.events.length).toBe(r.billing.historyEvents);
    expect(r.events.every((e, i) => e.id === i + 1)).toBe(true);
    const started = r.events.filter((e) => e.type === 'MapIterationStarted');
    expect(started.map((e) => (e.mapIterationStartedEventDetails as { index: number }).index)).toEqual(items);
    // With MaxConcurrency 1 each iteration's Entered follows its Started, and its Exited its Entered.
    for (const e of r.events) {
      if (e.type === 'PassStateEntered') expect(r.events[e.previousEventId - 1]!.type).toBe('MapIterationStarted');
      if (e.type === 'PassStateExited') expect(e.previousEventId).toBe(e.id - 1);
    }
    expect(r.events.filter((e) => e.type === 'PassStateExited').map((e) => (e.stateExitedEventDetails as { output: string }).output)).toEqual(items.map(String));
  });
});

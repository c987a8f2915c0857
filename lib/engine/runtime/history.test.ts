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

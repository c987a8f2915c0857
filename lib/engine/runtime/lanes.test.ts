// Parallel branches and Map iterations side by side on the virtual clock (issue 19): time-ordered events,
// siblings stopped when one fails, and the same history for the same seed.
import { describe, expect, it } from 'vitest';
import type { ExecutionResult, HistoryEvent, StateMachineDefinition } from '../types';
import { run } from '../test-support/run';

const at = (r: ExecutionResult, e: HistoryEvent) => (Date.parse(e.timestamp) - Date.parse(r.startDate!)) / 1000;
/** `Type@seconds` for each event, e.g. 'WaitStateEntered@0'. */
const timeline = (r: ExecutionResult) => r.events.map((e) => `${e.type}@${at(r, e)}`);
const named = (r: ExecutionResult, type: string, name: string) =>
  r.events.find((e) => e.type === type && (e.stateEnteredEventDetails as { name?: string } | undefined)?.name === name);

function expectTimeOrdered(r: ExecutionResult) {
  for (let i = 1; i < r.events.length; i++) expect(r.events[i]!.timestamp >= r.events[i - 1]!.timestamp, timeline(r).join(' ')).toBe(true);
  r.events.forEach((e, i) => expect(e.id).toBe(i + 1));
}

describe('a Parallel whose branch B fails at 10 s while branch A waits 30 s', () => {
  const def: StateMachineDefinition = {
    StartAt: 'P',
    States: {
      P: {
        Type: 'Parallel',
        End: true,
        Branches: [
          { StartAt: 'A', States: { A: { Type: 'Wait', Seconds: 30, Next: 'A2' }, A2: { Type: 'Pass', End: true } } },
          { StartAt: 'B', States: { B: { Type: 'Wait', Seconds: 10, Next: 'BFail' }, BFail: { Type: 'Fail', Error: 'B.Broke', Cause: 'b failed' } } },
        ],
      },
    },
  };

  it('fails the Parallel at 10 s, stops A in its Wait, and writes events in time order', async () => {
    const r = await run(def, {});
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('B.Broke');
    expect(r.billing.durationMs).toBe(10_000);
    expect(timeline(r)).toEqual([
      'ExecutionStarted@0',
      'ParallelStateEntered@0',
      'ParallelStateStarted@0',
      'WaitStateEntered@0',
      'WaitStateEntered@0',
      'WaitStateExited@10',
      'FailStateEntered@10',
      'WaitStateAborted@10',
      'ParallelStateFailed@10',
      'ExecutionFailed@10',
    ]);
    expectTimeOrdered(r);
    expect(r.events.some((e) => e.type === 'PassStateEntered')).toBe(false);
  });

  it("links the aborted Wait and ParallelStateFailed to the failing branch's last event", async () => {
    const r = await run(def, {});
    const fail = r.events.find((e) => e.type === 'FailStateEntered')!;
    const aborted = r.events.find((e) => e.type === 'WaitStateAborted')!;
    const failed = r.events.find((e) => e.type === 'ParallelStateFailed')!;
    expect(aborted.previousEventId).toBe(fail.id);
    expect(failed.previousEventId).toBe(fail.id);
    // Each branch chains from ParallelStateStarted.
    const started = r.events.find((e) => e.type === 'ParallelStateStarted')!;
    expect(named(r, 'WaitStateEntered', 'A')!.previousEventId).toBe(started.id);
    expect(named(r, 'WaitStateEntered', 'B')!.previousEventId).toBe(started.id);
  });

  it('lets Catch take the failure at 10 s', async () => {
    const caught = structuredClone(def) as StateMachineDefinition & { States: Record<string, Record<string, unknown>> };
    caught.States.P!.Catch = [{ ErrorEquals: ['States.ALL'], Next: 'Recover' }];
    caught.States.Recover = { Type: 'Pass', End: true };
    const r = await run(caught, {});
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual({ Error: 'B.Broke', Cause: 'b failed' });
    expect(r.billing.durationMs).toBe(10_000);
    expectTimeOrdered(r);
  });
});

describe('the either-or pattern: one branch polls a job, the other times out at 15 s', () => {
  const def: StateMachineDefinition = {
    StartAt: 'Race',
    States: {
      Race: {
        Type: 'Parallel',
        End: true,
        Branches: [
          {
            StartAt: 'Poll',
            States: {
              Poll: { Type: 'Wait', Seconds: 5, Next: 'Done?' },
              'Done?': { Type: 'Choice', Choices: [{ Variable: '$.done', BooleanEquals: true, Next: 'Finished' }], Default: 'Poll' },
              Finished: { Type: 'Succeed' },
            },
          },
          {
            StartAt: 'Timer',
            States: { Timer: { Type: 'Wait', Seconds: 15, Next: 'TimedOut' }, TimedOut: { Type: 'Fail', Error: 'Job.Timeout', Cause: 'no answer in 15 s' } },
          },
        ],
      },
    },
  };

  it('ends at 15 s with the timeout error, the poll loop stopped in its Wait', async () => {
    const r = await run(def, { done: false });
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('Job.Timeout');
    expect(r.billing.durationMs).toBe(15_000);
    // Poll entered at 0, 5 and 10 s; at 15 s the Timer branch fails first (it went to sleep first), so
    // the third Poll visit is stopped.
    expect(timeline(r)).toEqual([
      'ExecutionStarted@0',
      'ParallelStateEntered@0',
      'ParallelStateStarted@0',
      'WaitStateEntered@0',
      'WaitStateEntered@0',
      'WaitStateExited@5',
      'ChoiceStateEntered@5',
      'ChoiceStateExited@5',
      'WaitStateEntered@5',
      'WaitStateExited@10',
      'ChoiceStateEntered@10',
      'ChoiceStateExited@10',
      'WaitStateEntered@10',
      'WaitStateExited@15',
      'FailStateEntered@15',
      'WaitStateAborted@15',
      'ParallelStateFailed@15',
      'ExecutionFailed@15',
    ]);
    expectTimeOrdered(r);
    expect(r.events.length).toBeLessThan(25);
  });

  it('gives the same history for the same seed', async () => {
    const a = await run(def, { done: false }, { seed: 42 });
    const b = await run(def, { done: false }, { seed: 42 });
    expect(b.events).toEqual(a.events);
  });
});

describe('a Map with MaxConcurrency 2', () => {
  const def: StateMachineDefinition = {
    StartAt: 'M',
    States: {
      M: {
        Type: 'Map',
        MaxConcurrency: 2,
        ItemsPath: '$.waits',
        ItemProcessor: { StartAt: 'W', States: { W: { Type: 'Wait', SecondsPath: '$', End: true } } },
        End: true,
      },
    },
  };

  it('runs two iterations at a time, starting the next when a place frees up', async () => {
    const r = await run(def, { waits: [10, 20, 5, 5] });
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual([10, 20, 5, 5]);
    // 0 and 1 start at 0 s; 0 ends at 10 s and 2 starts (ends at 15 s); 3 starts at 15 s, 1 ends at 20 s.
    expect(r.billing.durationMs).toBe(20_000);
    const iterations = r.events
      .filter((e) => e.type.startsWith('MapIteration'))
      .map((e) => `${e.type.replace('MapIteration', '')}#${(e.mapIterationStartedEventDetails ?? e.mapIterationSucceededEventDetails) && ((e.mapIterationStartedEventDetails ?? e.mapIterationSucceededEventDetails) as { index: number }).index}@${at(r, e)}`);
    expect(iterations).toEqual(['Started#0@0', 'Started#1@0', 'Succeeded#0@10', 'Started#2@10', 'Succeeded#2@15', 'Started#3@15', 'Succeeded#1@20', 'Succeeded#3@20']);
    expectTimeOrdered(r);
  });

  it('keeps two history chains, each iteration continuing the chain of the one whose place it took', async () => {
    const r = await run(def, { waits: [10, 20, 5, 5] });
    const started = r.events.filter((e) => e.type === 'MapIterationStarted');
    const mapStarted = r.events.find((e) => e.type === 'MapStateStarted')!;
    const exited = r.events.filter((e) => e.type === 'WaitStateExited');
    expect(started[0]!.previousEventId).toBe(mapStarted.id);
    expect(started[1]!.previousEventId).toBe(mapStarted.id);
    // Iteration 2 took iteration 0's place, iteration 3 took iteration 2's.
    expect(started[2]!.previousEventId).toBe(exited[0]!.id);
    expect(started[3]!.previousEventId).toBe(exited[1]!.id);
    const succeeded = r.events.filter((e) => e.type === 'MapIterationSucceeded');
    expect(r.events.find((e) => e.type === 'MapStateSucceeded')!.previousEventId).toBe(succeeded.at(-1)!.id);
  });

  it('stops the iteration in flight when another fails, and does not start the rest', async () => {
    const failing: StateMachineDefinition = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          MaxConcurrency: 2,
          ItemsPath: '$.items',
          ItemProcessor: {
            StartAt: 'W',
            States: {
              W: { Type: 'Wait', SecondsPath: '$.wait', Next: 'Check' },
              Check: { Type: 'Choice', Choices: [{ Variable: '$.fail', BooleanEquals: true, Next: 'Boom' }], Default: 'Ok' },
              Boom: { Type: 'Fail', Error: 'Item.Failed', Cause: 'item failed' },
              Ok: { Type: 'Succeed' },
            },
          },
          End: true,
        },
      },
    };
    const r = await run(failing, { items: [{ wait: 15, fail: false }, { wait: 1, fail: true }, { wait: 1, fail: false }] });
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('Item.Failed');
    expect(r.billing.durationMs).toBe(1000);
    const tail = r.events.slice(r.events.findIndex((e) => e.type === 'FailStateEntered'));
    expect(tail.map((e) => e.type)).toEqual(['FailStateEntered', 'MapIterationAborted', 'WaitStateAborted', 'MapIterationFailed', 'MapStateFailed', 'ExecutionFailed']);
    for (const e of tail.slice(1, 5)) expect(e.previousEventId).toBe(tail[0]!.id);
    expect(tail[1]!.mapIterationAbortedEventDetails).toEqual({ index: 0, name: 'M' });
    expect(tail[3]!.mapIterationFailedEventDetails).toEqual({ index: 1, name: 'M' });
    // Item 2 never started.
    expect(r.events.filter((e) => e.type === 'MapIterationStarted')).toHaveLength(2);
    expectTimeOrdered(r);
  });
});

describe('nested Parallel and Map', () => {
  it('stops a sibling inside a nested Map: iteration, then its state, then the Map', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          End: true,
          Branches: [
            {
              StartAt: 'M',
              States: {
                M: { Type: 'Map', ItemsPath: '$.items', ItemProcessor: { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 60, End: true } } }, End: true },
              },
            },
            { StartAt: 'Slow', States: { Slow: { Type: 'Wait', Seconds: 3, Next: 'F' }, F: { Type: 'Fail', Error: 'E' } } },
          ],
        },
      },
    };
    const r = await run(def, { items: [1, 2] });
    expect(r.billing.durationMs).toBe(3000);
    const tail = r.events.slice(r.events.findIndex((e) => e.type === 'FailStateEntered')).map((e) => e.type);
    expect(tail).toEqual([
      'FailStateEntered',
      'MapIterationAborted',
      'WaitStateAborted',
      'MapIterationAborted',
      'WaitStateAborted',
      'MapStateAborted',
      'ParallelStateFailed',
      'ExecutionFailed',
    ]);
    expectTimeOrdered(r);
  });

  it('interleaves the branches of a Parallel inside a Map iteration with the other iterations', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ItemsPath: '$.items',
          ItemProcessor: {
            StartAt: 'P',
            States: {
              P: {
                Type: 'Parallel',
                End: true,
                Branches: [
                  { StartAt: 'X', States: { X: { Type: 'Wait', SecondsPath: '$', End: true } } },
                  { StartAt: 'Y', States: { Y: { Type: 'Wait', Seconds: 2, End: true } } },
                ],
              },
            },
          },
          End: true,
        },
      },
    };
    const r = await run(def, { items: [5, 1] });
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual([
      [5, 5],
      [1, 1],
    ]);
    expect(r.billing.durationMs).toBe(5000);
    expectTimeOrdered(r);
  });
});

describe('time limits still apply across lanes', () => {
  it('times the execution out at TimeoutSeconds while branches wait', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'P',
      TimeoutSeconds: 12,
      States: {
        P: {
          Type: 'Parallel',
          End: true,
          Branches: [
            { StartAt: 'A', States: { A: { Type: 'Wait', Seconds: 10, Next: 'A2' }, A2: { Type: 'Wait', Seconds: 10, End: true } } },
            { StartAt: 'B', States: { B: { Type: 'Wait', Seconds: 30, End: true } } },
          ],
        },
      },
    };
    const r = await run(def, {});
    expect(r.status).toBe('TIMED_OUT');
    expect(r.billing.durationMs).toBe(12_000);
    expect(timeline(r).slice(-3)).toEqual(['WaitStateExited@10', 'WaitStateEntered@10', 'ExecutionTimedOut@12']);
  });
});

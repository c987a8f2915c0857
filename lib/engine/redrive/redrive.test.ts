import { describe, expect, it } from 'vitest';
import { startExecution } from '../start';
import { redriveExecution } from './redrive-execution';
import { redriveStatusOf, REDRIVE_WINDOW_MS } from './eligibility';
import type { ExecutionResult, JsonValue, StateMachineDefinition, TaskHandler, TaskOutcome } from '../types';

const lambda = 'arn:aws:states:::lambda:invoke';
/** The Map item a Task was called for (its Parameters carry it as Payload). */
const item = (input: unknown) => (input as { Payload: number }).Payload;

/** A handler that records each call's state and input, answering with `answer`. */
function recorder(answer: (state: string, input: unknown) => TaskOutcome) {
  const calls: { state: string; input: unknown }[] = [];
  const handler: TaskHandler = (inv) => {
    calls.push({ state: inv.stateName, input: inv.input });
    return answer(inv.stateName, inv.input);
  };
  return { calls, handler };
}

function redriven(outcome: Awaited<ReturnType<typeof redriveExecution>>): ExecutionResult {
  if (!outcome.ok) throw new Error(`refused: ${outcome.error}: ${outcome.message}`);
  return outcome.result;
}

const chain: StateMachineDefinition = {
  StartAt: 'Prepare',
  States: {
    Prepare: { Type: 'Pass', Result: { n: 1 }, ResultPath: '$.prep', Next: 'Charge' },
    Charge: { Type: 'Task', Resource: lambda, Parameters: { 'FunctionName': 'charge', 'Payload.$': '$' }, ResultSelector: { 'ok.$': '$.Payload.ok', 'redrives.$': '$$.Execution.RedriveCount' }, ResultPath: '$.charge', Next: 'Done' },
    Done: { Type: 'Succeed' },
  },
};

describe('redriveExecution', () => {
  it('a Task that failed succeeds on redrive: same execution, resumed at the Task, ExecutionRedriven in the history', async () => {
    const broken = recorder(() => ({ kind: 'failure', error: 'Lambda.ServiceException', cause: 'down' }));
    const first = await startExecution(chain, { order: 7 }, { tasks: broken.handler, startTime: '2025-03-01T00:00:00Z' });
    expect(first.status).toBe('FAILED');
    expect(first.redrive?.point).toMatchObject({ state: 'Charge', input: { order: 7, prep: { n: 1 } } });

    const fixed = recorder((_s, input) => ({ kind: 'success', output: { Payload: { ok: true, saw: input as JsonValue } } }));
    const second = redriven(await redriveExecution(first, { tasks: fixed.handler, redriveTime: '2025-03-02T00:00:00Z' }));
    expect(second.status).toBe('SUCCEEDED');
    expect(second.executionArn).toBe(first.executionArn);
    expect(second.startDate).toBe(first.startDate);
    expect(second.redriveCount).toBe(1);
    expect(second.redriveDate).toBe('2025-03-02T00:00:00.000Z');
    // Prepare is not run again; the Task gets the input it had, and $$.Execution.RedriveCount is 1.
    expect(fixed.calls).toHaveLength(1);
    expect(second.output).toEqual({ order: 7, prep: { n: 1 }, charge: { ok: true, redrives: 1 } });
    expect(second.billing.transitionsByState).toEqual({ Charge: 1, Done: 1 });

    const old = first.events.length;
    expect(second.events.slice(0, old)).toEqual(first.events);
    const redrivenEvent = second.events[old]!;
    expect(redrivenEvent).toMatchObject({ id: old + 1, previousEventId: old, type: 'ExecutionRedriven', executionRedrivenEventDetails: { redriveCount: 1 } });
    expect(redrivenEvent.timestamp).toBe('2025-03-02T00:00:00.000Z');
    expect(second.events[old + 1]).toMatchObject({ type: 'TaskStateEntered', previousEventId: old + 1, stateEnteredEventDetails: { name: 'Charge' } });
    expect(second.events.at(-1)!.type).toBe('ExecutionSucceeded');
    expect(second.events.filter((e) => e.type === 'ExecutionStarted')).toHaveLength(1);
    expect(second.redrive).toBeUndefined();
  });

  it('counts redrives across attempts and keeps variables the run had assigned', async () => {
    const def: StateMachineDefinition = {
      QueryLanguage: 'JSONata',
      StartAt: 'Remember',
      States: {
        Remember: { Type: 'Pass', Assign: { who: 'ada' }, Next: 'Call' },
        Call: { Type: 'Task', Resource: lambda, Arguments: { FunctionName: 'f', Payload: { who: '{% $who %}' } }, Output: '{% {"who": $states.result.Payload.who, "count": $states.context.Execution.RedriveCount} %}', End: true },
      },
    };
    const failing: TaskHandler = () => ({ kind: 'failure', error: 'Boom' });
    const first = await startExecution(def, {}, { tasks: failing });
    const second = redriven(await redriveExecution(first, { tasks: failing }));
    expect(second.status).toBe('FAILED');
    expect(second.redriveCount).toBe(1);
    const echo: TaskHandler = (inv) => ({ kind: 'success', output: { Payload: (inv.input as { Payload: JsonValue }).Payload } });
    const third = redriven(await redriveExecution(second, { tasks: echo }));
    expect(third.status).toBe('SUCCEEDED');
    expect(third.output).toEqual({ who: 'ada', count: 2 });
    expect(third.events.filter((e) => e.type === 'ExecutionRedriven').map((e) => e.executionRedrivenEventDetails)).toEqual([{ redriveCount: 1 }, { redriveCount: 2 }]);
  });

  it('a Map with two failed iterations re-runs only those two', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'Each',
      States: {
        Each: {
          Type: 'Map',
          ItemsPath: '$.items',
          MaxConcurrency: 1,
          ItemProcessor: {
            ProcessorConfig: { Mode: 'INLINE' },
            StartAt: 'Work',
            States: { Work: { Type: 'Task', Resource: lambda, Parameters: { 'FunctionName': 'w', 'Payload.$': '$' }, ResultSelector: { 'done.$': '$.Payload' }, End: true } },
          },
          End: true,
        },
      },
    };
    // With MaxConcurrency 1 the Map stops at item 1's failure: items 2 and 3 never start, and run on redrive.
    const bad = new Set([1, 3]);
    const first1 = recorder((_s, input) => (bad.has(item(input)) ? { kind: 'failure', error: 'Item.Bad' } : { kind: 'success', output: { Payload: item(input) } }));
    const first = await startExecution(def, { items: [0, 1, 2, 3] }, { tasks: first1.handler });
    expect(first.status).toBe('FAILED');
    expect(first1.calls.map((c) => item(c.input))).toEqual([0, 1]);
    const lanes = first.redrive!.point!.lanes!;
    expect(lanes.map((l) => l?.status ?? null)).toEqual(['SUCCEEDED', 'FAILED', null, null]);

    const second1 = recorder((_s, input) => (item(input) === 3 ? { kind: 'failure', error: 'Item.Bad' } : { kind: 'success', output: { Payload: item(input) } }));
    const second = redriven(await redriveExecution(first, { tasks: second1.handler }));
    expect(second.status).toBe('FAILED');
    expect(second1.calls.map((c) => item(c.input))).toEqual([1, 2, 3]);

    // Now iterations 0-2 succeeded; only 3 is left.
    const all = recorder(() => ({ kind: 'success', output: { Payload: 'ok' } }));
    const third = redriven(await redriveExecution(second, { tasks: all.handler }));
    expect(third.status).toBe('SUCCEEDED');
    expect(all.calls.map((c) => item(c.input))).toEqual([3]);
    expect(third.output).toEqual([{ done: 0 }, { done: 1 }, { done: 2 }, { done: 'ok' }]);
  });

  it('a Map whose two iterations failed side by side re-runs exactly those two, with their MapIteration events', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'Each',
      States: {
        Each: {
          Type: 'Map',
          ItemsPath: '$.items',
          ItemProcessor: {
            StartAt: 'Work',
            States: {
              Work: { Type: 'Task', Resource: lambda, Parameters: { 'FunctionName': 'w', 'Payload.$': '$' }, OutputPath: '$.Payload', End: true },
            },
          },
          End: true,
        },
      },
    };
    // Items 1 and 3 answer late with a failure; 0 and 2 succeed at once. Item 1 fails first, item 3 is aborted.
    const slowBad = recorder((_s, input) =>
      item(input) === 1 || item(input) === 3 ? { kind: 'failure', error: 'Item.Bad', durationMs: 1000 * item(input) } : { kind: 'success', output: { Payload: item(input) } },
    );
    const first = await startExecution(def, { items: [0, 1, 2, 3] }, { tasks: slowBad.handler });
    expect(first.status).toBe('FAILED');
    expect(first.events.some((e) => e.type === 'MapIterationAborted')).toBe(true);
    expect(first.redrive!.point!.lanes!.map((l) => l?.status ?? null)).toEqual(['SUCCEEDED', 'FAILED', 'SUCCEEDED', 'FAILED']);

    const fixed = recorder((_s, input) => ({ kind: 'success', output: { Payload: `fixed ${item(input)}` } }));
    const second = redriven(await redriveExecution(first, { tasks: fixed.handler }));
    expect(second.status).toBe('SUCCEEDED');
    expect(fixed.calls.map((c) => item(c.input)).sort()).toEqual([1, 3]);
    expect(second.output).toEqual([0, 'fixed 1', 2, 'fixed 3']);
    const after = second.events.slice(first.events.length);
    expect(after.map((e) => e.type).filter((t) => t.startsWith('Map'))).toEqual([
      'MapStateEntered',
      'MapStateStarted',
      // Answers that take no time finish each iteration before the next starts.
      'MapIterationStarted',
      'MapIterationSucceeded',
      'MapIterationStarted',
      'MapIterationSucceeded',
      'MapStateSucceeded',
      'MapStateExited',
    ]);
    expect(after.filter((e) => e.type === 'MapIterationStarted').map((e) => (e.mapIterationStartedEventDetails as { index: number }).index)).toEqual([1, 3]);
  });

  it('a Parallel with one failed branch re-runs only that branch, resuming inside it', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'Both',
      States: {
        Both: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'A', States: { A: { Type: 'Task', Resource: lambda, Parameters: { FunctionName: 'a' }, OutputPath: '$.Payload', End: true } } },
            {
              StartAt: 'B1',
              States: {
                B1: { Type: 'Task', Resource: lambda, Parameters: { FunctionName: 'b1' }, OutputPath: '$.Payload', Next: 'B2' },
                B2: { Type: 'Task', Resource: lambda, Parameters: { 'FunctionName': 'b2', 'Payload.$': '$' }, OutputPath: '$.Payload', End: true },
              },
            },
          ],
          End: true,
        },
      },
    };
    const fn = (input: unknown) => (input as { FunctionName: string }).FunctionName;
    const first1 = recorder((_s, input) => (fn(input) === 'b2' ? { kind: 'failure', error: 'B.Down', durationMs: 5 } : { kind: 'success', output: { Payload: fn(input) } }));
    const first = await startExecution(def, {}, { tasks: first1.handler });
    expect(first.status).toBe('FAILED');
    expect(first.error).toBe('B.Down');

    const second1 = recorder((_s, input) => ({ kind: 'success', output: { Payload: `${fn(input)} after ${JSON.stringify((input as { Payload?: unknown }).Payload)}` } }));
    const second = redriven(await redriveExecution(first, { tasks: second1.handler }));
    expect(second.status).toBe('SUCCEEDED');
    // Branch A succeeded and B1 succeeded before: only B2 runs, with B1's output as its input.
    expect(second1.calls.map((c) => fn(c.input))).toEqual(['b2']);
    expect(second.output).toEqual(['a', 'b2 after "b1"']);
    const after = second.events.slice(first.events.length).map((e) => e.type);
    expect(after).toEqual(['ExecutionRedriven', 'ParallelStateEntered', 'ParallelStateStarted', 'TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSucceeded', 'TaskStateExited', 'ParallelStateSucceeded', 'ParallelStateExited', 'ExecutionSucceeded']);
  });

  it('a Distributed Map redrives its Map Run under the same ARN, re-running only the children that failed', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'Fan',
      States: {
        Fan: {
          Type: 'Map',
          ItemsPath: '$.items',
          ToleratedFailureCount: 1,
          ItemProcessor: {
            ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
            StartAt: 'Work',
            States: { Work: { Type: 'Task', Resource: lambda, Parameters: { 'FunctionName': 'w', 'Payload.$': '$' }, OutputPath: '$.Payload', End: true } },
          },
          End: true,
        },
      },
    };
    const first1 = recorder((_s, input) => (item(input) % 2 === 1 ? { kind: 'failure', error: 'Item.Bad' } : { kind: 'success', output: { Payload: item(input) * 10 } }));
    const first = await startExecution(def, { items: [0, 1, 2, 3] }, { tasks: first1.handler });
    expect(first.status).toBe('FAILED');
    expect(first.error).toBe('States.ExceedToleratedFailureThreshold');
    const arn = first.mapRuns![0]!.mapRunArn;

    const fixed = recorder((_s, input) => ({ kind: 'success', output: { Payload: item(input) * 100 } }));
    const second = redriven(await redriveExecution(first, { tasks: fixed.handler }));
    expect(second.status).toBe('SUCCEEDED');
    expect(fixed.calls.map((c) => item(c.input))).toEqual([1, 3]);
    expect(second.output).toEqual([0, 100, 20, 300]);
    const redrivenRun = second.events.find((e) => e.type === 'MapRunRedriven');
    expect(redrivenRun?.mapRunRedrivenEventDetails).toEqual({ mapRunArn: arn, redriveCount: 1 });
    expect(second.events.slice(first.events.length).some((e) => e.type === 'MapRunStarted')).toBe(false);
    expect(second.mapRuns![0]).toMatchObject({ mapRunArn: arn, status: 'SUCCEEDED', executionCounts: { succeeded: 4, failed: 0 } });
  });

  it('a timed-out execution is redriven; TimeoutSeconds counts from the redrive', async () => {
    const def: StateMachineDefinition = {
      TimeoutSeconds: 60,
      StartAt: 'Slow',
      States: { Slow: { Type: 'Task', Resource: lambda, Parameters: { FunctionName: 'slow' }, End: true } },
    };
    const first = await startExecution(def, {}, { tasks: () => ({ kind: 'success', output: 1, durationMs: 120_000 }) });
    expect(first.status).toBe('TIMED_OUT');
    const second = redriven(await redriveExecution(first, { tasks: () => ({ kind: 'success', output: 2, durationMs: 1000 }) }));
    expect(second.status).toBe('SUCCEEDED');
    expect(second.output).toBe(2);
  });

  it('an aborted execution is redriven from the state it was in', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'First',
      States: { First: { Type: 'Pass', Next: 'Call' }, Call: { Type: 'Task', Resource: lambda, Parameters: { FunctionName: 'f' }, End: true } },
    };
    const controller = new AbortController();
    const first = await startExecution(def, {}, {
      signal: controller.signal,
      tasks: () => {
        controller.abort();
        return new Promise<TaskOutcome>(() => undefined);
      },
    });
    expect(first.status).toBe('ABORTED');
    const second = redriven(await redriveExecution(first, { tasks: () => ({ kind: 'success', output: 'done' }) }));
    expect(second.status).toBe('SUCCEEDED');
    expect(second.billing.transitionsByState).toEqual({ Call: 1 });
  });
});

describe('redrive refusals (RedriveExecution errors)', () => {
  const failing: TaskHandler = () => ({ kind: 'failure', error: 'X' });
  const one: StateMachineDefinition = { StartAt: 'T', States: { T: { Type: 'Task', Resource: lambda, Parameters: { FunctionName: 'f' }, End: true } } };

  it('Express executions are not redrivable', async () => {
    const r = await startExecution(one, {}, { type: 'EXPRESS', tasks: failing });
    expect(r.status).toBe('FAILED');
    expect(r.redrive).toBeUndefined();
    const out = await redriveExecution(r);
    expect(out).toMatchObject({ ok: false, error: 'ExecutionNotRedrivable' });
  });

  it('a succeeded execution is not redrivable', async () => {
    const r = await startExecution(one, {}, { tasks: () => ({ kind: 'success', output: 1 }) });
    expect(await redriveExecution(r)).toEqual({ ok: false, error: 'ExecutionNotRedrivable', message: 'Execution is SUCCEEDED and cannot be redriven.' });
  });

  it('past the 14-day window on the virtual clock the execution is not redrivable; just inside it is', async () => {
    const r = await startExecution(one, {}, { tasks: failing });
    const stop = Date.parse(r.stopDate!);
    expect(redriveStatusOf(r, stop + REDRIVE_WINDOW_MS)).toEqual({ redriveStatus: 'REDRIVABLE' });
    expect(await redriveExecution(r, { redriveTime: stop + REDRIVE_WINDOW_MS + 1 })).toEqual({ ok: false, error: 'ExecutionNotRedrivable', message: 'Execution redrivable period exceeded.' });
  });

  it('an execution started before RedriveExecution launched is not redrivable', async () => {
    const r = await startExecution(one, {}, { tasks: failing, startTime: '2023-11-01T00:00:00Z' });
    expect(await redriveExecution(r)).toMatchObject({ ok: false, error: 'ExecutionNotRedrivable', message: 'Execution was started before the launch of RedriveExecution.' });
  });

  it('an execution that reached the history quota is not redrivable', async () => {
    const loop: StateMachineDefinition = {
      StartAt: 'L',
      States: { L: { Type: 'Pass', Next: 'C' }, C: { Type: 'Choice', Choices: [{ Variable: '$.stop', IsPresent: true, Next: 'E' }], Default: 'L' }, E: { Type: 'Succeed' } },
    };
    const r = await startExecution(loop, {}, { maxTransitions: 30_000 });
    expect(r.status).toBe('FAILED');
    expect(await redriveExecution(r)).toMatchObject({ ok: false, error: 'ExecutionNotRedrivable', message: 'Execution history event limit exceeded.' });
  });

  it('past the one-year maximum execution time the execution is not redrivable', async () => {
    const def: StateMachineDefinition = { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 360 * 24 * 3600, Next: 'T' }, T: { Type: 'Task', Resource: lambda, Parameters: { FunctionName: 'f' }, End: true } } };
    const r = await startExecution(def, {}, { tasks: failing });
    expect(r.status).toBe('FAILED');
    const stop = Date.parse(r.stopDate!);
    expect(await redriveExecution(r, { redriveTime: stop + 10 * 24 * 3600 * 1000 })).toMatchObject({ ok: false, error: 'ExecutionNotRedrivable', message: 'Execution has exceeded the max execution time.' });
  });

  it('an execution AWS would never have started does not exist', async () => {
    const r = await startExecution({ StartAt: 'Nope', States: {} } as StateMachineDefinition, {});
    expect(r.error).toBe('States.InvalidDefinition');
    expect(await redriveExecution(r)).toMatchObject({ ok: false, error: 'ExecutionDoesNotExist' });
  });

  it('a redrive time before the stop, or a value that is not a result, is a ValidationException', async () => {
    const r = await startExecution(one, {}, { tasks: failing });
    expect(await redriveExecution(r, { redriveTime: '2020-01-01T00:00:00Z' })).toMatchObject({ ok: false, error: 'ValidationException' });
    expect(await redriveExecution(r, { redriveTime: 'not a date' })).toMatchObject({ ok: false, error: 'ValidationException' });
    expect(await redriveExecution({} as ExecutionResult, { redriveTime: 0 })).toMatchObject({ ok: false, error: 'ValidationException' });
  });
});

import { describe, expect, it } from 'vitest';
import { TaskError, type TaskInvocation } from '../types';
import { run, types, eventsOf, secondsAt } from '../test-support/run';

const one = (resource = 'arn:aws:states:::lambda:invoke', extra: object = {}) => ({
  StartAt: 'T',
  States: { T: { Type: 'Task', Resource: resource, End: true, ...extra } },
});

describe('Task state', () => {
  it('asks the handler and records the Task events', async () => {
    const seen: TaskInvocation[] = [];
    const r = await run(one('arn:aws:states:::lambda:invoke', { Parameters: { 'x.$': '$.a' } }), { a: 5 }, {
      tasks: (inv) => {
        seen.push(inv);
        return { kind: 'success', output: { doubled: (inv.input as { x: number }).x * 2 }, durationMs: 1500 };
      },
    });
    expect(r.output).toEqual({ doubled: 10 });
    expect(seen[0]).toMatchObject({ stateName: 'T', input: { x: 5 }, invocation: 0, retryCount: 0, executionType: 'STANDARD' });
    expect(types(r)).toEqual(['ExecutionStarted', 'TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSucceeded', 'TaskStateExited', 'ExecutionSucceeded']);
    expect(r.events[2]!.taskScheduledEventDetails).toMatchObject({ resourceType: 'lambda', resource: 'invoke', parameters: '{"x":5}' });
    expect(r.billing.durationMs).toBe(1500);
  });

  it('finds handlers by state name first, then by resource, then the fallback', async () => {
    const def = {
      StartAt: 'A',
      States: {
        A: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:r1', Next: 'B' },
        B: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:r2', Next: 'C' },
        C: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:r3', End: true },
      },
    };
    const r = await run(def, {}, {
      tasks: {
        states: { A: () => ({ kind: 'success', output: ['state'] }) },
        resources: { 'arn:aws:lambda:us-east-1:123456789012:function:r1': () => ({ kind: 'success', output: 'wrong' }), 'arn:aws:lambda:us-east-1:123456789012:function:r2': (i) => ({ kind: 'success', output: [...(i.input as string[]), 'resource'] }) },
        fallback: (i) => ({ kind: 'success', output: [...(i.input as string[]), 'fallback'] }),
      },
    });
    expect(r.output).toEqual(['state', 'resource', 'fallback']);
  });

  it('fails with a clear States.TaskFailed cause when no handler answers', async () => {
    const r = await run(one());
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.TaskFailed');
    expect(r.cause).toContain("Nothing answers the Task state 'T'");
    expect(r.cause).toMatch(/--simulate.*--world.*--mock-config/);
  });

  it('awaits asynchronous handlers', async () => {
    const r = await run(one(), {}, { tasks: async () => ({ kind: 'success', output: 'later' }) });
    expect(r.output).toBe('later');
  });

  it('retries with exponential back-off on the virtual clock, capped by MaxDelaySeconds', async () => {
    let calls = 0;
    const r = await run(
      one('arn:aws:states:::lambda:invoke', { Retry: [{ ErrorEquals: ['Boom'], IntervalSeconds: 2, BackoffRate: 3, MaxAttempts: 3, MaxDelaySeconds: 10 }] }),
      {},
      {
        tasks: (inv) => {
          calls++;
          expect(inv.retryCount).toBe(calls - 1);
          if (calls < 4) throw new TaskError('Boom', `attempt ${calls}`);
          return { kind: 'success', output: (inv.context.State as { RetryCount: number }).RetryCount };
        },
      },
    );
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toBe(3);
    // waits of 2 s, 6 s, then 18 s capped at 10 s
    expect(eventsOf(r, 'TaskScheduled').map((e) => secondsAt(r, e))).toEqual([0, 2, 8, 18]);
    expect(r.billing.stateTransitions).toBe(4);
    expect(r.billing.transitionsByState).toEqual({ T: 4 });
  });

  it('draws FULL jitter from the seed: same seed, same delays', async () => {
    const def = one('arn:aws:states:::lambda:invoke', { Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 100, MaxAttempts: 2, JitterStrategy: 'FULL' }] });
    const failing = () => ({ kind: 'failure' as const, error: 'X' });
    const a = await run(def, {}, { seed: 7, tasks: failing });
    const b = await run(def, {}, { seed: 7, tasks: failing });
    const c = await run(def, {}, { seed: 8, tasks: failing });
    expect(a.billing.durationMs).toBe(b.billing.durationMs);
    expect(a.billing.durationMs).toBeLessThan(300_000);
    expect(a.billing.durationMs).not.toBe(c.billing.durationMs);
  });

  it('catches into ResultPath and moves to the catcher Next', async () => {
    const def = {
      StartAt: 'T',
      States: {
        T: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:x', Catch: [{ ErrorEquals: ['States.TaskFailed'], ResultPath: '$.err', Next: 'Done' }], Next: 'Never' },
        Never: { Type: 'Fail' },
        Done: { Type: 'Pass', End: true },
      },
    };
    const r = await run(def, { keep: 1 }, { tasks: () => ({ kind: 'failure', error: 'Custom.Error', cause: 'bad' }) });
    expect(r.output).toEqual({ keep: 1, err: { Error: 'Custom.Error', Cause: 'bad' } });
    expect(types(r)).toContain('TaskStateExited');
  });

  it('times out after TimeoutSeconds when the task takes longer, and States.TaskFailed does not catch it', async () => {
    const def = {
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task',
          Resource: 'arn:aws:states:::glue:startJobRun.sync',
          TimeoutSeconds: 60,
          Catch: [{ ErrorEquals: ['States.TaskFailed'], Next: 'Wrong' }, { ErrorEquals: ['States.Timeout'], Next: 'TimedOut' }],
          End: true,
        },
        Wrong: { Type: 'Fail' },
        TimedOut: { Type: 'Pass', End: true },
      },
    };
    const r = await run(def, {}, { tasks: () => ({ kind: 'success', output: {}, durationMs: 20 * 60_000, submitted: { JobRunId: 'jr_1' } }) });
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual({ Error: 'States.Timeout' });
    expect(types(r).slice(1, 6)).toEqual(['TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSubmitted', 'TaskTimedOut']);
    expect(eventsOf(r, 'TaskSubmitted')[0]!.taskSubmittedEventDetails).toMatchObject({ output: '{"JobRunId":"jr_1"}' });
    expect(secondsAt(r, eventsOf(r, 'TaskTimedOut')[0]!)).toBe(60);
  });

  it('gives .waitForTaskToken a seeded token and fails with States.HeartbeatTimeout when heartbeats stop', async () => {
    const def = one('arn:aws:states:::sqs:sendMessage.waitForTaskToken', {
      HeartbeatSeconds: 10,
      TimeoutSeconds: 600,
      Parameters: { 'token.$': '$$.Task.Token' },
    });
    let token: string | undefined;
    const r = await run(def, {}, {
      seed: 3,
      tasks: (inv) => {
        token = inv.taskToken;
        expect((inv.input as { token: string }).token).toBe(inv.taskToken);
        return { kind: 'noResponse', heartbeatsAtMs: [5000, 12000] };
      },
    });
    expect(token).toMatch(/[0-9a-f-]{20,}/);
    expect(r.error).toBe('States.HeartbeatTimeout');
    expect(r.billing.durationMs).toBe(22_000);
    const again = await run(def, {}, { seed: 3, tasks: (inv) => ({ kind: 'success', output: inv.taskToken! }) });
    expect(again.output).toBe(token);
  });

  it('does not let States.ALL catch States.Runtime', async () => {
    const def = one('arn:aws:lambda:us-east-1:123456789012:function:x', { InputPath: '$.missing', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'X' }] });
    (def.States as Record<string, object>).X = { Type: 'Pass', End: true };
    const r = await run(def, {}, { tasks: () => ({ kind: 'success', output: 1 }) });
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.Runtime');
  });
});

describe('Task invocations and context', () => {
  it('numbers invocations per state across retries and exposes $$.State.RetryCount', async () => {
    const seen: [number, number][] = [];
    const def = one('arn:aws:lambda:us-east-1:123456789012:function:x', { Retry: [{ ErrorEquals: ['E'], MaxAttempts: 2, IntervalSeconds: 1 }] });
    const r = await run(def, {}, {
      tasks: (inv) => {
        seen.push([inv.invocation, (inv.context.State as { RetryCount: number }).RetryCount]);
        return { kind: 'failure', error: 'E', cause: 'no' };
      },
    });
    expect(seen).toEqual([[0, 0], [1, 1], [2, 2]]);
    expect(r).toMatchObject({ status: 'FAILED', error: 'E', cause: 'no' });
    expect(types(r).filter((t) => t === 'TaskFailed')).toHaveLength(3);
    expect(types(r)).not.toContain('TaskStateExited');
  });

  it('emits no TaskSubmitted for request-response resources', async () => {
    const r = await run(one(), {}, { tasks: () => ({ kind: 'success', output: 1, submitted: { ignored: true } }) });
    expect(types(r)).not.toContain('TaskSubmitted');
  });

  it('gives Express executions an express ARN in $$.Execution.Id', async () => {
    const def = { StartAt: 'P', States: { P: { Type: 'Pass', Parameters: { 'id.$': '$$.Execution.Id' }, End: true } } };
    const r = await run(def, {}, { type: 'EXPRESS', stateMachineName: 'M', name: 'n1' });
    expect((r.output as { id: string }).id).toMatch(/^arn:aws:states:us-east-1:\d{12}:express:M:n1:[0-9a-f-]{36}$/);
  });
});

describe('Task *Path timeouts', () => {
  it('reads TimeoutSecondsPath from the input and rejects a non-positive value', async () => {
    const def = one('arn:aws:lambda:us-east-1:123456789012:function:x', { TimeoutSecondsPath: '$.limit' });
    const slow = () => ({ kind: 'success' as const, output: 1, durationMs: 90_000 });
    expect((await run(def, { limit: 60 }, { tasks: slow })).error).toBe('States.Timeout');
    expect((await run(def, { limit: 120 }, { tasks: slow })).status).toBe('SUCCEEDED');
    const bad = await run(def, { limit: 0 }, { tasks: slow });
    expect(bad.error).toBe('States.Runtime');
    expect(bad.cause).toContain('TimeoutSecondsPath');
  });
});

describe('Task handlers that reuse objects', () => {
  it('records what each call returned even when the handler mutates one object', async () => {
    const def = {
      StartAt: 'A',
      States: {
        A: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:x', ResultPath: '$.a', Next: 'B' },
        B: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:x', ResultPath: '$.b', End: true },
      },
    };
    const shared = { n: 0 };
    const r = await run(def, {}, {
      tasks: () => {
        shared.n++;
        return { kind: 'success', output: shared };
      },
    });
    expect(eventsOf(r, 'TaskSucceeded').map((e) => (e.taskSucceededEventDetails as { output: string }).output)).toEqual(['{"n":1}', '{"n":2}']);
  });
});

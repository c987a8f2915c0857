import { describe, expect, it } from 'vitest';
import { fault, faultEffect, matchingFaults, parseFaults } from './faults';
import { runWithServices } from './run';
import { types } from './integrations/test-kit';

const convert = {
  StartAt: 'Convert',
  States: {
    Convert: {
      Type: 'Task',
      Resource: 'arn:aws:states:::glue:startJobRun.sync',
      Parameters: { JobName: 'convert' },
      Retry: [{ ErrorEquals: ['Glue.AWSGlueException'], IntervalSeconds: 10, MaxAttempts: 2, BackoffRate: 1 }],
      End: true,
    },
  },
};
const world = { glue: { jobs: { convert: { durationMs: 60_000 } } } };

describe('parseFaults', () => {
  it('accepts the declarative shape', () => {
    const parsed = parseFaults([{ state: 'Convert', invocations: '0-1', throw: { Error: 'Glue.AWSGlueException', Cause: 'busy' } }, { resource: 'arn:aws:states:::lambda:*', latencyMs: 500 }]);
    expect(parsed.ok).toBe(true);
  });

  it('reports problems with their path', () => {
    const parsed = parseFaults([{ state: 'A' }, { invocations: '1-x', throw: { Error: 'E' } }, { state: 'B', throw: { Error: 'E' }, return: 1 }, { state: 'C', bogus: true }]);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const byPath = parsed.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(byPath).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^1: A fault rule needs "state"/),
        expect.stringMatching(/^1\.invocations: "1-x" is not an invocation number or range/),
        expect.stringMatching(/^2\.throw: Give either "throw" or "return"/),
        expect.stringMatching(/^3: .*bogus/i),
      ]),
    );
  });
});

describe('matching and effects', () => {
  const rules = [
    fault.fail('Convert', '0-1', 'Glue.AWSGlueException', 'busy'),
    { resource: 'arn:aws:states:::glue:*', latencyMs: 100 },
    { state: 'Convert', invocations: [5], durationMs: 9 },
    { state: 'Convert', invocations: '3-', throw: { Error: 'States.Timeout' } },
  ];
  const at = (invocation: number) => faultEffect(matchingFaults(rules, { stateName: 'Convert', resource: 'arn:aws:states:::glue:startJobRun.sync', invocation }));

  it('selects rules by state, resource prefix and invocation number', () => {
    expect(at(0)).toMatchObject({ throw: { Error: 'Glue.AWSGlueException', Cause: 'busy' }, latencyMs: 100 });
    expect(at(2)).toEqual({ latencyMs: 100, noResponse: false });
    expect(at(5)).toMatchObject({ durationMs: 9, noResponse: true });
  });

  it('turns States.Timeout into no response, since only the clock can raise it', () => {
    expect(at(3).throw).toBeUndefined();
    expect(at(3).noResponse).toBe(true);
  });
});

describe('faults during a run', () => {
  it('"fail the Glue step twice": retries consume invocation numbers and the third attempt runs the job', async () => {
    const { result, world: after } = await runWithServices(convert as never, {}, { world, faults: [fault.fail('Convert', '0-1', 'Glue.AWSGlueException', 'Concurrent runs exceeded')] });
    expect(result.status).toBe('SUCCEEDED');
    expect(types(result.events).filter((t) => t === 'TaskFailed')).toHaveLength(2);
    expect(types(result.events).filter((t) => t === 'TaskSubmitted')).toHaveLength(1);
    expect(after.glue.runs).toHaveLength(1);
    expect(result.billing.durationMs).toBe(10_000 + 10_000 + 60_000);
  });

  it('three failures exhaust MaxAttempts 2 and the run fails with the injected error', async () => {
    const { result, world: after } = await runWithServices(convert as never, {}, { world, faults: [fault.fail('Convert', '*', 'Glue.AWSGlueException', 'down')] });
    expect(result.error).toBe('Glue.AWSGlueException');
    expect(result.cause).toBe('down');
    expect(after.glue.runs).toHaveLength(0);
  });

  it('job durations and latency move the virtual clock; a long job meets TimeoutSeconds', async () => {
    const timed = { ...convert, States: { Convert: { ...convert.States.Convert, TimeoutSeconds: 600 } } };
    const slow = await runWithServices(timed as never, {}, { world, faults: [fault.slow('Convert', 30 * 60_000)] });
    expect(slow.result.error).toBe('States.Timeout');
    expect(slow.result.billing.durationMs).toBe(600_000);
    const late = await runWithServices(convert as never, {}, { world, faults: [{ state: 'Convert', latencyMs: 2_000 }] });
    expect(late.result.billing.durationMs).toBe(62_000);
  });

  it('Lambda service errors are named as AWS names them and Retry can match them', async () => {
    const definition = {
      StartAt: 'Invoke',
      States: {
        Invoke: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Parameters: { FunctionName: 'f', Payload: {} },
          Retry: [{ ErrorEquals: ['Lambda.TooManyRequestsException', 'Lambda.ServiceException'], IntervalSeconds: 1, MaxAttempts: 3 }],
          End: true,
        },
      },
    };
    const faults = [fault.fail('Invoke', 0, 'Lambda.TooManyRequestsException', 'Rate exceeded'), fault.fail('Invoke', 1, 'Lambda.ServiceException', 'oops')];
    const { result } = await runWithServices(definition as never, {}, { world: { lambda: { functions: { f: { response: 'ok' } } } }, faults });
    expect(result.status).toBe('SUCCEEDED');
    expect((result.output as { Payload: string }).Payload).toBe('ok');
    const failed = result.events.filter((e) => e.type === 'TaskFailed').map((e) => (e.taskFailedEventDetails as { error: string }).error);
    expect(failed).toEqual(['Lambda.TooManyRequestsException', 'Lambda.ServiceException']);
  });

  it('a missed heartbeat from a callback rule raises States.HeartbeatTimeout', async () => {
    const definition = { StartAt: 'Wait', States: { Wait: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: { QueueUrl: 'q', MessageBody: 'x' }, HeartbeatSeconds: 60, End: true } } };
    const { result } = await runWithServices(definition as never, {}, { world: { sqs: { queues: { q: { messages: [] } } } }, faults: [{ state: 'Wait', throw: { Error: 'States.HeartbeatTimeout' } }] });
    expect(result.error).toBe('States.HeartbeatTimeout');
    expect(result.billing.durationMs).toBe(60_000);
  });
});

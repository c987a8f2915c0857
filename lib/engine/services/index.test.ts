import { describe, expect, it } from 'vitest';
import { createServiceHandlers, createWorld, runWithServices } from './index';
import { validateDefinition } from '../index';
import type { TaskHandler, TaskInvocation } from '../types';

const call = (handlers: unknown, invocation: Partial<TaskInvocation>) =>
  (handlers as TaskHandler)({ stateName: 'S', resource: 'arn:aws:states:::sns:publish', input: {}, invocation: 0, retryCount: 0, now: 0, executionType: 'STANDARD', context: {}, ...invocation });

describe('createServiceHandlers', () => {
  it('works on a copy: the caller\'s world is never changed', async () => {
    const original = createWorld({ sns: { topics: { ops: { messages: [] } } } });
    const services = createServiceHandlers({ world: original });
    const outcome = await call(services.handlers, { input: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:ops', Message: 'hi' } });
    expect(outcome.kind).toBe('success');
    expect(services.world.sns.topics.ops!.messages).toHaveLength(1);
    expect(original.sns.topics.ops!.messages).toHaveLength(0);
  });

  it('gives fault rules precedence over mocked responses, and mocks over the world', async () => {
    const mockConfig = { StateMachines: { M: { TestCases: { T: { S: 'R' } } } }, MockedResponses: { R: { '0-9': { Return: 'mocked' } } } };
    const services = createServiceHandlers({ mockConfig, testCase: 'T', faults: [{ state: 'S', invocations: 1, throw: { Error: 'SNS.InternalErrorException' } }] });
    expect(await call(services.handlers, { invocation: 0 })).toEqual({ kind: 'success', output: 'mocked' });
    expect(await call(services.handlers, { invocation: 1 })).toEqual({ kind: 'failure', error: 'SNS.InternalErrorException' });
  });

  it('explains a missing test case or an ambiguous state machine', () => {
    const mockConfig = { StateMachines: { A: { TestCases: {} }, B: { TestCases: {} } }, MockedResponses: {} };
    expect(() => createServiceHandlers({ mockConfig, testCase: 'T' })).toThrow(/describes 2 state machines \(A, B\); say which one/);
    expect(() => createServiceHandlers({ mockConfig, stateMachineName: 'A', testCase: 'T' })).toThrow(/no test case "T"/);
    expect(() => createServiceHandlers({ mockConfig })).toThrow(/needs a test case/);
  });

  it('fails a Task whose resource it cannot answer with States.Runtime', async () => {
    const def = { StartAt: 'X', States: { X: { Type: 'Task', Resource: 'arn:aws:states:::kinesis:putRecord', End: true } } } as never;
    // Validation refuses the machine before it runs (the catalog does not list kinesis)...
    const refused = (await runWithServices(def, {})).result;
    expect(refused.error).toBe('States.InvalidDefinition');
    expect(refused.cause).toMatch(/kinesis:putRecord/);
    // ...and a run that skips validation still gets a clear runtime error from the handlers.
    const { result } = await runWithServices(def, {}, {}, { validate: false });
    expect(result.error).toBe('States.Runtime');
    expect(result.cause).toMatch(/does not support the resource "arn:aws:states:::kinesis:putRecord"/);
  });
});

describe('the validator uses the one resource table', () => {
  it('refuses what AWS refuses, says why, and warns where the simulator only has a default response', () => {
    const task = (Resource: string) => validateDefinition({ StartAt: 'A', States: { A: { Type: 'Task', Resource, End: true } } } as never);
    const unknown = task('arn:aws:states:::kinesis:putRecord');
    expect(unknown).toMatchObject([{ severity: 'error', code: 'UNSUPPORTED_RESOURCE', path: ['States', 'A', 'Resource'] }]);
    expect(unknown[0]!.message).toMatch(/aws-sdk:<service>:<action>/);
    expect(task('arn:aws:states:::sns:publish.sync')[0]!.message).toMatch(/does not support \.sync/);
    expect(task('not-an-arn')[0]!.message).toMatch(/Supported resources: a Lambda function ARN/);
    expect(task('arn:aws:states:::glue:startJobRun.sync')).toEqual([]);
    expect(task('arn:aws:states:::sagemaker:createTrainingJob.sync')).toMatchObject([{ severity: 'warning', code: 'SIMULATED_DEFAULT_RESPONSE' }]);
    expect(task('arn:aws:states:::sagemaker:createTrainingJob.sync')[0]!.message).toMatch(/runs with a default response/);
  });
});

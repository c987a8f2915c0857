import { describe, expect, it } from 'vitest';
import awsDefinition from './fixtures/lambda-sqs-integration.definition.json';
import awsConfig from './fixtures/lambda-sqs-integration.mock-config.json';
import { parseMockConfig, responseFor, type MockConfig } from './mock-config';
import { runWithServices } from './run';
import { handlersForTestCase } from './index';
import { startExecution } from '../index';
import { types } from './integrations/test-kit';

function config(value: unknown): MockConfig {
  const parsed = parseMockConfig(value);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.config;
}

const awsMock = config(awsConfig);
const awsWorld = { sqs: { queues: { myQueue: { messages: [] } } } };

describe('parseMockConfig', () => {
  it('accepts AWS\'s documented example', () => {
    const parsed = parseMockConfig(JSON.stringify(awsConfig));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.warnings).toEqual([]);
  });

  it('reports each problem with its path', () => {
    const parsed = parseMockConfig({
      StateMachines: { M: { TestCases: { T: { A: 'Both', B: 'Missing', C: 7 } } } },
      MockedResponses: {
        Both: { '0': { Return: 1, Throw: { Error: 'E', Cause: 'c' } } },
        BadKey: { first: { Return: 1 } },
        NoCause: { '0': { Throw: { Error: 'E' } } },
      },
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const messages = parsed.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^MockedResponses\.Both\.0: A mocked response holds exactly one of "Return" or "Throw" \(found Return and Throw\)/),
        expect.stringMatching(/^MockedResponses\.NoCause\.0\.Throw\.Cause: Throw\.Cause must be a string/),
        expect.stringMatching(/^StateMachines\.M\.TestCases\.T\.C: A test case maps a state name/),
      ]),
    );
  });

  it('checks keys, overlaps and references once the shape is right', () => {
    const parsed = parseMockConfig({
      StateMachines: { M: { TestCases: { T: { A: 'Overlap', B: 'Missing' } } } },
      MockedResponses: { Overlap: { '0-2': { Return: 1 }, '2': { Return: 2 } }, BadKey: { '3-1': { Return: 1 } }, Empty: {} },
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const messages = parsed.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        // JavaScript lists integer-like keys first, so "2" is read before "0-2".
        'MockedResponses.Overlap.0-2: Invocation keys "2" and "0-2" overlap: each invocation number needs exactly one response',
        expect.stringMatching(/^MockedResponses\.BadKey\.3-1: "3-1" is an empty range/),
        expect.stringMatching(/^StateMachines\.M\.TestCases\.T\.B: Test case "T" maps state "B" to "Missing", which MockedResponses does not define/),
        'MockedResponses.Empty: A mocked response needs at least one invocation key such as "0"',
      ]),
    );
    expect(messages.filter((m) => m.startsWith('MockedResponses.BadKey:'))).toEqual([]);
  });

  it('warns about gaps between keys', () => {
    const parsed = parseMockConfig({ StateMachines: {}, MockedResponses: { Gappy: { '0': { Return: 1 }, '3': { Return: 2 } } } });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.warnings).toEqual([{ path: ['MockedResponses', 'Gappy'], severity: 'warning', message: expect.stringMatching(/^Invocations 1-2 have no response/) }]);
  });

  it('finds the response for an invocation number inside a range', () => {
    expect(responseFor(awsMock, 'MockedLambdaRetry', 2)).toEqual({ Throw: { Error: 'Lambda.TimeoutException', Cause: 'Lambda timed out.' } });
    expect(responseFor(awsMock, 'MockedLambdaRetry', 4)).toBeUndefined();
  });
});

describe('AWS\'s documented LambdaSQSIntegration example', () => {
  const run = (testCase: string) =>
    runWithServices(awsDefinition as never, {}, { mockConfig: awsMock, testCase, world: awsWorld }, { stateMachineName: 'LambdaSQSIntegration' });

  it('HappyPath: both states return their mocks', async () => {
    const { result, world } = await run('HappyPath');
    expect(result.status).toBe('SUCCEEDED');
    expect(result.output).toEqual({ MD5OfMessageBody: '3bcb6e8e-7h85-4375-b0bc-1a59812c6e51', MessageId: '3bcb6e8e-8b51-4375-b0bc-1a59812c6e51' });
    expect(world.sqs.queues.myQueue!.messages).toEqual([]);
  });

  it('RetryPath: invocation 0 and 1-2 throw, the third retry (invocation 3) returns, then SQSState runs', async () => {
    const { result } = await run('RetryPath');
    expect(result.status).toBe('SUCCEEDED');
    const failures = result.events.filter((e) => e.type === 'TaskFailed').map((e) => (e.taskFailedEventDetails as { error: string }).error);
    expect(failures).toEqual(['Lambda.ResourceNotReadyException', 'Lambda.TimeoutException', 'Lambda.TimeoutException']);
    const sqsEntered = result.events.find((e) => e.type === 'TaskStateEntered' && (e.stateEnteredEventDetails as { name: string }).name === 'SQSState')!;
    // The Lambda mock's Return is passed on as SQSState's input, as AWS's history shows.
    expect(JSON.parse((sqsEntered.stateEnteredEventDetails as { input: string }).input)).toEqual({ StatusCode: 200, Payload: { StatusCode: 200, body: 'Hello from Lambda!' } });
    expect(result.output).toEqual({ MD5OfMessageBody: '3bcb6e8e-7h85-4375-b0bc-1a59812c6e51', MessageId: '3bcb6e8e-8b51-4375-b0bc-1a59812c6e51' });
    // Retries wait 2 s, 4 s and 8 s (IntervalSeconds 2, BackoffRate 2) on the virtual clock.
    expect(result.billing.durationMs).toBe(14_000);
  });

  it('HybridPath: the unmocked SQSState calls the (simulated) service', async () => {
    const { result, world } = await run('HybridPath');
    expect(result.status).toBe('SUCCEEDED');
    expect(world.sqs.queues.myQueue!.messages.map((m) => JSON.parse(m.Body))).toEqual([{ StatusCode: 200, Payload: { StatusCode: 200, body: 'Hello from Lambda!' } }]);
  });
});

describe('a mock config with gaps', () => {
  const definition = {
    StartAt: 'Flaky',
    States: {
      Flaky: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { FunctionName: 'f' },
        Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 1, MaxAttempts: 3 }],
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Recovered' }],
        End: true,
      },
      Recovered: { Type: 'Pass', End: true },
    },
  };
  const gappy = config({
    StateMachines: { Flaky: { TestCases: { Gap: { Flaky: 'FailsThenGap' }, Covered: { Flaky: 'FailsTwice' } } } },
    MockedResponses: {
      FailsThenGap: { '0': { Throw: { Error: 'Lambda.ServiceException', Cause: 'x' } }, '2': { Return: { Payload: 'late' } } },
      FailsTwice: { '0-1': { Throw: { Error: 'Lambda.ServiceException', Cause: 'x' } }, '2': { Return: { Payload: 'ok' } } },
    },
  });

  it('fails the execution at the first uncovered invocation and reports it, even under a States.ALL Catch', async () => {
    const { result, uncoveredInvocations } = await runWithServices(definition as never, {}, { mockConfig: gappy, testCase: 'Gap' });
    expect(result.status).toBe('FAILED');
    expect(result.error).toBe('States.Runtime');
    expect(result.cause).toMatch(/No mocked response for invocation 1 of state "Flaky" \(mock "FailsThenGap", test case "Gap"\)/);
    expect(uncoveredInvocations).toMatchObject([{ stateName: 'Flaky', invocation: 1, mockName: 'FailsThenGap', testCase: 'Gap' }]);
    expect(types(result.events)).not.toContain('PassStateEntered');
  });

  it('retries consume invocation numbers: two throws then the Return at "2"', async () => {
    const { result, uncoveredInvocations } = await runWithServices(definition as never, {}, { mockConfig: gappy, testCase: 'Covered' });
    expect(result.status).toBe('SUCCEEDED');
    expect(result.output).toEqual({ Payload: 'ok' });
    expect(uncoveredInvocations).toEqual([]);
  });

  it('handlersForTestCase builds the same handlers for startExecution', async () => {
    const services = handlersForTestCase(gappy, 'Flaky', 'Covered');
    const result = await startExecution(definition as never, {}, { tasks: services.handlers });
    expect(result.status).toBe('SUCCEEDED');
    expect(() => handlersForTestCase(gappy, 'Flaky', 'Nope')).toThrow(/no test case "Nope" \(it has: Gap, Covered\)/);
  });
});

import { describe, expect, it } from 'vitest';
import { runTask, types } from './test-kit';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:double';
const double = { lambda: { functions: { double: { source: 'export const handler = async (event) => ({ value: event.n * 2 });', durationMs: 250 } } } };

describe('Lambda function ARN', () => {
  it('runs the JavaScript handler and returns its value as the result', async () => {
    const { result, world } = await runTask(FN, undefined, double, { input: { n: 21 } });
    expect(result.status).toBe('SUCCEEDED');
    expect(result.output).toEqual({ value: 42 });
    expect(result.billing.durationMs).toBe(250);
    expect(world.lambda.invocations).toMatchObject([{ functionName: 'double', payload: { n: 21 }, outcome: 'success', stateName: 'Call' }]);
  });

  it('fails with the errorType and Lambda\'s error payload as the cause', async () => {
    const source = 'class ValidationError extends Error { constructor(m) { super(m); this.name = "ValidationError"; } }\nfunction handler(e) { throw new ValidationError("amount must be positive"); }';
    const { result } = await runTask(FN, undefined, { lambda: { functions: { double: { source } } } });
    expect(result.status).toBe('FAILED');
    expect(result.error).toBe('ValidationError');
    expect(JSON.parse(result.cause!)).toMatchObject({ errorType: 'ValidationError', errorMessage: 'amount must be positive' });
  });

  it('uses fixed responses and fixed errors', async () => {
    expect((await runTask(FN, undefined, { lambda: { functions: { double: { response: [1, 2] } } } })).result.output).toEqual([1, 2]);
    const failing = await runTask(FN, undefined, { lambda: { functions: { double: { error: { errorType: 'Lambda.Unknown', errorMessage: 'out of memory' } } } } });
    expect(failing.result.error).toBe('Lambda.Unknown');
  });

  it('reports a function missing from the world as Lambda.ResourceNotFoundException', async () => {
    const { result } = await runTask(FN, undefined, {});
    expect(result.error).toBe('Lambda.ResourceNotFoundException');
    expect(result.cause).toMatch(/Function not found: arn:aws:lambda:us-east-1:123456789012:function:double \(Service: AWSLambda; Status Code: 404/);
  });

  it('explains a source that defines no handler', async () => {
    const { result } = await runTask(FN, undefined, { lambda: { functions: { double: { source: 'const x = 1;' } } } });
    expect(result.error).toBe('Lambda.Unknown');
    expect(result.cause).toMatch(/defines no handler/);
  });
});

describe('arn:aws:states:::lambda:invoke', () => {
  it('wraps the payload in the Invoke response envelope', async () => {
    const { result } = await runTask('arn:aws:states:::lambda:invoke', { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:double', 'Payload.$': '$' }, double, { input: { n: 2 } });
    const out = result.output as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['ExecutedVersion', 'Payload', 'SdkHttpMetadata', 'SdkResponseMetadata', 'StatusCode']);
    expect(out).toMatchObject({ ExecutedVersion: '$LATEST', Payload: { value: 4 }, StatusCode: 200, SdkHttpMetadata: { HttpStatusCode: 200 } });
    expect((out.SdkResponseMetadata as { RequestId: string }).RequestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an Event invocation with 202 without waiting for the function', async () => {
    const { result, world } = await runTask('arn:aws:states:::lambda:invoke', { FunctionName: 'double', InvocationType: 'Event', Payload: { n: 1 } }, double);
    expect(result.output).toMatchObject({ StatusCode: 202, Payload: '' });
    expect(result.billing.durationMs).toBe(0);
    expect(world.lambda.invocations).toHaveLength(1);
  });

  it('passes the task token and lets the handler call back (.waitForTaskToken)', async () => {
    const source = 'function handler(event, context) { context.sendTaskSuccess({ approved: true, token: event.token.length > 0 }); return "queued"; }';
    const { result } = await runTask(
      'arn:aws:states:::lambda:invoke.waitForTaskToken',
      { FunctionName: 'approve', Payload: { 'token.$': '$$.Task.Token' } },
      { lambda: { functions: { approve: { source } } } },
    );
    expect(result.status).toBe('SUCCEEDED');
    expect(result.output).toEqual({ approved: true, token: true });
  });

  it('waits until TimeoutSeconds when nobody calls back', async () => {
    const { result } = await runTask('arn:aws:states:::lambda:invoke.waitForTaskToken', { FunctionName: 'double', Payload: { n: 1 } }, double, { extra: { TimeoutSeconds: 300 } });
    expect(result.status).toBe('FAILED');
    expect(result.error).toBe('States.Timeout');
    expect(types(result.events)).toContain('TaskTimedOut');
    expect(result.billing.durationMs).toBe(300_000);
  });

  it('fails with the function error type, as lambda:invoke reports it', async () => {
    const { result } = await runTask('arn:aws:states:::lambda:invoke', { FunctionName: 'boom' }, { lambda: { functions: { boom: { source: 'function handler() { throw new TypeError("bad input"); }' } } } });
    expect(result.error).toBe('TypeError');
    expect(JSON.parse(result.cause!).errorMessage).toBe('bad input');
  });
});

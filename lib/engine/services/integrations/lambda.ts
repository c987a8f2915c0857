// AWS Lambda: the bare function ARN (the result is the function's return value) and the optimized
// arn:aws:states:::lambda:invoke (the result is Lambda's Invoke response: ExecutedVersion, Payload,
// SdkHttpMetadata, SdkResponseMetadata, StatusCode). A function error fails the Task with the function's
// errorType as the error and Lambda's error payload as the cause, as Step Functions reports it. Handler
// source runs in a QuickJS sandbox (../lambda-sandbox) with time and memory limits.

import type { JsonObject, JsonValue, TaskOutcome } from '../../types';
import { DEFAULT_LAMBDA_TIMEOUT_SECONDS, runInSandbox } from '../lambda-sandbox';
import { nextUuid } from '../ids';
import type { LambdaFunction, World } from '../world';
import { IntegrationError, serviceError, type Integration, type ServiceCall } from './common';
import { own } from '../../own';

const DEFAULT_LAMBDA_MS = 100;

function functionArn(world: World, name: string): string {
  return `arn:aws:lambda:${world.region}:${world.accountId}:function:${name}`;
}

/** FunctionName may be a name, a partial ARN (123456789012:function:name) or a full ARN, with an optional qualifier. */
export function functionNameOf(identifier: string): { name: string; qualifier?: string } {
  const full = /^arn:[^:]+:lambda:[^:]*:[^:]*:function:([^:]+)(?::(.+))?$/.exec(identifier);
  const partial = /^\d{12}:function:([^:]+)(?::(.+))?$/.exec(identifier);
  const plain = /^([^:]+)(?::(.+))?$/.exec(identifier);
  const m = full ?? partial ?? plain;
  if (!m) return { name: identifier };
  return m[2] ? { name: m[1]!, qualifier: m[2] } : { name: m[1]! };
}

interface FunctionResult {
  ok: boolean;
  payload: JsonValue;
  errorType?: string;
  durationMs: number;
}

async function runFunction(call: ServiceCall, name: string, fn: LambdaFunction, event: JsonValue): Promise<FunctionResult> {
  const { world, invocation } = call;
  const durationMs = call.durationMs ?? fn.durationMs ?? DEFAULT_LAMBDA_MS;
  const record = (outcome: 'success' | 'error') =>
    world.lambda.invocations.push({ functionName: name, payload: event, at: invocation.now, stateName: invocation.stateName, outcome });
  const fail = (errorType: string, errorMessage: string): FunctionResult => {
    record('error');
    return { ok: false, errorType, payload: { errorType, errorMessage, trace: [`${errorType}: ${errorMessage}`] }, durationMs };
  };
  if (fn.source === undefined) {
    if (fn.error) return fail(fn.error.errorType, fn.error.errorMessage ?? '');
    record('success');
    return { ok: true, payload: fn.response ?? null, durationMs };
  }
  const requestId = nextUuid(world, 'lambda-request');
  const timeoutSeconds = fn.timeoutSeconds ?? DEFAULT_LAMBDA_TIMEOUT_SECONDS;
  const sink = call.callback;
  // The handler runs in QuickJS (../lambda-sandbox), never in this realm, with time and memory limits.
  // Extra context methods stand in for the SDK calls a real function would make on the task token.
  const outcome = await runInSandbox({
    source: fn.source,
    event,
    context: {
      functionName: name,
      functionVersion: '$LATEST',
      invokedFunctionArn: functionArn(world, name),
      memoryLimitInMB: '128',
      awsRequestId: requestId,
      now: invocation.now,
    },
    remainingMs: Math.max(0, timeoutSeconds * 1000 - durationMs),
    now: invocation.now,
    seed: world.sequence,
    onTaskSuccess: (output) => {
      sink.result = { kind: 'success', output };
    },
    onTaskFailure: (error, cause) => {
      sink.result = cause === undefined ? { kind: 'failure', error } : { kind: 'failure', error, cause };
    },
    onTaskHeartbeat: (atMs) => {
      sink.heartbeatsAtMs.push(atMs);
    },
  });
  switch (outcome.kind) {
    case 'returned':
      record('success');
      return { ok: true, payload: outcome.value, durationMs };
    case 'threw':
      return fail(outcome.errorType, outcome.errorMessage);
    case 'invalid':
      throw new IntegrationError('Lambda.Unknown', outcome.message);
    // Step Functions reports a function that timed out or ran out of memory as Lambda.Unknown ("Handle
    // Lambda service exceptions", Step Functions best practices), with Lambda's error payload as the cause.
    case 'timeout':
      record('error');
      return {
        ok: false,
        errorType: 'Lambda.Unknown',
        payload: { errorType: 'Sandbox.Timedout', errorMessage: `RequestId: ${requestId} Error: Task timed out after ${timeoutSeconds.toFixed(2)} seconds` },
        durationMs: timeoutSeconds * 1000,
      };
    case 'memory':
      record('error');
      return {
        ok: false,
        errorType: 'Lambda.Unknown',
        payload: { errorType: 'Runtime.OutOfMemory', errorMessage: `RequestId: ${requestId} Error: Runtime exited with error: the sandbox's memory limit of ${outcome.limitBytes / 1024 / 1024} MiB was reached` },
        durationMs,
      };
  }
}

function lookup(call: ServiceCall, name: string): LambdaFunction {
  const fn = own(call.world.lambda.functions, name);
  if (!fn) {
    throw serviceError(call.world, 'Lambda', 'AWSLambda', 'ResourceNotFoundException', `Function not found: ${functionArn(call.world, name)}`, 404);
  }
  return fn;
}

/** arn:aws:lambda:<region>:<account>:function:<name>: the output is the function's return value. */
export const invokeFunctionArn: Integration = async (call) => {
  if (call.resource.kind !== 'lambda-function') throw new Error('invokeFunctionArn needs a Lambda function ARN');
  const name = call.resource.functionName;
  const result = await runFunction(call, name, lookup(call, name), call.invocation.input);
  if (!result.ok) return { kind: 'failure', error: result.errorType!, cause: JSON.stringify(result.payload), durationMs: result.durationMs };
  return { kind: 'success', output: result.payload, durationMs: result.durationMs };
};

/** arn:aws:states:::lambda:invoke (and .waitForTaskToken). */
export const lambdaInvoke: Integration = async (call) => {
  const identifier = call.params.FunctionName;
  if (typeof identifier !== 'string' || identifier === '') {
    throw serviceError(call.world, 'Lambda', 'AWSLambda', 'InvalidParameterValueException', 'FunctionName is required: give the function name or ARN in Parameters/Arguments');
  }
  const { name, qualifier } = functionNameOf(identifier);
  const fn = lookup(call, name);
  const invocationType = call.params.InvocationType ?? 'RequestResponse';
  const payload = call.params.Payload === undefined ? {} : call.params.Payload;
  if (invocationType === 'DryRun') {
    return { kind: 'success', output: envelope(call.world, 204, '', qualifier) };
  }
  const result = await runFunction(call, name, fn, payload);
  if (invocationType === 'Event') {
    // Asynchronous invocation: Lambda accepts the event and the Task does not wait for the function.
    return { kind: 'success', output: envelope(call.world, 202, '', qualifier) };
  }
  if (!result.ok) return { kind: 'failure', error: result.errorType!, cause: JSON.stringify(result.payload), durationMs: result.durationMs };
  const outcome: TaskOutcome = { kind: 'success', output: envelope(call.world, 200, result.payload, qualifier), durationMs: result.durationMs };
  return outcome;
};

function envelope(world: World, statusCode: number, payload: JsonValue, qualifier?: string): JsonObject {
  const requestId = nextUuid(world, 'request');
  const version = qualifier && /^\d+$/.test(qualifier) ? qualifier : '$LATEST';
  const length = String(JSON.stringify(payload).length);
  return {
    ExecutedVersion: version,
    Payload: payload,
    SdkHttpMetadata: {
      AllHttpHeaders: {
        'X-Amz-Executed-Version': [version],
        'x-amzn-Remapped-Content-Length': ['0'],
        Connection: ['keep-alive'],
        'x-amzn-RequestId': [requestId],
        'Content-Length': [length],
        'Content-Type': ['application/json'],
      },
      HttpHeaders: {
        Connection: 'keep-alive',
        'Content-Length': length,
        'Content-Type': 'application/json',
        'X-Amz-Executed-Version': version,
        'x-amzn-Remapped-Content-Length': '0',
        'x-amzn-RequestId': requestId,
      },
      HttpStatusCode: statusCode,
    },
    SdkResponseMetadata: { RequestId: requestId },
    StatusCode: statusCode,
  };
}

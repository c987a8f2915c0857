// What every integration shares: the call it receives, how it fails with an AWS-named error, and the SDK
// metadata envelope that optimized integrations add to their responses.

import type { JsonObject, JsonValue, TaskInvocation, TaskOutcome } from '../../types';
import type { ParsedResource } from '../../resources';
import { nextUuid } from '../ids';
import type { World } from '../world';

/** A handle the integration can use to call back on a `.waitForTaskToken` task (Lambda handlers use it). */
export interface CallbackSink {
  result?: { kind: 'success'; output: JsonValue } | { kind: 'failure'; error: string; cause?: string };
  heartbeatsAtMs: number[];
}

export interface ServiceCall {
  invocation: TaskInvocation;
  resource: ParsedResource;
  /** The effective request as an object (a non-object input becomes {}; integrations say what they need). */
  params: JsonObject;
  world: World;
  /** Job duration forced by a fault rule (Glue/ECS/Batch/... runs, Lambda run time). */
  durationMs?: number;
  /** Forced job failure from a fault rule: the job starts, then ends FAILED with this message. */
  jobFailure?: string;
  callback: CallbackSink;
  /** Nesting depth of Step Functions executions started by the simulator. */
  depth: number;
  /** Builds handlers for a nested execution over the same world. */
  nestedHandlers: () => import('../../types').TaskHandlers;
}

export type Integration = (call: ServiceCall) => TaskOutcome | Promise<TaskOutcome>;

/** Thrown inside an integration to fail the Task; the dispatcher turns it into a failure outcome. */
export class IntegrationError extends Error {
  constructor(
    public readonly error: string,
    public readonly causeText: string,
  ) {
    super(`${error}: ${causeText}`);
    this.name = 'IntegrationError';
  }
}

/**
 * An AWS service error as Step Functions reports it for optimized integrations: the error is
 * `<Prefix>.<Code>`, the cause is the SDK's message with the service and request id appended.
 */
export function serviceError(world: World, prefix: string, serviceName: string, code: string, message: string, status = 400): IntegrationError {
  const requestId = nextUuid(world, 'request');
  return new IntegrationError(
    `${prefix}.${code}`,
    `${message} (Service: ${serviceName}; Status Code: ${status}; Error Code: ${code}; Request ID: ${requestId}; Proxy: null)`,
  );
}

/** The envelope optimized (non aws-sdk) integrations add to a response. */
export function sdkMetadata(world: World, contentLength = 0): JsonObject {
  const requestId = nextUuid(world, 'request');
  return {
    SdkHttpMetadata: {
      AllHttpHeaders: {
        'x-amzn-RequestId': [requestId],
        'Content-Length': [String(contentLength)],
        'Content-Type': ['application/x-amz-json-1.1'],
      },
      HttpHeaders: {
        'Content-Length': String(contentLength),
        'Content-Type': 'application/x-amz-json-1.1',
        'x-amzn-RequestId': requestId,
      },
      HttpStatusCode: 200,
    },
    SdkResponseMetadata: { RequestId: requestId },
  };
}

export function withMetadata(world: World, body: JsonObject): JsonObject {
  return { ...body, ...sdkMetadata(world, JSON.stringify(body).length) };
}

/** Reads a required string parameter or fails the way a service rejects a request without it. */
export function requireString(call: ServiceCall, name: string, errorPrefix: string, serviceName: string): string {
  const value = call.params[name];
  if (typeof value !== 'string' || value === '') {
    throw serviceError(
      call.world,
      errorPrefix,
      serviceName,
      'ValidationException',
      `The parameter ${name} is required${value === undefined ? '' : ' and must be a non-empty string'} (got ${value === undefined ? 'nothing' : JSON.stringify(value)})`,
    );
  }
  return value;
}

/** Message bodies: Step Functions serializes a JSON value that is not a string. */
export function asText(value: JsonValue | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The last segment of an ARN or URL-ish identifier (topic ARN, queue URL, job ARN). */
export function lastSegment(identifier: string, separator: RegExp = /[:/]/): string {
  const parts = identifier.split(separator);
  return parts[parts.length - 1] ?? identifier;
}

export function jobDuration(call: ServiceCall, specDuration: number | undefined, fallbackMs = 60_000): number {
  return call.durationMs ?? specDuration ?? fallbackMs;
}

export const DEFAULT_JOB_MS = 60_000;

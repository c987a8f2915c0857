// Fault injection: declarative rules, per state or resource and per invocation number, that make a
// service fail the way AWS reports it, run slower, or never call back. Scenarios and the sandbox write
// them as JSON, e.g. "fail the Glue step twice":
//   { "state": "Convert", "invocations": "0-1", "throw": { "Error": "Glue.AWSGlueException", "Cause": "..." } }
// States.Timeout and States.HeartbeatTimeout cannot be thrown by a service: a rule that names them becomes
// "no response", so the Task's own TimeoutSeconds / HeartbeatSeconds fire on the virtual clock.

import { z } from 'zod';
import type { JsonValue, TaskInvocation } from '../types';
import { inRange, parseInvocationRange, type InvocationRange } from './invocation-range';
import { STATES_ERRORS, errorNameSet } from '../asl/errors';

const invocationSpec = z.union([z.string(), z.number().int().nonnegative(), z.array(z.number().int().nonnegative())]);

const faultRuleSchema = z
  .object({
    state: z.string().min(1).optional(),
    resource: z.string().min(1).optional(),
    invocations: invocationSpec.optional(),
    throw: z.object({ Error: z.string().min(1), Cause: z.string().optional() }).strict().optional(),
    return: z.unknown().optional(),
    latencyMs: z.number().nonnegative().optional(),
    durationMs: z.number().nonnegative().optional(),
    jobFailure: z.string().optional(),
    noResponse: z.boolean().optional(),
    heartbeatsAtMs: z.array(z.number().nonnegative()).optional(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (rule.state === undefined && rule.resource === undefined) {
      ctx.addIssue({ code: 'custom', message: 'A fault rule needs "state" (a Task state name) or "resource" (an ARN, or a prefix ending in *)', path: [] });
    }
    if (rule.throw && rule.return !== undefined) ctx.addIssue({ code: 'custom', message: 'Give either "throw" or "return", not both', path: ['throw'] });
    if (typeof rule.invocations === 'string') {
      const parsed = parseInvocationRange(rule.invocations, true);
      if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed, path: ['invocations'] });
    }
  });

export type FaultRule = {
  /** Task state name the rule applies to. */
  state?: string;
  /** Resource ARN it applies to; a trailing * matches a prefix (e.g. "arn:aws:states:::glue:*"). */
  resource?: string;
  /** Which invocations (0-based, retries count): 2, [0, 1], "0-1", "2-", "*". Default: all. */
  invocations?: string | number | number[];
  /** Fail the call with this error, named as AWS names it (Lambda.ServiceException, Glue.AWSGlueException, ...). */
  throw?: { Error: string; Cause?: string };
  /** Answer with this result instead of calling the service. */
  return?: JsonValue;
  /** Extra time before the answer, on the virtual clock. */
  latencyMs?: number;
  /** How long the job (Glue, ECS, Batch, ..., Lambda) runs. */
  durationMs?: number;
  /** The job starts but ends FAILED with this message (a `.sync` Task then fails with States.TaskFailed). */
  jobFailure?: string;
  /** Nobody ever answers: only TimeoutSeconds / HeartbeatSeconds end the Task. */
  noResponse?: boolean;
  /** When SendTaskHeartbeat arrives, ms after the start (with noResponse or a callback task). */
  heartbeatsAtMs?: number[];
};

export interface FaultIssue {
  path: (string | number)[];
  message: string;
}

export function parseFaults(value: unknown): { ok: true; faults: FaultRule[] } | { ok: false; issues: FaultIssue[] } {
  const result = z.array(faultRuleSchema).safeParse(value);
  if (result.success) return { ok: true, faults: result.data as FaultRule[] };
  return { ok: false, issues: result.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message })) };
}

function invocationMatches(spec: FaultRule['invocations'], invocation: number): boolean {
  if (spec === undefined) return true;
  if (typeof spec === 'number') return spec === invocation;
  if (Array.isArray(spec)) return spec.includes(invocation);
  const range = parseInvocationRange(spec, true);
  return typeof range !== 'string' && inRange(range as InvocationRange, invocation);
}

function resourceMatches(pattern: string | undefined, resource: string): boolean {
  if (pattern === undefined) return true;
  return pattern.endsWith('*') ? resource.startsWith(pattern.slice(0, -1)) : pattern === resource;
}

export function matchingFaults(faults: FaultRule[], invocation: Pick<TaskInvocation, 'stateName' | 'resource' | 'invocation'>): FaultRule[] {
  return faults.filter(
    (f) => (f.state === undefined || f.state === invocation.stateName) && resourceMatches(f.resource, invocation.resource) && invocationMatches(f.invocations, invocation.invocation),
  );
}

/** What the matching rules do to one call, merged (the first rule that sets a field wins). */
export interface FaultEffect {
  throw?: { Error: string; Cause?: string };
  return?: JsonValue;
  latencyMs: number;
  durationMs?: number;
  jobFailure?: string;
  noResponse: boolean;
  heartbeatsAtMs?: number[];
}

const CLOCK_ERRORS = errorNameSet(STATES_ERRORS.Timeout, STATES_ERRORS.HeartbeatTimeout);

export function faultEffect(rules: FaultRule[]): FaultEffect {
  const effect: FaultEffect = { latencyMs: 0, noResponse: false };
  for (const rule of rules) {
    if (rule.throw && effect.throw === undefined && !effect.noResponse && effect.return === undefined) {
      if (CLOCK_ERRORS.has(rule.throw.Error)) effect.noResponse = true;
      else effect.throw = rule.throw;
    }
    if (rule.return !== undefined && effect.return === undefined && effect.throw === undefined) effect.return = rule.return;
    if (rule.noResponse) effect.noResponse = true;
    effect.latencyMs += rule.latencyMs ?? 0;
    if (rule.durationMs !== undefined && effect.durationMs === undefined) effect.durationMs = rule.durationMs;
    if (rule.jobFailure !== undefined && effect.jobFailure === undefined) effect.jobFailure = rule.jobFailure;
    if (rule.heartbeatsAtMs !== undefined && effect.heartbeatsAtMs === undefined) effect.heartbeatsAtMs = rule.heartbeatsAtMs;
  }
  return effect;
}

/** Convenience builders for the common cases, so lessons read like the sentence they stand for. */
export const fault = {
  fail: (state: string, invocations: FaultRule['invocations'], error: string, cause?: string): FaultRule =>
    ({ state, invocations, throw: cause === undefined ? { Error: error } : { Error: error, Cause: cause } }) as FaultRule,
  timeout: (state: string, invocations?: FaultRule['invocations']): FaultRule =>
    (invocations === undefined ? { state, noResponse: true } : { state, invocations, noResponse: true }),
  slow: (state: string, durationMs: number, invocations?: FaultRule['invocations']): FaultRule =>
    (invocations === undefined ? { state, durationMs } : { state, invocations, durationMs }),
};

/**
 * Error names a fault can use, as AWS reports them (for the sandbox's picker; any string is accepted).
 * States.Timeout and States.HeartbeatTimeout become "no response" (see above).
 */
export const AWS_ERROR_NAMES = [
  STATES_ERRORS.TaskFailed,
  STATES_ERRORS.Timeout,
  STATES_ERRORS.HeartbeatTimeout,
  STATES_ERRORS.Permissions,
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
  'Lambda.Unknown',
  'Lambda.ResourceNotReadyException',
  'Glue.AWSGlueException',
  'Glue.ConcurrentRunsExceededException',
  'DynamoDB.ConditionalCheckFailedException',
  'DynamoDB.ProvisionedThroughputExceededException',
  'DynamoDB.AmazonDynamoDBException',
  'SNS.AuthorizationErrorException',
  'SNS.InternalErrorException',
  'SQS.AmazonSQSException',
  'ECS.AmazonECSException',
  'Batch.AWSBatchException',
  'Athena.AmazonAthenaException',
  'StepFunctions.ExecutionLimitExceededException',
  'RedshiftData.InternalServerException',
  'RdsData.StatementTimeoutException',
] as const;

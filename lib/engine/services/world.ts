// The simulated AWS world a run starts from and that graders inspect afterwards. It is plain JSON so a
// world can cross a Web Worker boundary (postMessage) and be stored with a scenario. Integrations mutate
// a copy (see createServiceHandlers); the caller's world is never touched.

import type { JsonObject, JsonValue } from '../types';
import type { AttributeMap } from './world/dynamodb-values';
import { assignOwn, own, setOwn } from '../own';

export interface S3Object {
  body: string;
  contentType?: string;
  /** Virtual time of the last write, epoch ms. */
  lastModified?: number;
}
export interface S3Bucket {
  objects: Record<string, S3Object>;
}

export interface DynamoTable {
  partitionKey: string;
  sortKey?: string;
  items: AttributeMap[];
}

export interface SnsMessage {
  MessageId: string;
  Message: string;
  Subject?: string;
  MessageAttributes?: JsonValue;
  /** Virtual time of publication, epoch ms. */
  at: number;
  /** The Task state that published it, when known. */
  stateName?: string;
}
export interface SnsTopic {
  messages: SnsMessage[];
}

export interface SqsMessage {
  MessageId: string;
  Body: string;
  MD5OfMessageBody: string;
  MessageAttributes?: JsonValue;
  MessageGroupId?: string;
  DelaySeconds?: number;
  at: number;
  stateName?: string;
}
export interface SqsQueue {
  messages: SqsMessage[];
}

/** A job-like resource (Glue job, ECS task definition, Batch job definition, ...): how long a run takes. */
export interface JobSpec {
  /** Simulated run time on the virtual clock. Default 60 s. */
  durationMs?: number;
  /** When set, every run ends in failure with this message (use faults for per-invocation failures). */
  failWith?: string;
}

export interface JobRun {
  id: string;
  name: string;
  state: 'SUCCEEDED' | 'FAILED' | 'RUNNING';
  startedAt: number;
  completedAt: number;
  arguments?: JsonValue;
  errorMessage?: string;
  stateName?: string;
}

export interface LambdaFunction {
  /**
   * JavaScript source defining `handler(event, context)` (also `exports.handler = ...`,
   * `export const handler = ...`). It returns a value or throws; it may be async. It runs in a QuickJS
   * sandbox: no imports, no host globals; Date is the virtual clock and Math.random is seeded.
   */
  source?: string;
  /** A fixed response, used when there is no source. */
  response?: JsonValue;
  /** A fixed function error (errorType/errorMessage as Lambda reports them), used when there is no source. */
  error?: { errorType: string; errorMessage?: string };
  /** Simulated run time. Default 100 ms. */
  durationMs?: number;
  /**
   * The function's timeout in seconds (Lambda's default 3): a handler stopped by the sandbox's time limit
   * fails as having run this long.
   */
  timeoutSeconds?: number;
}

export interface LambdaInvocation {
  functionName: string;
  payload: JsonValue;
  at: number;
  stateName?: string;
  outcome: 'success' | 'error';
}

export interface NestedStateMachine {
  definition: JsonObject | string;
  type?: 'STANDARD' | 'EXPRESS';
}

export interface NestedExecution {
  executionArn: string;
  stateMachineName: string;
  name: string;
  status: string;
  input: JsonValue;
  output?: JsonValue;
  error?: string;
  cause?: string;
  startDate: number;
  stopDate: number;
}

/** A Bedrock model as a scenario sets it: what InvokeModel answers for it. */
export interface BedrockModel {
  /** The response Body, in the shape the model's provider documents (e.g. Anthropic's `content` list). */
  response?: JsonValue;
  /** Fail the call instead, as Bedrock reports it (`code` such as ThrottlingException). */
  error?: { code: string; message?: string };
  /** Simulated inference time. Default 1 s. */
  durationMs?: number;
}

/** An API Gateway route as a scenario sets it (keyed "GET /pets" or "/pets"): what apigateway:invoke answers. */
export interface ApiRoute {
  /** HTTP status; a non-2xx status fails the Task with ApiGateway.<status>. Default 200. */
  statusCode?: number;
  body?: JsonValue;
  headers?: Record<string, string[]>;
  /** Simulated latency. Default 100 ms. */
  durationMs?: number;
}

/** How the outside world answers a `.waitForTaskToken` task (keyed by state name or resource ARN). */
export interface CallbackSpec {
  /** SendTaskSuccess with this output after `afterMs`. */
  success?: JsonValue;
  /** SendTaskFailure with this error after `afterMs`. */
  failure?: { Error: string; Cause?: string };
  afterMs?: number;
  /** SendTaskHeartbeat times, ms after the task started. */
  heartbeatsAtMs?: number[];
}

export interface World {
  accountId: string;
  region: string;
  s3: { buckets: Record<string, S3Bucket> };
  dynamodb: { tables: Record<string, DynamoTable> };
  sns: { topics: Record<string, SnsTopic> };
  sqs: { queues: Record<string, SqsQueue> };
  lambda: { functions: Record<string, LambdaFunction>; invocations: LambdaInvocation[] };
  glue: { jobs: Record<string, JobSpec>; runs: JobRun[] };
  ecs: { taskDefinitions: Record<string, JobSpec & { exitCode?: number }>; runs: JobRun[] };
  batch: { jobDefinitions: Record<string, JobSpec>; runs: JobRun[] };
  athena: { queries: JobSpec & { resultRows?: string[][] }; runs: JobRun[] };
  emr: { clusters: Record<string, { name: string; state: string; createdAt: number }>; steps: JobRun[]; createDurationMs?: number; stepDurationMs?: number };
  redshiftData: { statements: JobRun[]; failWith?: string };
  rdsData: { records: JsonValue[][]; statements: { sql: string; at: number }[] };
  eventbridge: {
    events: { EventId: string; Source: string; DetailType: string; Detail: string; EventBusName: string; at: number }[];
    /** A scenario's answer for every entry: EventBridge rejects it (FailedEntryCount counts it; the Task still succeeds). */
    failEntries?: { ErrorCode: string; ErrorMessage?: string };
  };
  bedrock: { models: Record<string, BedrockModel>; invocations: { modelId: string; body: JsonValue; at: number; stateName?: string }[] };
  apigateway: { routes: Record<string, ApiRoute>; requests: { method: string; path: string; endpoint: string; body?: JsonValue; at: number; stateName?: string }[] };
  stepFunctions: { stateMachines: Record<string, NestedStateMachine>; executions: NestedExecution[] };
  /** Generic aws-sdk calls the simulator answered with a default response. */
  sdkCalls: { service: string; action: string; input: JsonValue; at: number; stateName?: string }[];
  callbacks: Record<string, CallbackSpec>;
  /** Drives deterministic ids (message ids, job run ids, request ids). */
  sequence: number;
}

/** Partial world as a scenario or learner writes it; missing parts are empty. */
export type WorldInit = { [K in keyof World]?: Partial<World[K]> };

export function createWorld(init: WorldInit = {}): World {
  const world: World = {
    accountId: '123456789012',
    region: 'us-east-1',
    s3: { buckets: {} },
    dynamodb: { tables: {} },
    sns: { topics: {} },
    sqs: { queues: {} },
    lambda: { functions: {}, invocations: [] },
    glue: { jobs: {}, runs: [] },
    ecs: { taskDefinitions: {}, runs: [] },
    batch: { jobDefinitions: {}, runs: [] },
    athena: { queries: {}, runs: [] },
    emr: { clusters: {}, steps: [] },
    redshiftData: { statements: [] },
    rdsData: { records: [], statements: [] },
    eventbridge: { events: [] },
    bedrock: { models: {}, invocations: [] },
    apigateway: { routes: {}, requests: [] },
    stepFunctions: { stateMachines: {}, executions: [] },
    sdkCalls: [],
    callbacks: {},
    sequence: 0,
  };
  const copy = cloneJson(init) as Record<string, unknown>;
  for (const [key, value] of Object.entries(copy)) {
    const target = own(world as unknown as Record<string, unknown>, key);
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && target && typeof target === 'object') {
      assignOwn(target as Record<string, unknown>, value as Record<string, unknown>);
    } else if (value !== undefined) {
      setOwn(world as unknown as Record<string, unknown>, key, value);
    }
  }
  return world;
}

/** Deep copy through JSON: the world must stay serializable, so this is also a guard. */
export function cloneWorld(world: World): World {
  return cloneJson(world) as World;
}

function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Next value of the world's sequence: ids are deterministic for a given world and run. */
export function nextSequence(world: World): number {
  world.sequence += 1;
  return world.sequence;
}

export { putObject, getObject, listObjects, deleteObject } from './world/s3';
export {
  getItem,
  putItem,
  updateItem,
  deleteItem,
  queryItems,
  ensureTable,
} from './world/dynamodb';
export type { AttributeValue, AttributeMap } from './world/dynamodb-values';
export { toAttributeValue, fromAttributeValue, marshall, unmarshall } from './world/dynamodb-values';

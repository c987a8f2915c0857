// The Distributed Map talks to S3 (ItemReader, ResultWriter) the way a Task does: through the run's task
// handlers, as the SDK calls `arn:aws:states:::aws-sdk:s3:getObject` / `listObjectsV2` / `putObject`. With
// the simulated services (createServiceHandlers / runWithServices / the CLI) that is the simulated S3 of the
// world; a test may answer the calls itself. The engine stays free of any storage of its own.

import type { JsonObject, JsonValue, TaskInvocation, TaskOutcome } from '../../types';
import { StatesError } from '../../errors';
import type { Visit } from '../../runtime/visit';
import { STATES_ERRORS } from '../../asl/errors';

export type S3Generator<T> = Generator<Promise<unknown>, T, unknown>;

export type S3Purpose = 'ItemReader' | 'ResultWriter';

const ERROR_OF: Record<S3Purpose, string> = {
  ItemReader: STATES_ERRORS.ItemReaderFailed,
  ResultWriter: STATES_ERRORS.ResultWriterFailed,
};

/** One S3 call; a failure becomes States.ItemReaderFailed / States.ResultWriterFailed with the reason. */
export function* s3Call(visit: Visit, purpose: S3Purpose, action: 'getObject' | 'listObjectsV2' | 'putObject', params: JsonObject, what: string): S3Generator<JsonValue> {
  const exec = visit.exec;
  const resource = `arn:aws:states:::aws-sdk:s3:${action}`;
  const handler = exec.handlerFor(visit.state.name, resource);
  if (handler === undefined) {
    throw new StatesError(
      ERROR_OF[purpose],
      `${purpose} could not ${what}: nothing answers S3 calls in this run. Run with the simulated services (a world with S3 buckets) or pass a task handler for ${resource}.`,
    );
  }
  const invocation: TaskInvocation = {
    stateName: visit.state.name,
    resource,
    input: params,
    invocation: exec.nextInvocation(`${visit.state.name}#${purpose}`),
    retryCount: visit.retryCount,
    now: exec.clock.now,
    executionType: exec.type,
    context: visit.context,
  };
  let outcome: TaskOutcome;
  try {
    const answer = handler(invocation);
    outcome = (answer instanceof Promise ? yield answer : answer) as TaskOutcome;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new StatesError(ERROR_OF[purpose], `${purpose} could not ${what}: ${message}`);
  }
  if (outcome === null || typeof outcome !== 'object' || outcome.kind === 'noResponse') {
    throw new StatesError(ERROR_OF[purpose], `${purpose} could not ${what}: S3 did not answer.`);
  }
  if (outcome.kind === 'failure') {
    throw new StatesError(ERROR_OF[purpose], `${purpose} could not ${what}: ${outcome.error}${outcome.cause ? `: ${outcome.cause}` : ''}`);
  }
  return outcome.output ?? null;
}

/** The text of an object (getObject's Body). */
export function* readObjectText(visit: Visit, bucket: string, key: string): S3Generator<string> {
  const out = yield* s3Call(visit, 'ItemReader', 'getObject', { Bucket: bucket, Key: key }, `read s3://${bucket}/${key}`);
  const body = out !== null && typeof out === 'object' && !Array.isArray(out) ? out.Body : undefined;
  if (typeof body === 'string') return body;
  if (body !== undefined && body !== null) return JSON.stringify(body);
  throw new StatesError(STATES_ERRORS.ItemReaderFailed, `ItemReader could not read s3://${bucket}/${key}: the getObject response has no Body.`);
}

export function* writeObjectText(visit: Visit, bucket: string, key: string, body: string): S3Generator<void> {
  yield* s3Call(visit, 'ResultWriter', 'putObject', { Bucket: bucket, Key: key, Body: body, ContentType: 'application/json' }, `write s3://${bucket}/${key}`);
}

// Task: asks a handler (StartOptions.tasks) for the outcome, then applies the data flow. The outcome's
// durationMs moves the virtual clock; TimeoutSeconds / HeartbeatSeconds (or their *Path forms) are judged
// against it, so a 20-minute job or a callback that never comes back resolves instantly.

import type { JsonValue, TaskInvocation, TaskOutcome } from '../types';
import { TaskError } from '../types';
import { isStatesError } from '../errors';
import type { StateGenerator, StateHandler } from '../runtime/state-handler';
import { dataFlowFor } from '../runtime/dataflow';
import { describeResource, type TaskResource } from '../runtime/task-resource';
import { RunFailure } from '../runtime/outcome';
import type { Visit } from '../runtime/visit';
import { releaseTextCache } from '../json-text';
import { sleep } from '../runtime/sleep';
import { STATES_ERRORS } from '../asl/errors';

/** AWS's default task timeout when none is given: 99,999,999 seconds. */
const DEFAULT_TIMEOUT_S = 99_999_999;

function failureOf(e: unknown): { error: string; cause?: string } {
  if (e instanceof TaskError) return { error: e.error, cause: e.causeText };
  if (isStatesError(e)) return { error: e.error, cause: e.causeText };
  if (e instanceof Error) return { error: e.name && e.name !== 'Error' ? e.name : STATES_ERRORS.TaskFailed, cause: e.message };
  return { error: STATES_ERRORS.TaskFailed, cause: String(e) };
}

function* attempt(visit: Visit<'Task'>, input: JsonValue): StateGenerator {
  const exec = visit.exec;
  const state = visit.state;
  const def = state.def;
  const flow = dataFlowFor(visit);
  const history = exec.history;
  const thread = visit.frame.thread;
  const arn = String(def.Resource ?? '');
  const res: TaskResource = (state.cache.resource as TaskResource | undefined) ?? (state.cache.resource = describeResource(arn));

  const inputAfterPath = flow.inputPath(visit, input);
  const timeoutS = flow.seconds(visit, inputAfterPath, 'TimeoutSeconds');
  const heartbeatS = flow.seconds(visit, inputAfterPath, 'HeartbeatSeconds');
  if (res.pattern === 'callback' && visit.taskToken === undefined) {
    visit.taskToken = exec.newTaskToken();
    visit.resetContext();
  }
  const request = flow.effectiveInput(visit, input, true);
  // Against the input after InputPath (JSONata has no InputPath: the state input).
  const credentials = def.Credentials === undefined ? undefined : flow.template(visit, def.Credentials, inputAfterPath, 'Credentials');

  const base = { resourceType: res.resourceType, resource: res.resource };
  if (history.record) {
    const scheduled: Record<string, unknown> = { ...base, region: exec.options.region ?? 'us-east-1', parameters: history.text(request) };
    if (timeoutS !== undefined) scheduled.timeoutInSeconds = timeoutS;
    if (heartbeatS !== undefined) scheduled.heartbeatInSeconds = heartbeatS;
    history.emit(thread, 'TaskScheduled', 'taskScheduledEventDetails', scheduled);
    history.emit(thread, 'TaskStarted', 'taskStartedEventDetails', base);
  } else {
    history.emit(thread, 'TaskScheduled');
    history.emit(thread, 'TaskStarted');
  }

  const handler = exec.handlerFor(state.name, arn);
  const invocation: TaskInvocation = {
    stateName: state.name,
    resource: arn,
    input: request,
    invocation: exec.nextInvocation(state.name),
    retryCount: visit.retryCount,
    now: exec.clock.now,
    executionType: exec.type,
    context: visit.context,
  };
  if (exec.startNested !== undefined) invocation.startExecution = exec.startNested;
  if (visit.taskToken !== undefined) invocation.taskToken = visit.taskToken;
  if (timeoutS !== undefined) invocation.timeoutSeconds = timeoutS;
  if (heartbeatS !== undefined) invocation.heartbeatSeconds = heartbeatS;
  if (credentials !== undefined) invocation.credentials = credentials;

  let outcome: TaskOutcome;
  if (handler === undefined) {
    outcome = {
      kind: 'failure',
      error: STATES_ERRORS.TaskFailed,
      cause:
        `Nothing answers the Task state '${state.name}' (resource ${arn}): run it against the simulated AWS services. ` +
        `From the command line: sfn run <file> --simulate (an empty world), --world <world.json> or --mock-config <file> --test-case <name>. ` +
        `From code: the 'tasks' option of startExecution (createServiceHandlers() from lib/engine/services, or your own handlers by state name, by resource or as a fallback).`,
    };
  } else {
    try {
      const answer = handler(invocation);
      outcome = (answer instanceof Promise ? yield answer : answer) as TaskOutcome;
    } catch (e) {
      const f = failureOf(e);
      outcome = f.cause === undefined ? { kind: 'failure', error: f.error } : { kind: 'failure', error: f.error, cause: f.cause };
    }
    // Handler code may keep and mutate objects the engine has seen; forget their cached JSON text.
    releaseTextCache();
    if (outcome === null || typeof outcome !== 'object' || !('kind' in outcome)) {
      outcome = { kind: 'failure', error: STATES_ERRORS.TaskFailed, cause: `The task handler for '${state.name}' returned ${JSON.stringify(outcome)} instead of a TaskOutcome.` };
    }
  }

  if (outcome.submitted !== undefined && res.pattern === 'sync') {
    history.emit(thread, 'TaskSubmitted', 'taskSubmittedEventDetails', history.record ? { ...base, output: history.text(outcome.submitted), outputDetails: { truncated: false } } : undefined);
  }

  // When does the task end, and does a timeout or a missed heartbeat get there first?
  const timeoutMs = (timeoutS ?? DEFAULT_TIMEOUT_S) * 1000;
  const endMs = outcome.kind === 'noResponse' ? Number.POSITIVE_INFINITY : Math.max(0, outcome.durationMs ?? 0);
  let failAt = Number.POSITIVE_INFINITY;
  let failError = '';
  if (heartbeatS !== undefined && (res.pattern === 'callback' || outcome.heartbeatsAtMs !== undefined)) {
    const beats = [...(outcome.heartbeatsAtMs ?? [])].filter((t) => t >= 0).sort((a, b) => a - b);
    let last = 0;
    for (const t of [...beats, endMs]) {
      if (t - last > heartbeatS * 1000) {
        failAt = last + heartbeatS * 1000;
        failError = STATES_ERRORS.HeartbeatTimeout;
        break;
      }
      last = t;
    }
  }
  if (timeoutMs < endMs && timeoutMs <= failAt) {
    failAt = timeoutMs;
    failError = STATES_ERRORS.Timeout;
  }
  if (failAt !== Number.POSITIVE_INFINITY) {
    yield* sleep(failAt);
    history.emit(thread, 'TaskTimedOut', 'taskTimedOutEventDetails', history.record ? { ...base, error: failError } : undefined);
    throw new RunFailure(failError, undefined);
  }
  yield* sleep(endMs);
  if (outcome.kind === 'failure') {
    const details: Record<string, unknown> = { ...base, error: outcome.error };
    if (outcome.cause !== undefined) details.cause = outcome.cause;
    history.emit(thread, 'TaskFailed', 'taskFailedEventDetails', history.record ? details : undefined);
    throw new RunFailure(outcome.error, outcome.cause);
  }
  const result = (outcome as { output: JsonValue }).output ?? null;
  history.emit(thread, 'TaskSucceeded', 'taskSucceededEventDetails', history.record ? { ...base, output: history.text(result), outputDetails: { truncated: false } } : undefined);
  return { output: flow.output(visit, input, result, true), next: state.next };
}

export const taskState: StateHandler<'Task'> = { kind: 'generator', run: attempt };

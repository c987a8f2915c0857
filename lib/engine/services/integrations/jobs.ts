// Shared mechanics of job-like services (Glue, ECS, Batch, Athena, EMR steps): a run starts at the call,
// lasts the job's duration on the virtual clock and ends SUCCEEDED or FAILED. With `.sync` the Task waits
// for the end and records the start response in TaskSubmitted; a failed run fails the Task with
// States.TaskFailed and the service's description of the run as the cause, as Step Functions reports it.

import type { JsonObject, JsonValue, TaskOutcome } from '../../types';
import type { JobRun, JobSpec } from '../world';
import { DEFAULT_JOB_MS, type ServiceCall } from './common';
import { STATES_ERRORS } from '../../asl/errors';

export function startRun(call: ServiceCall, runs: JobRun[], spec: JobSpec, id: string, name: string, args?: JsonValue): JobRun {
  const durationMs = call.durationMs ?? spec.durationMs ?? DEFAULT_JOB_MS;
  const failure = call.jobFailure ?? spec.failWith;
  const run: JobRun = {
    id,
    name,
    state: failure === undefined ? 'SUCCEEDED' : 'FAILED',
    startedAt: call.invocation.now,
    completedAt: call.invocation.now + durationMs,
    stateName: call.invocation.stateName,
  };
  if (args !== undefined) run.arguments = args;
  if (failure !== undefined) run.errorMessage = failure;
  runs.push(run);
  return run;
}

/**
 * The outcome of a job call for the resource's pattern: request-response answers at once with the start
 * response; `.sync` waits the run's duration, then succeeds with `describe(run)` or fails with it as cause.
 */
export function jobOutcome(call: ServiceCall, run: JobRun, started: JsonObject, describe: (run: JobRun) => JsonObject): TaskOutcome {
  const pattern = call.resource.kind === 'lambda-function' || call.resource.kind === 'activity' ? 'request-response' : call.resource.pattern;
  if (pattern !== 'sync' && pattern !== 'sync:2') return { kind: 'success', output: started };
  const durationMs = run.completedAt - run.startedAt;
  if (run.state === 'FAILED') {
    return { kind: 'failure', error: STATES_ERRORS.TaskFailed, cause: JSON.stringify(describe(run)), durationMs, submitted: started };
  }
  return { kind: 'success', output: describe(run), durationMs, submitted: started };
}

/** A job definition or task definition name from an ARN or `name:revision`. */
export function definitionName(identifier: string): string {
  const afterSlash = identifier.includes('/') ? identifier.slice(identifier.lastIndexOf('/') + 1) : identifier;
  return afterSlash.replace(/:\d+$/, '');
}

// AWS Glue startJobRun, request-response and `.sync`. Errors from the StartJobRun call itself are
// `Glue.<Code>` (inject `Glue.AWSGlueException` or `Glue.ConcurrentRunsExceededException` with faults);
// a run that ends FAILED fails a `.sync` Task with States.TaskFailed and the JobRun as the cause.

import type { JsonObject } from '../../types';
import { nextHexId } from '../ids';
import type { JobRun } from '../world';
import { requireString, serviceError, withMetadata, type Integration } from './common';
import { jobOutcome, startRun } from './jobs';
import { own } from '../../own';

export function describeGlueRun(run: JobRun): JsonObject {
  const body: JsonObject = {
    AllocatedCapacity: 10,
    Arguments: (run.arguments ?? {}) as JsonObject,
    Attempt: 0,
    CompletedOn: run.completedAt,
    ExecutionTime: Math.round((run.completedAt - run.startedAt) / 1000),
    GlueVersion: '4.0',
    Id: run.id,
    JobName: run.name,
    JobRunState: run.state,
    LastModifiedOn: run.completedAt,
    MaxCapacity: 10,
    NumberOfWorkers: 10,
    PredecessorRuns: [],
    StartedOn: run.startedAt,
    Timeout: 2880,
    WorkerType: 'G.1X',
  };
  if (run.errorMessage !== undefined) body.ErrorMessage = run.errorMessage;
  return body;
}

export const glueStartJobRun: Integration = (call) => {
  const jobName = requireString(call, 'JobName', 'Glue', 'AWSGlue');
  const spec = own(call.world.glue.jobs, jobName);
  if (!spec) {
    throw serviceError(call.world, 'Glue', 'AWSGlue', 'EntityNotFoundException', `Failed to start job run due to missing metadata: no Glue job named "${jobName}" in the simulated world (add it under glue.jobs)`);
  }
  const id = nextHexId(call.world, 'glue-run', 64, 'jr_');
  const run = startRun(call, call.world.glue.runs, spec, id, jobName, call.params.Arguments);
  return jobOutcome(call, run, withMetadata(call.world, { JobRunId: id }), describeGlueRun);
};

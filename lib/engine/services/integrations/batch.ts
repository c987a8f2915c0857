// AWS Batch submitJob, request-response and `.sync`: `.sync` waits for the job to reach SUCCEEDED or
// FAILED; FAILED fails the Task with States.TaskFailed and the job description as the cause.

import type { JsonObject } from '../../types';
import { nextUuid } from '../ids';
import type { JobRun } from '../world';
import { requireString, serviceError, withMetadata, type Integration, type ServiceCall } from './common';
import { definitionName, jobOutcome, startRun } from './jobs';
import { own } from '../../own';

function jobArn(call: ServiceCall, id: string): string {
  return `arn:aws:batch:${call.world.region}:${call.world.accountId}:job/${id}`;
}

export const batchSubmitJob: Integration = (call) => {
  const jobName = requireString(call, 'JobName', 'Batch', 'AWSBatch');
  const queue = requireString(call, 'JobQueue', 'Batch', 'AWSBatch');
  const definition = requireString(call, 'JobDefinition', 'Batch', 'AWSBatch');
  const spec = own(call.world.batch.jobDefinitions, definitionName(definition));
  if (!spec) {
    throw serviceError(call.world, 'Batch', 'AWSBatch', 'ClientException', `Job definition ${definition} not found: add "${definitionName(definition)}" under batch.jobDefinitions in the simulated world`);
  }
  const id = nextUuid(call.world, 'batch-job');
  const run = startRun(call, call.world.batch.runs, spec, id, jobName, call.params.ContainerOverrides);
  const describe = (r: JobRun): JsonObject => {
    const exitCode = r.state === 'SUCCEEDED' ? 0 : 1;
    const body: JsonObject = {
      Attempts: [{ Container: { ExitCode: exitCode }, StartedAt: r.startedAt, StoppedAt: r.completedAt }],
      Container: { ExitCode: exitCode },
      CreatedAt: r.startedAt,
      JobArn: jobArn(call, r.id),
      JobDefinition: definition,
      JobId: r.id,
      JobName: r.name,
      JobQueue: queue,
      StartedAt: r.startedAt,
      Status: r.state,
      StoppedAt: r.completedAt,
    };
    if (r.errorMessage !== undefined) body.StatusReason = r.errorMessage;
    return body;
  };
  return jobOutcome(call, run, withMetadata(call.world, { JobArn: jobArn(call, id), JobId: id, JobName: jobName }), describe);
};

// Amazon EMR createCluster, addStep and terminateCluster, request-response and `.sync`. A step that ends
// FAILED fails a `.sync` Task with States.TaskFailed and the step description as the cause.

import type { JsonObject } from '../../types';
import { nextHexId } from '../ids';
import type { JobRun } from '../world';
import { requireString, serviceError, withMetadata, type Integration, type ServiceCall } from './common';
import { jobOutcome, startRun } from './jobs';
import { own, setOwn } from '../../own';

const CREATE_MS = 5 * 60_000;

function clusterArn(call: ServiceCall, id: string): string {
  return `arn:aws:elasticmapreduce:${call.world.region}:${call.world.accountId}:cluster/${id}`;
}

export const emrCreateCluster: Integration = (call) => {
  const name = requireString(call, 'Name', 'EMR', 'AmazonElasticMapReduce');
  const id = nextHexId(call.world, 'emr-cluster', 13, 'j-').toUpperCase().replace(/^J-/, 'j-');
  setOwn(call.world.emr.clusters, id, { name, state: 'WAITING', createdAt: call.invocation.now });
  const started = withMetadata(call.world, { ClusterArn: clusterArn(call, id), ClusterId: id });
  const pattern = call.resource.kind === 'optimized' ? call.resource.pattern : 'request-response';
  if (pattern !== 'sync') return { kind: 'success', output: started };
  return { kind: 'success', output: started, durationMs: call.durationMs ?? call.world.emr.createDurationMs ?? CREATE_MS, submitted: started };
};

function clusterOf(call: ServiceCall): string {
  const id = requireString(call, 'ClusterId', 'EMR', 'AmazonElasticMapReduce');
  if (!own(call.world.emr.clusters, id)) {
    throw serviceError(call.world, 'EMR', 'AmazonElasticMapReduce', 'InvalidRequestException', `Cluster id '${id}' is not valid (no such cluster in the simulated world)`);
  }
  return id;
}

export const emrAddStep: Integration = (call) => {
  const clusterId = clusterOf(call);
  const step = (call.params.Step ?? {}) as JsonObject;
  const name = typeof step.Name === 'string' ? step.Name : 'step';
  const id = nextHexId(call.world, 'emr-step', 13, 's-').toUpperCase().replace(/^S-/, 's-');
  const run = startRun(call, call.world.emr.steps, { durationMs: call.world.emr.stepDurationMs ?? 60_000 }, id, name, step);
  const describe = (r: JobRun): JsonObject => {
    const status: JsonObject = { State: r.state === 'SUCCEEDED' ? 'COMPLETED' : 'FAILED', Timeline: { CreationDateTime: r.startedAt, StartDateTime: r.startedAt, EndDateTime: r.completedAt } };
    if (r.errorMessage !== undefined) status.FailureDetails = { Message: r.errorMessage, Reason: 'Step failed' };
    return { Step: { ActionOnFailure: (step.ActionOnFailure as string | undefined) ?? 'CONTINUE', Id: r.id, Name: r.name, Status: status }, ClusterId: clusterId };
  };
  return jobOutcome(call, run, withMetadata(call.world, { StepId: id }), describe);
};

export const emrTerminateCluster: Integration = (call) => {
  const clusterId = clusterOf(call);
  own(call.world.emr.clusters, clusterId)!.state = 'TERMINATED';
  const output = withMetadata(call.world, {});
  const pattern = call.resource.kind === 'optimized' ? call.resource.pattern : 'request-response';
  return pattern === 'sync' ? { kind: 'success', output, durationMs: call.durationMs ?? 60_000, submitted: output } : { kind: 'success', output };
};

// Amazon ECS runTask, request-response and `.sync`. `.sync` waits until the task stops; a task whose
// essential container exits non-zero (or a forced job failure) fails the Task with States.TaskFailed and
// the stopped task as the cause.

import type { JsonObject } from '../../types';
import { nextHexId } from '../ids';
import type { JobRun } from '../world';
import { requireString, serviceError, withMetadata, type Integration, type ServiceCall } from './common';
import { definitionName, jobOutcome, startRun } from './jobs';
import { own } from '../../own';

function taskJson(call: ServiceCall, run: JobRun, cluster: string, family: string, exitCode: number, stopped: boolean): JsonObject {
  const { world } = call;
  const taskArn = `arn:aws:ecs:${world.region}:${world.accountId}:task/${cluster}/${run.id}`;
  const task: JsonObject = {
    Attachments: [],
    ClusterArn: `arn:aws:ecs:${world.region}:${world.accountId}:cluster/${cluster}`,
    Containers: [{ Name: family, LastStatus: stopped ? 'STOPPED' : 'PENDING', ...(stopped ? { ExitCode: exitCode } : {}), TaskArn: taskArn }],
    CreatedAt: run.startedAt,
    DesiredStatus: stopped ? 'STOPPED' : 'RUNNING',
    LastStatus: stopped ? 'STOPPED' : 'PROVISIONING',
    LaunchType: typeof call.params.LaunchType === 'string' ? call.params.LaunchType : 'FARGATE',
    TaskArn: taskArn,
    TaskDefinitionArn: `arn:aws:ecs:${world.region}:${world.accountId}:task-definition/${family}:1`,
  };
  if (stopped) {
    Object.assign(task, {
      StartedAt: run.startedAt,
      StoppedAt: run.completedAt,
      StopCode: 'EssentialContainerExited',
      StoppedReason: run.errorMessage ?? 'Essential container in task exited',
    });
  }
  return task;
}

export const ecsRunTask: Integration = (call) => {
  const definition = requireString(call, 'TaskDefinition', 'ECS', 'AmazonECS');
  const family = definitionName(definition);
  const spec = own(call.world.ecs.taskDefinitions, family);
  if (!spec) {
    throw serviceError(call.world, 'ECS', 'AmazonECS', 'ClientException', `Unable to find task definition "${definition}": add "${family}" under ecs.taskDefinitions in the simulated world`);
  }
  const cluster = typeof call.params.Cluster === 'string' ? definitionName(call.params.Cluster) : 'default';
  const id = nextHexId(call.world, 'ecs-task', 32);
  const effective = (spec.exitCode ?? 0) !== 0 && spec.failWith === undefined ? { ...spec, failWith: `Essential container in task exited with code ${spec.exitCode}` } : spec;
  const run = startRun(call, call.world.ecs.runs, effective, id, family, call.params.Overrides);
  const exitCode = run.state === 'FAILED' ? spec.exitCode || 1 : 0;
  const started = withMetadata(call.world, { Failures: [], Tasks: [taskJson(call, run, cluster, family, exitCode, false)] });
  return jobOutcome(call, run, started, (r) => taskJson(call, r, cluster, family, exitCode, true));
};

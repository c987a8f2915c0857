import { describe, expect, it } from 'vitest';
import { eventOf, runTask, types } from './test-kit';

const glueWorld = { glue: { jobs: { convert: { durationMs: 20 * 60_000 } } } };

describe('Glue startJobRun', () => {
  it('request-response returns the JobRunId at once and records the run', async () => {
    const { result, world } = await runTask('arn:aws:states:::glue:startJobRun', { JobName: 'convert' }, glueWorld);
    expect(result.status).toBe('SUCCEEDED');
    expect((result.output as { JobRunId: string }).JobRunId).toMatch(/^jr_[0-9a-f]{64}$/);
    expect(result.billing.durationMs).toBe(0);
    expect(types(result.events)).not.toContain('TaskSubmitted');
    expect(world.glue.runs).toHaveLength(1);
  });

  it('.sync waits the job duration on the virtual clock and records TaskSubmitted', async () => {
    const { result } = await runTask('arn:aws:states:::glue:startJobRun.sync', { JobName: 'convert', Arguments: { '--day': '1' } }, glueWorld);
    expect(result.status).toBe('SUCCEEDED');
    expect(result.billing.durationMs).toBe(20 * 60_000);
    expect(types(result.events)).toEqual(['ExecutionStarted', 'TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSubmitted', 'TaskSucceeded', 'TaskStateExited', 'ExecutionSucceeded']);
    const submitted = eventOf<{ output: string; resource: string }>(result.events, 'TaskSubmitted', 'taskSubmittedEventDetails');
    expect(JSON.parse(submitted.output)).toHaveProperty('JobRunId');
    expect(result.output).toMatchObject({ JobName: 'convert', JobRunState: 'SUCCEEDED', ExecutionTime: 1200, Arguments: { '--day': '1' } });
  });

  it('a run that ends FAILED fails the .sync Task with States.TaskFailed and the JobRun as cause', async () => {
    const { result } = await runTask('arn:aws:states:::glue:startJobRun.sync', { JobName: 'convert' }, { glue: { jobs: { convert: { durationMs: 1000, failWith: 'Out of memory' } } } });
    expect(result.error).toBe('States.TaskFailed');
    expect(JSON.parse(result.cause!)).toMatchObject({ JobRunState: 'FAILED', ErrorMessage: 'Out of memory', JobName: 'convert' });
    expect(types(result.events)).toContain('TaskSubmitted');
  });

  it('reports an unknown job as Glue.EntityNotFoundException', async () => {
    const { result } = await runTask('arn:aws:states:::glue:startJobRun.sync', { JobName: 'nope' }, glueWorld);
    expect(result.error).toBe('Glue.EntityNotFoundException');
    expect(result.cause).toMatch(/no Glue job named "nope".*Service: AWSGlue/);
  });
});

describe('ECS, Batch, Athena and EMR .sync', () => {
  it('ECS runTask.sync returns the stopped task; a non-zero exit code fails it', async () => {
    const ok = await runTask('arn:aws:states:::ecs:runTask.sync', { Cluster: 'arn:aws:ecs:us-east-1:123456789012:cluster/etl', TaskDefinition: 'resize:3' }, { ecs: { taskDefinitions: { resize: { durationMs: 90_000 } } } });
    expect(ok.result.output).toMatchObject({ LastStatus: 'STOPPED', StopCode: 'EssentialContainerExited', Containers: [{ ExitCode: 0 }] });
    expect(ok.result.billing.durationMs).toBe(90_000);
    const bad = await runTask('arn:aws:states:::ecs:runTask.sync', { TaskDefinition: 'resize' }, { ecs: { taskDefinitions: { resize: { exitCode: 137 } } } });
    expect(bad.result.error).toBe('States.TaskFailed');
    expect(JSON.parse(bad.result.cause!).Containers[0].ExitCode).toBe(137);
  });

  it('Batch submitJob.sync waits for the job and reports a failed one', async () => {
    const params = { JobName: 'nightly', JobQueue: 'q', JobDefinition: 'arn:aws:batch:us-east-1:123456789012:job-definition/train:2' };
    const ok = await runTask('arn:aws:states:::batch:submitJob.sync', params, { batch: { jobDefinitions: { train: { durationMs: 3_600_000 } } } });
    expect(ok.result.output).toMatchObject({ JobName: 'nightly', Status: 'SUCCEEDED' });
    expect(ok.result.billing.durationMs).toBe(3_600_000);
    const bad = await runTask('arn:aws:states:::batch:submitJob.sync', params, { batch: { jobDefinitions: { train: {} } } }, { faults: [{ state: 'Call', jobFailure: 'Essential container exited' }] });
    expect(bad.result.error).toBe('States.TaskFailed');
    expect(JSON.parse(bad.result.cause!)).toMatchObject({ Status: 'FAILED', StatusReason: 'Essential container exited' });
  });

  it('Athena startQueryExecution.sync returns the QueryExecution, then getQueryResults the rows', async () => {
    const definition = {
      StartAt: 'Query',
      States: {
        Query: { Type: 'Task', Resource: 'arn:aws:states:::athena:startQueryExecution.sync', Parameters: { QueryString: 'SELECT 1' }, ResultSelector: { 'id.$': '$.QueryExecution.QueryExecutionId', 'state.$': '$.QueryExecution.Status.State' }, Next: 'Rows' },
        Rows: { Type: 'Task', Resource: 'arn:aws:states:::athena:getQueryResults', Parameters: { 'QueryExecutionId.$': '$.id' }, ResultSelector: { 'rows.$': '$.ResultSet.Rows' }, End: true },
      },
    };
    const { runWithServices } = await import('../run');
    const { result } = await runWithServices(definition as never, {}, { world: { athena: { queries: { durationMs: 4000, resultRows: [['n'], ['1']] } } } });
    expect(result.status).toBe('SUCCEEDED');
    expect(result.output).toEqual({ rows: [{ Data: [{ VarCharValue: 'n' }] }, { Data: [{ VarCharValue: '1' }] }] });
    expect(result.billing.durationMs).toBe(4000);
  });

  it('EMR createCluster then addStep.sync; a failed step fails with States.TaskFailed', async () => {
    const definition = {
      StartAt: 'Create',
      States: {
        Create: { Type: 'Task', Resource: 'arn:aws:states:::elasticmapreduce:createCluster.sync', Parameters: { Name: 'etl' }, ResultPath: '$.cluster', Next: 'Step' },
        Step: { Type: 'Task', Resource: 'arn:aws:states:::elasticmapreduce:addStep.sync', Parameters: { 'ClusterId.$': '$.cluster.ClusterId', Step: { Name: 'spark' } }, End: true },
      },
    };
    const { runWithServices } = await import('../run');
    const ok = await runWithServices(definition as never, {}, { world: { emr: { createDurationMs: 300_000, stepDurationMs: 60_000 } } });
    expect(ok.result.status).toBe('SUCCEEDED');
    expect(ok.result.billing.durationMs).toBe(360_000);
    expect(ok.result.output).toMatchObject({ Step: { Name: 'spark', Status: { State: 'COMPLETED' } } });
    const bad = await runWithServices(definition as never, {}, { faults: [{ state: 'Step', jobFailure: 'Spark driver lost' }] });
    expect(bad.result.error).toBe('States.TaskFailed');
    expect(JSON.parse(bad.result.cause!).Step.Status.FailureDetails.Message).toBe('Spark driver lost');
  });
});

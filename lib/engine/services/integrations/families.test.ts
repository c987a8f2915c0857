// Every integration family AWS lists runs in the simulator (issue 19): modelled against the world where
// learners meet it in lessons (Bedrock, API Gateway, EventBridge, ECS, Glue), a documented-shape default
// response marked as simulated elsewhere, .sync jobs on the virtual clock, faults and mock configs as usual.
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../types';
import { OPTIMIZED_INTEGRATIONS } from '../../resources';
import { parseMockConfig } from '../mock-config';
import { runWithServices } from '../run';
import { eventOf, oneTask, runTask, types } from './test-kit';

const MINUTE = 60_000;

describe('Amazon Bedrock', () => {
  const claude = 'anthropic.claude-3-haiku-20240307-v1:0';
  const body = { anthropic_version: 'bedrock-2023-05-31', max_tokens: 100, messages: [{ role: 'user', content: 'Hi' }] };

  it('answers with what the scenario sets for the model, and records the invocation', async () => {
    const reply = { content: [{ type: 'text', text: 'Hello learner' }], stop_reason: 'end_turn' };
    const { result, world } = await runTask('arn:aws:states:::bedrock:invokeModel', { ModelId: claude, Body: body }, { bedrock: { models: { [claude]: { response: reply, durationMs: 2500 } } } }, {
      extra: { ResultSelector: { 'text.$': '$.Body.content[0].text' } },
    });
    expect(result.status).toBe('SUCCEEDED');
    expect(result.output).toEqual({ text: 'Hello learner' });
    expect(result.billing.durationMs).toBe(2500);
    expect(world.bedrock.invocations).toMatchObject([{ modelId: claude, body }]);
  });

  it('finds the model by id when the Task names it by ARN', async () => {
    const arn = `arn:aws:bedrock:us-east-1::foundation-model/${claude}`;
    const { result } = await runTask('arn:aws:states:::bedrock:invokeModel', { ModelId: arn, Body: body }, { bedrock: { models: { [claude]: { response: { ok: 1 } } } } });
    expect(result.output).toEqual({ Body: { ok: 1 }, ContentType: 'application/json' });
  });

  it("answers any other model in its provider's documented shape, marked as simulated", async () => {
    const anthropic = await runTask('arn:aws:states:::bedrock:invokeModel', { ModelId: claude, Body: body }, {});
    expect(anthropic.result.output).toMatchObject({ SimulatedResponse: true, ContentType: 'application/json', Body: { role: 'assistant', content: [{ type: 'text', text: expect.stringContaining('Simulated') }] } });
    const titan = await runTask('arn:aws:states:::bedrock:invokeModel', { ModelId: 'amazon.titan-text-express-v1', Body: { inputText: 'Hi' } }, {});
    expect(titan.result.output).toMatchObject({ Body: { results: [{ outputText: expect.any(String), completionReason: 'FINISH' }] } });
  });

  it('fails as Bedrock does when the scenario says so, and without a ModelId', async () => {
    const throttled = await runTask('arn:aws:states:::bedrock:invokeModel', { ModelId: claude, Body: body }, { bedrock: { models: { [claude]: { error: { code: 'ThrottlingException', message: 'Too many requests' } } } } });
    expect(throttled.result.error).toBe('Bedrock.ThrottlingException');
    expect(throttled.result.cause).toMatch(/Too many requests/);
    const missing = await runTask('arn:aws:states:::bedrock:invokeModel', { Body: body }, {});
    expect(missing.result.error).toBe('Bedrock.ValidationException');
  });

  it('runs createModelCustomizationJob.sync as a job on the virtual clock', async () => {
    const { result } = await runTask('arn:aws:states:::bedrock:createModelCustomizationJob.sync', { JobName: 'tune', CustomModelName: 'mine', BaseModelIdentifier: 'amazon.titan-text-express-v1' }, {});
    expect(result.status).toBe('SUCCEEDED');
    expect(result.billing.durationMs).toBe(MINUTE);
    expect(types(result.events)).toContain('TaskSubmitted');
    expect(result.output).toMatchObject({ JobName: 'tune', OutputModelName: 'mine', Status: 'Completed', SimulatedResponse: true });
  });
});

describe('Amazon API Gateway', () => {
  const call = { ApiEndpoint: 'abc123.execute-api.us-east-1.amazonaws.com', Method: 'GET', Stage: 'prod', Path: '/pets' };

  it('answers with the route the scenario sets and records the request', async () => {
    const { result, world } = await runTask('arn:aws:states:::apigateway:invoke', call, { apigateway: { routes: { 'GET /pets': { body: [{ id: 1 }], durationMs: 300 } } } });
    expect(result.output).toEqual({ Headers: { 'Content-Type': ['application/json'] }, ResponseBody: [{ id: 1 }], StatusCode: 200, StatusText: 'OK' });
    expect(result.billing.durationMs).toBe(300);
    expect(world.apigateway.requests).toMatchObject([{ method: 'GET', path: '/pets', endpoint: call.ApiEndpoint }]);
  });

  it('fails with ApiGateway.<status> on a non-2xx answer, the body as cause', async () => {
    const { result } = await runTask('arn:aws:states:::apigateway:invoke', { ...call, Method: 'POST', RequestBody: { name: 'x' } }, { apigateway: { routes: { 'POST /pets': { statusCode: 403, body: { message: 'Forbidden' } } } } });
    expect(result.error).toBe('ApiGateway.403');
    expect(result.cause).toBe('{"message":"Forbidden"}');
  });

  it('answers an unset route with 200 and an empty body, marked as simulated', async () => {
    const { result } = await runTask('arn:aws:states:::apigateway:invoke', call, {});
    expect(result.output).toMatchObject({ StatusCode: 200, ResponseBody: {}, SimulatedResponse: true });
  });

  it('waits for the callback with .waitForTaskToken', async () => {
    const { result } = await runTask('arn:aws:states:::apigateway:invoke.waitForTaskToken', { ...call, RequestBody: { 'token.$': '$$.Task.Token' } }, { callbacks: { Call: { success: { paid: true }, afterMs: 5000 } } });
    expect(result.status).toBe('SUCCEEDED');
    expect(result.output).toEqual({ paid: true });
    expect(result.billing.durationMs).toBe(5100);
  });
});

describe('optimized integrations answered with a default response', () => {
  it.each<[string, JsonObject, JsonObject]>([
    ['arn:aws:states:::sagemaker:createTrainingJob.sync', { TrainingJobName: 'train-1' }, { TrainingJobName: 'train-1', TrainingJobStatus: 'Completed' }],
    ['arn:aws:states:::sagemaker:createTransformJob.sync', { TransformJobName: 't-1' }, { TransformJobStatus: 'Completed' }],
    ['arn:aws:states:::mediaconvert:createJob.sync', { Role: 'r', Settings: {} }, { Job: { Status: 'COMPLETE' } }],
    ['arn:aws:states:::eks:runJob.sync', { ClusterName: 'c', Namespace: 'jobs', Job: {} }, { StatusCode: 200, ResponseBody: { status: { succeeded: 1 } } }],
    ['arn:aws:states:::eks:createCluster.sync', { Name: 'c' }, { Cluster: { Name: 'c', Status: 'ACTIVE' } }],
    ['arn:aws:states:::emr-serverless:startJobRun.sync', { ApplicationId: 'app' }, { JobRun: { ApplicationId: 'app', State: 'SUCCESS' } }],
    ['arn:aws:states:::emr-containers:startJobRun.sync', { VirtualClusterId: 'vc', Name: 'j' }, { JobRun: { State: 'COMPLETED', VirtualClusterId: 'vc' } }],
    ['arn:aws:states:::databrew:startJobRun.sync', { Name: 'clean' }, { JobName: 'clean', State: 'SUCCEEDED' }],
    ['arn:aws:states:::codebuild:startBuildBatch.sync', { ProjectName: 'p' }, { BuildBatch: { BuildBatchStatus: 'SUCCEEDED', ProjectName: 'p' } }],
  ])('%s waits a virtual minute and ends with the job described', async (resource, params, shape) => {
    const { result, world } = await runTask(resource, params, {});
    expect(result.status).toBe('SUCCEEDED');
    expect(result.billing.durationMs).toBe(MINUTE);
    expect(result.output).toMatchObject({ ...shape, SimulatedResponse: true });
    expect(types(result.events)).toContain('TaskSubmitted');
    expect(world.sdkCalls).toHaveLength(1);
  });

  it.each<[string, JsonObject, JsonObject]>([
    ['arn:aws:states:::sagemaker:createModel', { ModelName: 'm' }, { ModelArn: 'arn:aws:sagemaker:us-east-1:123456789012:model/m' }],
    ['arn:aws:states:::sagemaker:createEndpoint', { EndpointName: 'e', EndpointConfigName: 'c' }, { EndpointArn: 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/e' }],
    ['arn:aws:states:::eks:call', { ClusterName: 'c', Method: 'GET', Path: '/api/v1/namespaces' }, { StatusCode: 200, StatusText: 'OK' }],
    ['arn:aws:states:::elasticmapreduce:cancelStep', { ClusterId: 'j-1', StepId: 's-1' }, { CancelStepsInfoList: [{ StepId: 's-1', Status: 'SUBMITTED' }] }],
    ['arn:aws:states:::elasticmapreduce:modifyInstanceFleetByName', { ClusterId: 'j-1', InstanceFleetName: 'core' }, {}],
    ['arn:aws:states:::codebuild:batchGetReports', { ReportArns: ['r1'] }, { Reports: [], ReportsNotFound: ['r1'] }],
    ['arn:aws:states:::http:invoke', { ApiEndpoint: 'https://example.com/orders', Method: 'GET' }, { StatusCode: 200, ResponseBody: {} }],
    ['arn:aws:states:::sagemaker:createTrainingJob', { TrainingJobName: 'train-1' }, { TrainingJobArn: 'arn:aws:sagemaker:us-east-1:123456789012:training-job/train-1' }],
  ])('%s answers at once in its documented shape', async (resource, params, shape) => {
    const { result } = await runTask(resource, params, {});
    expect(result.status).toBe('SUCCEEDED');
    expect(result.billing.durationMs).toBe(0);
    expect(result.output).toMatchObject({ ...shape, SimulatedResponse: true });
  });

  it('takes the duration and the failure of a .sync job from fault rules', async () => {
    const slow = await runTask('arn:aws:states:::sagemaker:createTrainingJob.sync', { TrainingJobName: 't' }, {}, { faults: [{ state: 'Call', durationMs: 45 * MINUTE }] });
    expect(slow.result.billing.durationMs).toBe(45 * MINUTE);
    const failed = await runTask('arn:aws:states:::sagemaker:createTrainingJob.sync', { TrainingJobName: 't' }, {}, { faults: [{ state: 'Call', durationMs: 5 * MINUTE, jobFailure: 'AlgorithmError: out of memory' }] });
    expect(failed.result.error).toBe('States.TaskFailed');
    expect(JSON.parse(failed.result.cause!)).toMatchObject({ TrainingJobStatus: 'Failed', FailureReason: 'AlgorithmError: out of memory' });
    expect(failed.result.billing.durationMs).toBe(5 * MINUTE);
    const thrown = await runTask('arn:aws:states:::mediaconvert:createJob.sync', {}, {}, { faults: [{ state: 'Call', throw: { Error: 'MediaConvert.TooManyRequestsException', Cause: 'slow down' } }] });
    expect(thrown.result.error).toBe('MediaConvert.TooManyRequestsException');
  });

  it('lets a mock config say what it returns instead', async () => {
    const parsed = parseMockConfig({
      StateMachines: { M: { TestCases: { HappyPath: { Call: 'Trained' } } } },
      MockedResponses: { Trained: { '0': { Return: { TrainingJobStatus: 'Completed', ModelArtifacts: { S3ModelArtifacts: 's3://b/model.tar.gz' } } } } },
    });
    if (!parsed.ok) throw new Error('mock config');
    const { result, world } = await runWithServices(oneTask('arn:aws:states:::sagemaker:createTrainingJob.sync', { TrainingJobName: 't' }), {}, { mockConfig: parsed.config, testCase: 'HappyPath' });
    expect(result.output).toEqual({ TrainingJobStatus: 'Completed', ModelArtifacts: { S3ModelArtifacts: 's3://b/model.tar.gz' } });
    expect(world.sdkCalls).toHaveLength(0);
  });
});

describe('AWS SDK integrations', () => {
  it('run when written with a region and an account, and report aws-sdk:<service> in the history', async () => {
    const { result } = await runTask('arn:aws:states:us-east-1:123456789012:aws-sdk:s3:getObject', { Bucket: 'b', Key: 'k' }, { s3: { buckets: { b: { objects: { k: { body: 'hi' } } } } } });
    expect(result.output).toMatchObject({ Body: 'hi' });
    expect(eventOf<{ resourceType: string; resource: string }>(result.events, 'TaskScheduled', 'taskScheduledEventDetails')).toMatchObject({ resourceType: 'aws-sdk:s3', resource: 'getObject' });
  });

  it('answer any other action with a default response that says so', async () => {
    const { result } = await runTask('arn:aws:states:::aws-sdk:transcribe:startTranscriptionJob', { TranscriptionJobName: 'j' }, {});
    expect(result.output).toMatchObject({ SimulatedResponse: true, Note: expect.stringMatching(/does not model transcribe:startTranscriptionJob/) });
  });
});

describe('EventBridge, ECS and Glue from the world', () => {
  it('records events, runs ECS tasks and Glue jobs with the durations the world sets', async () => {
    const events = await runTask('arn:aws:states:::events:putEvents', { Entries: [{ Source: 'shop', DetailType: 'OrderPlaced', Detail: { id: 1 } }] }, {});
    expect(events.world.eventbridge.events).toMatchObject([{ Source: 'shop', DetailType: 'OrderPlaced', Detail: '{"id":1}' }]);
    const rejected = await runTask('arn:aws:states:::events:putEvents', { Entries: [{ Source: 'shop', DetailType: 'OrderPlaced', Detail: {} }] }, { eventbridge: { failEntries: { ErrorCode: 'ThrottlingException' } } });
    expect(rejected.result.output).toEqual({ Entries: [{ ErrorCode: 'ThrottlingException', ErrorMessage: 'ThrottlingException' }], FailedEntryCount: 1 });
    expect(rejected.world.eventbridge.events).toEqual([]);
    const ecs = await runTask('arn:aws:states:::ecs:runTask.sync', { TaskDefinition: 'resize:3', Cluster: 'c' }, { ecs: { taskDefinitions: { resize: { durationMs: 7 * MINUTE } } } });
    expect(ecs.result.billing.durationMs).toBe(7 * MINUTE);
    const glue = await runTask('arn:aws:states:::glue:startJobRun.sync', { JobName: 'etl' }, { glue: { jobs: { etl: { durationMs: 3 * MINUTE, failWith: 'bad input' } } } });
    expect(glue.result.error).toBe('States.TaskFailed');
  });
});

describe('every entry of the resource table, in every pattern AWS allows for it', () => {
  const cases = OPTIMIZED_INTEGRATIONS.flatMap((e) => e.patterns.map((p) => [`arn:aws:states:::${e.service}:${e.action}${p === 'request-response' ? '' : `.${p}`}`, e.simulation, p] as const));

  it.each(cases)('%s runs in the simulator (%s)', async (resource, simulation, pattern) => {
    const callback = pattern === 'waitForTaskToken';
    const { result } = await runTask(resource, callback ? { 'Token.$': '$$.Task.Token' } : {}, callback ? { callbacks: { Call: { success: { answered: true }, afterMs: 2000 } } } : {});
    // Whatever the empty world makes the service answer, something answers: never the engine's own failure.
    expect(result.error ?? '').not.toBe('States.Runtime');
    expect(result.cause ?? '').not.toMatch(/Nothing answers/);
    // A modelled service refuses the empty request as the service would (SQS.MissingParameterException, ...).
    if (result.status !== 'SUCCEEDED') expect(simulation === 'world' && /^(?!States\.)[A-Za-z]+\.[A-Za-z]+/.test(result.error ?? ''), `${result.error}: ${result.cause}`).toBe(true);
    else if (callback) {
      expect(result.output).toEqual({ answered: true });
      expect(result.billing.durationMs).toBe(2000);
    } else if (simulation === 'default') {
      expect(result.status).toBe('SUCCEEDED');
      expect(result.output).toMatchObject({ SimulatedResponse: true });
      expect(result.billing.durationMs).toBe(pattern === 'request-response' ? 0 : MINUTE);
      expect(types(result.events).includes('TaskSubmitted')).toBe(pattern !== 'request-response');
    }
  });
});

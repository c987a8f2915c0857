// Default responses for the optimized integrations the simulator does not model against its world
// (resources/integrations.ts marks them 'default'): each answers in the shape its API documents, with
// "SimulatedResponse": true beside it, and records the call in world.sdkCalls so a lesson can still check
// it was made with the right parameters. A `.sync` job lasts a virtual minute (a fault rule's durationMs
// changes that, its jobFailure makes the job end FAILED) and ends with the job's description.

import type { JsonObject, JsonValue, TaskOutcome } from '../../types';
import { nextHexId } from '../ids';
import type { JobRun } from '../world';
import { IntegrationError, type Integration, type ServiceCall } from './common';
import { jobOutcome, startRun } from './jobs';
import { own } from '../../own';
import { STATES_ERRORS } from '../../asl/errors';

/** The marker every default response carries, so nobody mistakes it for a modelled answer. */
export const SIMULATED = { SimulatedResponse: true } as const;

interface DefaultApi {
  /** The immediate response (request-response, and the TaskSubmitted output of .sync). */
  started(call: ServiceCall, id: string): JsonObject;
  /** The job's description once it ends, for .sync (absent: the API is not job-like). */
  ended?(call: ServiceCall, run: JobRun, id: string): JsonObject;
}

const str = (v: JsonValue | undefined, fallback: string): string => (typeof v === 'string' && v !== '' ? v : fallback);
const arn = (call: ServiceCall, service: string, resource: string) => `arn:aws:${service}:${call.world.region}:${call.world.accountId}:${resource}`;
const iso = (ms: number) => new Date(ms).toISOString();
const ok = (run: JobRun, yes: string, no: string) => (run.state === 'SUCCEEDED' ? yes : no);

/** A job's name from the request, or a name derived from its id. */
const nameOf = (call: ServiceCall, field: string, id: string) => str(own(call.params, field), `job-${id.slice(0, 8)}`);

function sagemakerJob(kind: string, nameField: string, arnField: string, statusField: string): DefaultApi {
  return {
    started: (call, id) => ({ [arnField]: arn(call, 'sagemaker', `${kind}/${nameOf(call, nameField, id)}`) }),
    ended: (call, run, id) => ({
      [nameField]: nameOf(call, nameField, id),
      [arnField]: arn(call, 'sagemaker', `${kind}/${nameOf(call, nameField, id)}`),
      [statusField]: ok(run, 'Completed', 'Failed'),
      CreationTime: run.startedAt,
      LastModifiedTime: run.completedAt,
      ...(run.errorMessage !== undefined ? { FailureReason: run.errorMessage } : {}),
    }),
  };
}

function eksResource(key: string, nameField: string, arnPart: string, endState: string): DefaultApi {
  const body = (call: ServiceCall, status: string): JsonObject => {
    const name = str(own(call.params, nameField) ?? call.params.Name, 'resource');
    const cluster = str(call.params.ClusterName ?? call.params.Name, 'cluster');
    return { [key]: { [nameField]: name, Arn: arn(call, 'eks', `${arnPart}/${cluster}/${name}`), Status: status, CreatedAt: iso(call.invocation.now) } };
  };
  const deleting = endState === 'DELETED';
  return {
    started: (call) => body(call, deleting ? 'DELETING' : 'CREATING'),
    ended: (call, run) => body(call, run.state === 'SUCCEEDED' ? endState : 'FAILED'),
  };
}

const kubernetesResponse = (body: JsonValue, status = 200, text = 'OK'): JsonObject => ({ ResponseBody: body, StatusCode: status, StatusText: text, Headers: {} });

const DEFAULT_APIS: Record<string, DefaultApi> = {
  'athena:stopQueryExecution': { started: () => ({}) },
  'athena:getQueryExecution': {
    started: (call) => ({
      QueryExecution: {
        QueryExecutionId: str(call.params.QueryExecutionId, 'query'),
        Query: '',
        Status: { State: 'SUCCEEDED', SubmissionDateTime: call.invocation.now, CompletionDateTime: call.invocation.now },
        Statistics: { EngineExecutionTimeInMillis: 0, DataScannedInBytes: 0 },
      },
    }),
  },
  'bedrock:createModelCustomizationJob': {
    started: (call, id) => ({ JobArn: arn(call, 'bedrock', `model-customization-job/${id}`) }),
    ended: (call, run, id) => ({
      JobArn: arn(call, 'bedrock', `model-customization-job/${id}`),
      JobName: nameOf(call, 'JobName', id),
      OutputModelName: str(call.params.CustomModelName, 'custom-model'),
      OutputModelArn: arn(call, 'bedrock', `custom-model/${str(call.params.CustomModelName, 'custom-model')}`),
      BaseModelArn: arn(call, 'bedrock', `foundation-model/${str(call.params.BaseModelIdentifier, 'base-model')}`),
      Status: ok(run, 'Completed', 'Failed'),
      CreationTime: iso(run.startedAt),
      EndTime: iso(run.completedAt),
      ...(run.errorMessage !== undefined ? { FailureMessage: run.errorMessage } : {}),
    }),
  },
  'codebuild:startBuild': codebuild('Build', 'BuildStatus', 'ProjectName'),
  'codebuild:stopBuild': { started: (call) => ({ Build: { Id: str(call.params.Id, 'build'), BuildStatus: 'STOPPED' } }) },
  'codebuild:batchDeleteBuilds': { started: (call) => ({ BuildsDeleted: (call.params.Ids as JsonValue) ?? [], BuildsNotDeleted: [] }) },
  'codebuild:batchGetReports': { started: (call) => ({ Reports: [], ReportsNotFound: (call.params.ReportArns as JsonValue) ?? [] }) },
  'codebuild:startBuildBatch': codebuild('BuildBatch', 'BuildBatchStatus', 'ProjectName'),
  'codebuild:retryBuildBatch': codebuild('BuildBatch', 'BuildBatchStatus', 'ProjectName'),
  'codebuild:stopBuildBatch': { started: (call) => ({ BuildBatch: { Id: str(call.params.Id, 'batch'), BuildBatchStatus: 'STOPPED' } }) },
  'codebuild:deleteBuildBatch': { started: () => ({ StatusCode: 'BATCH_DELETED', BuildsDeleted: [], BuildsNotDeleted: [] }) },
  'eks:createCluster': eksResource('Cluster', 'Name', 'cluster', 'ACTIVE'),
  'eks:deleteCluster': eksResource('Cluster', 'Name', 'cluster', 'DELETED'),
  'eks:createFargateProfile': eksResource('FargateProfile', 'FargateProfileName', 'fargateprofile', 'ACTIVE'),
  'eks:deleteFargateProfile': eksResource('FargateProfile', 'FargateProfileName', 'fargateprofile', 'DELETED'),
  'eks:createNodegroup': eksResource('Nodegroup', 'NodegroupName', 'nodegroup', 'ACTIVE'),
  'eks:deleteNodegroup': eksResource('Nodegroup', 'NodegroupName', 'nodegroup', 'DELETED'),
  'eks:runJob': {
    started: (call, id) => kubernetesResponse({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: `job-${id.slice(0, 8)}`, namespace: str(call.params.Namespace, 'default'), uid: id }, status: {} }, 201, 'Created'),
    ended: (call, run, id) =>
      kubernetesResponse({
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: { name: `job-${id.slice(0, 8)}`, namespace: str(call.params.Namespace, 'default'), uid: id },
        status: run.state === 'SUCCEEDED' ? { succeeded: 1, startTime: iso(run.startedAt), completionTime: iso(run.completedAt) } : { failed: 1, startTime: iso(run.startedAt) },
      }),
  },
  'eks:call': { started: () => kubernetesResponse({}) },
  'elasticmapreduce:setClusterTerminationProtection': { started: () => ({}) },
  'elasticmapreduce:cancelStep': { started: (call) => ({ CancelStepsInfoList: [{ StepId: str(call.params.StepId, 'step'), Status: 'SUBMITTED', Reason: '' }] }) },
  'elasticmapreduce:modifyInstanceFleetByName': { started: () => ({}) },
  'elasticmapreduce:modifyInstanceGroupByName': { started: () => ({}) },
  'emr-containers:createVirtualCluster': { started: (call, id) => ({ Id: id, Name: str(call.params.Name, 'virtual-cluster'), Arn: arn(call, 'emr-containers', `/virtualclusters/${id}`) }) },
  'emr-containers:deleteVirtualCluster': { started: (call) => ({ Id: str(call.params.Id, 'virtual-cluster') }), ended: (call) => ({ Id: str(call.params.Id, 'virtual-cluster') }) },
  'emr-containers:startJobRun': {
    started: (call, id) => ({ Id: id, Name: nameOf(call, 'Name', id), Arn: arn(call, 'emr-containers', `/virtualclusters/${str(call.params.VirtualClusterId, 'vc')}/jobruns/${id}`), VirtualClusterId: str(call.params.VirtualClusterId, 'vc') }),
    ended: (call, run, id) => ({ JobRun: { Id: id, Name: nameOf(call, 'Name', id), VirtualClusterId: str(call.params.VirtualClusterId, 'vc'), State: ok(run, 'COMPLETED', 'FAILED'), CreatedAt: iso(run.startedAt), FinishedAt: iso(run.completedAt) } }),
  },
  'emr-serverless:createApplication': { started: (call, id) => ({ ApplicationId: id, Arn: arn(call, 'emr-serverless', `/applications/${id}`), Name: str(call.params.Name, 'application') }), ended: (call, _run, id) => ({ ApplicationId: id, Arn: arn(call, 'emr-serverless', `/applications/${id}`), Name: str(call.params.Name, 'application') }) },
  'emr-serverless:startApplication': { started: (call) => ({ ApplicationId: str(call.params.ApplicationId, 'application') }), ended: (call) => ({ ApplicationId: str(call.params.ApplicationId, 'application') }) },
  'emr-serverless:stopApplication': { started: (call) => ({ ApplicationId: str(call.params.ApplicationId, 'application') }), ended: (call) => ({ ApplicationId: str(call.params.ApplicationId, 'application') }) },
  'emr-serverless:deleteApplication': { started: (call) => ({ ApplicationId: str(call.params.ApplicationId, 'application') }), ended: (call) => ({ ApplicationId: str(call.params.ApplicationId, 'application') }) },
  'emr-serverless:startJobRun': {
    started: (call, id) => ({ ApplicationId: str(call.params.ApplicationId, 'application'), JobRunId: id, Arn: arn(call, 'emr-serverless', `/applications/${str(call.params.ApplicationId, 'application')}/jobruns/${id}`) }),
    ended: (call, run, id) => ({
      JobRun: { ApplicationId: str(call.params.ApplicationId, 'application'), JobRunId: id, State: ok(run, 'SUCCESS', 'FAILED'), CreatedAt: iso(run.startedAt), UpdatedAt: iso(run.completedAt), ...(run.errorMessage !== undefined ? { StateDetails: run.errorMessage } : {}) },
    }),
  },
  'emr-serverless:cancelJobRun': { started: (call) => ({ ApplicationId: str(call.params.ApplicationId, 'application'), JobRunId: str(call.params.JobRunId, 'job-run') }), ended: (call) => ({ ApplicationId: str(call.params.ApplicationId, 'application'), JobRunId: str(call.params.JobRunId, 'job-run') }) },
  'databrew:startJobRun': {
    started: (_call, id) => ({ RunId: id }),
    ended: (call, run, id) => ({ JobName: str(call.params.Name, 'job'), RunId: id, State: ok(run, 'SUCCEEDED', 'FAILED'), StartedOn: run.startedAt, CompletedOn: run.completedAt, ExecutionTime: Math.round((run.completedAt - run.startedAt) / 1000), ...(run.errorMessage !== undefined ? { ErrorMessage: run.errorMessage } : {}) }),
  },
  'mediaconvert:createJob': {
    started: (call, id) => ({ Job: { Id: id, Arn: arn(call, 'mediaconvert', `jobs/${id}`), Status: 'SUBMITTED', CreatedAt: iso(call.invocation.now), Role: str(call.params.Role, ''), Settings: (call.params.Settings as JsonValue) ?? {} } }),
    ended: (call, run, id) => ({
      Job: { Id: id, Arn: arn(call, 'mediaconvert', `jobs/${id}`), Status: ok(run, 'COMPLETE', 'ERROR'), CreatedAt: iso(run.startedAt), Timing: { SubmitTime: iso(run.startedAt), FinishTime: iso(run.completedAt) }, ...(run.errorMessage !== undefined ? { ErrorMessage: run.errorMessage } : {}) },
    }),
  },
  'sagemaker:createEndpoint': { started: (call) => ({ EndpointArn: arn(call, 'sagemaker', `endpoint/${str(call.params.EndpointName, 'endpoint')}`) }) },
  'sagemaker:createEndpointConfig': { started: (call) => ({ EndpointConfigArn: arn(call, 'sagemaker', `endpoint-config/${str(call.params.EndpointConfigName, 'endpoint-config')}`) }) },
  'sagemaker:createModel': { started: (call) => ({ ModelArn: arn(call, 'sagemaker', `model/${str(call.params.ModelName, 'model')}`) }) },
  'sagemaker:updateEndpoint': { started: (call) => ({ EndpointArn: arn(call, 'sagemaker', `endpoint/${str(call.params.EndpointName, 'endpoint')}`) }) },
  'sagemaker:createHyperParameterTuningJob': sagemakerJob('hyper-parameter-tuning-job', 'HyperParameterTuningJobName', 'HyperParameterTuningJobArn', 'HyperParameterTuningJobStatus'),
  'sagemaker:createLabelingJob': sagemakerJob('labeling-job', 'LabelingJobName', 'LabelingJobArn', 'LabelingJobStatus'),
  'sagemaker:createProcessingJob': sagemakerJob('processing-job', 'ProcessingJobName', 'ProcessingJobArn', 'ProcessingJobStatus'),
  'sagemaker:createTrainingJob': sagemakerJob('training-job', 'TrainingJobName', 'TrainingJobArn', 'TrainingJobStatus'),
  'sagemaker:createTransformJob': sagemakerJob('transform-job', 'TransformJobName', 'TransformJobArn', 'TransformJobStatus'),
  'http:invoke': { started: () => ({ Headers: { 'content-type': ['application/json'] }, ResponseBody: {}, StatusCode: 200, StatusText: 'OK' }) },
};

function codebuild(key: string, statusField: string, projectField: string): DefaultApi {
  const body = (call: ServiceCall, id: string, status: string, run?: JobRun): JsonObject => {
    const project = str(own(call.params, projectField) ?? call.params.Id, 'project');
    const out: JsonObject = { Id: `${project}:${id}`, Arn: arn(call, 'codebuild', `build/${project}:${id}`), ProjectName: project, [statusField]: status, StartTime: run?.startedAt ?? call.invocation.now };
    if (run) out.EndTime = run.completedAt;
    return { [key]: out };
  };
  return { started: (call, id) => body(call, id, 'IN_PROGRESS'), ended: (call, run, id) => body(call, id, ok(run, 'SUCCEEDED', 'FAILED'), run) };
}

/** The service:action pairs answered here: the services catalog checks them against the table. */
export const DEFAULT_RESPONSE_ACTIONS: readonly string[] = Object.keys(DEFAULT_APIS);

/** Any optimized integration listed above, or any AWS SDK action the simulator does not model. */
export const defaultResponse: Integration = (call) => {
  if (call.resource.kind !== 'aws-sdk' && call.resource.kind !== 'optimized') throw new IntegrationError(STATES_ERRORS.Runtime, 'A default response needs a service integration resource');
  const { service, action } = call.resource;
  const { world, invocation } = call;
  world.sdkCalls.push({ service, action, input: invocation.input, at: invocation.now, stateName: invocation.stateName });
  const api = call.resource.kind === 'optimized' ? own(DEFAULT_APIS, `${service}:${action}`) : undefined;
  if (api === undefined) {
    // An AWS SDK action: over nine thousand of them, each with its own response shape; say so plainly.
    const note = `The simulator does not model ${service}:${action}; it accepted the call and returned this default response. Set a Return for this state in a mock config (or a fault rule) to control what it answers.`;
    return { kind: 'success', output: { ...SIMULATED, Note: note } };
  }
  const id = nextHexId(world, `${service}:${action}`, 32);
  const started: JsonObject = { ...api.started(call, id), ...SIMULATED };
  const pattern = call.resource.pattern;
  if (api.ended === undefined || (pattern !== 'sync' && pattern !== 'sync:2')) return { kind: 'success', output: started };
  const run = startRun(call, [], {}, id, `${service}:${action}`, call.params);
  const outcome: TaskOutcome = jobOutcome(call, run, started, (r) => ({ ...api.ended!(call, r, id), ...SIMULATED }));
  return outcome;
};

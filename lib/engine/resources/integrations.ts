// THE table of service integrations: every optimized integration in AWS's list of supported services, with
// the integration patterns AWS allows for it, and the AWS SDK actions the simulator models against its
// world. The validator (rules/resource.ts) and the simulated services (services/catalog.ts) both read it;
// nothing else lists resources.
//
// Sources: developer guide "Integrating optimized services with Step Functions" (the table of patterns per
// service: request-response for all; .sync for Athena, Batch, Bedrock, CodeBuild, ECS, EKS, EMR, EMR on
// EKS, EMR Serverless, Glue, Glue DataBrew, MediaConvert, SageMaker, Step Functions; .waitForTaskToken for
// API Gateway, Bedrock, ECS, EKS, EventBridge, Lambda, SNS, SQS, Step Functions) and each service's page for
// which of its APIs run as a job (.sync). The HTTP Task (http:invoke) is request-response only.
//
// `simulation` says how the simulator answers: 'world' when it models the call against the simulated world
// (values a scenario can set), 'default' when it answers with a default response in the service's documented
// shape, marked as simulated (the validator warns: "runs with a default response").

import type { IntegrationPattern } from './arn';

export type Simulation = 'world' | 'default';

export interface IntegrationSpec {
  kind: 'optimized' | 'aws-sdk';
  service: string;
  action: string;
  patterns: readonly IntegrationPattern[];
  description: string;
  simulation: Simulation;
}

const RR: IntegrationPattern = 'request-response';
const SYNC: IntegrationPattern = 'sync';
const WAIT: IntegrationPattern = 'waitForTaskToken';

/** Services whose every optimized API also supports .waitForTaskToken (AWS's table of patterns). */
const CALLBACK_SERVICES = new Set(['apigateway', 'bedrock', 'ecs', 'eks', 'events', 'lambda', 'sns', 'sqs', 'states']);

function api(service: string, action: string, job: boolean, description: string, simulation: Simulation = 'default'): IntegrationSpec {
  const patterns: IntegrationPattern[] = [RR];
  if (job) patterns.push(SYNC);
  if (service === 'states') patterns.push('sync:2');
  if (CALLBACK_SERVICES.has(service)) patterns.push(WAIT);
  return { kind: 'optimized', service, action, patterns, description, simulation };
}

function sdk(service: string, action: string, description: string): IntegrationSpec {
  // AWS SDK integrations: request-response and .waitForTaskToken, never .sync.
  return { kind: 'aws-sdk', service, action, patterns: [RR, WAIT], description, simulation: 'world' };
}

export const OPTIMIZED_INTEGRATIONS: readonly IntegrationSpec[] = [
  api('apigateway', 'invoke', false, 'Call an API Gateway REST or HTTP API', 'world'),
  api('athena', 'startQueryExecution', true, 'Start an Athena query; .sync waits for the result', 'world'),
  api('athena', 'stopQueryExecution', false, 'Stop an Athena query'),
  api('athena', 'getQueryExecution', false, 'Describe an Athena query'),
  api('athena', 'getQueryResults', false, 'Read the rows of an Athena query', 'world'),
  api('batch', 'submitJob', true, 'Submit an AWS Batch job; .sync waits until it ends', 'world'),
  api('bedrock', 'invokeModel', false, 'Run inference on an Amazon Bedrock model', 'world'),
  api('bedrock', 'createModelCustomizationJob', true, 'Fine-tune a Bedrock model; .sync waits for the job'),
  api('codebuild', 'startBuild', true, 'Start a CodeBuild build; .sync waits for it'),
  api('codebuild', 'stopBuild', false, 'Stop a CodeBuild build'),
  api('codebuild', 'batchDeleteBuilds', false, 'Delete CodeBuild builds'),
  api('codebuild', 'batchGetReports', false, 'Read CodeBuild reports'),
  api('codebuild', 'startBuildBatch', true, 'Start a CodeBuild build batch; .sync waits for it'),
  api('codebuild', 'stopBuildBatch', false, 'Stop a CodeBuild build batch'),
  api('codebuild', 'retryBuildBatch', true, 'Retry a CodeBuild build batch; .sync waits for it'),
  api('codebuild', 'deleteBuildBatch', false, 'Delete a CodeBuild build batch'),
  api('dynamodb', 'getItem', false, 'Read one DynamoDB item by key', 'world'),
  api('dynamodb', 'putItem', false, 'Write one DynamoDB item (ConditionExpression supported)', 'world'),
  api('dynamodb', 'updateItem', false, 'Update one DynamoDB item with an UpdateExpression', 'world'),
  api('dynamodb', 'deleteItem', false, 'Delete one DynamoDB item', 'world'),
  api('ecs', 'runTask', true, 'Run an ECS/Fargate task; .sync waits until it stops', 'world'),
  api('eks', 'createCluster', true, 'Create an EKS cluster; .sync waits until it is active'),
  api('eks', 'deleteCluster', true, 'Delete an EKS cluster; .sync waits until it is gone'),
  api('eks', 'createFargateProfile', true, 'Create an EKS Fargate profile; .sync waits until it is active'),
  api('eks', 'deleteFargateProfile', true, 'Delete an EKS Fargate profile; .sync waits until it is gone'),
  api('eks', 'createNodegroup', true, 'Create an EKS node group; .sync waits until it is active'),
  api('eks', 'deleteNodegroup', true, 'Delete an EKS node group; .sync waits until it is gone'),
  api('eks', 'runJob', true, 'Run a Kubernetes job on an EKS cluster; .sync waits for it'),
  api('eks', 'call', false, 'Call the Kubernetes API of an EKS cluster'),
  api('elasticmapreduce', 'createCluster', true, 'Create an EMR cluster; .sync waits until it is ready', 'world'),
  api('elasticmapreduce', 'setClusterTerminationProtection', false, 'Lock or unlock an EMR cluster against termination'),
  api('elasticmapreduce', 'terminateCluster', true, 'Terminate an EMR cluster; .sync waits until it is terminated', 'world'),
  api('elasticmapreduce', 'addStep', true, 'Add a step to an EMR cluster; .sync waits for the step', 'world'),
  api('elasticmapreduce', 'cancelStep', false, 'Cancel a pending EMR step'),
  api('elasticmapreduce', 'modifyInstanceFleetByName', false, 'Resize an EMR instance fleet'),
  api('elasticmapreduce', 'modifyInstanceGroupByName', false, 'Resize an EMR instance group'),
  api('emr-containers', 'createVirtualCluster', false, 'Create an EMR on EKS virtual cluster'),
  api('emr-containers', 'deleteVirtualCluster', true, 'Delete an EMR on EKS virtual cluster; .sync waits until it is gone'),
  api('emr-containers', 'startJobRun', true, 'Run a job on EMR on EKS; .sync waits for it'),
  api('emr-serverless', 'createApplication', true, 'Create an EMR Serverless application; .sync waits until it is created'),
  api('emr-serverless', 'startApplication', true, 'Start an EMR Serverless application; .sync waits until it is started'),
  api('emr-serverless', 'stopApplication', true, 'Stop an EMR Serverless application; .sync waits until it is stopped'),
  api('emr-serverless', 'deleteApplication', true, 'Delete an EMR Serverless application; .sync waits until it is gone'),
  api('emr-serverless', 'startJobRun', true, 'Run a job on EMR Serverless; .sync waits for it'),
  api('emr-serverless', 'cancelJobRun', true, 'Cancel an EMR Serverless job run; .sync waits until it is cancelled'),
  api('events', 'putEvents', false, 'Put events on an EventBridge bus', 'world'),
  api('glue', 'startJobRun', true, 'Start a Glue job run; .sync waits for it to finish', 'world'),
  api('databrew', 'startJobRun', true, 'Run a Glue DataBrew job; .sync waits for it'),
  api('lambda', 'invoke', false, 'Invoke a Lambda function; the result is the Invoke response (Payload, StatusCode, ...)', 'world'),
  api('mediaconvert', 'createJob', true, 'Create an Elemental MediaConvert job; .sync waits for it'),
  api('sagemaker', 'createEndpoint', false, 'Create a SageMaker endpoint'),
  api('sagemaker', 'createEndpointConfig', false, 'Create a SageMaker endpoint configuration'),
  api('sagemaker', 'createHyperParameterTuningJob', true, 'Tune a SageMaker model; .sync waits for the tuning job'),
  api('sagemaker', 'createLabelingJob', true, 'Create a SageMaker Ground Truth labeling job; .sync waits for it'),
  api('sagemaker', 'createModel', false, 'Create a SageMaker model'),
  api('sagemaker', 'createProcessingJob', true, 'Run a SageMaker processing job; .sync waits for it'),
  api('sagemaker', 'createTrainingJob', true, 'Train a SageMaker model; .sync waits for the training job'),
  api('sagemaker', 'createTransformJob', true, 'Run a SageMaker batch transform; .sync waits for it'),
  api('sagemaker', 'updateEndpoint', false, 'Deploy a new configuration to a SageMaker endpoint'),
  api('sns', 'publish', false, 'Publish a message to an SNS topic', 'world'),
  api('sqs', 'sendMessage', false, 'Send a message to an SQS queue', 'world'),
  api('states', 'startExecution', true, 'Start another state machine of the workspace; .sync/.sync:2 wait for it', 'world'),
  api('http', 'invoke', false, 'Call an HTTPS API (the HTTP Task)'),
];

/** AWS SDK actions the simulator models against its world; any other aws-sdk action gets a default response. */
export const MODELLED_SDK_ACTIONS: readonly IntegrationSpec[] = [
  sdk('s3', 'getObject', 'Read an object from a simulated S3 bucket'),
  sdk('s3', 'putObject', 'Write an object to a simulated S3 bucket'),
  sdk('s3', 'listObjectsV2', 'List objects of a simulated S3 bucket by prefix'),
  sdk('dynamodb', 'query', 'Query a DynamoDB table by partition key (KeyConditionExpression)'),
  sdk('dynamodb', 'getItem', 'Read one DynamoDB item (SDK form)'),
  sdk('dynamodb', 'putItem', 'Write one DynamoDB item (SDK form)'),
  sdk('dynamodb', 'updateItem', 'Update one DynamoDB item (SDK form)'),
  sdk('dynamodb', 'deleteItem', 'Delete one DynamoDB item (SDK form)'),
  sdk('redshiftdata', 'executeStatement', 'Run SQL on Redshift through the Redshift Data API'),
  sdk('redshiftdata', 'describeStatement', 'Read the status of a Redshift Data API statement'),
  sdk('rdsdata', 'executeStatement', 'Run SQL on an Aurora/RDS database through the RDS Data API'),
];

/** `optimized:sns:publish`, `aws-sdk:s3:getObject`: how an entry is keyed. */
export function integrationKey(kind: IntegrationSpec['kind'], service: string, action: string): string {
  return `${kind}:${service}:${action}`;
}

const BY_KEY = new Map<string, IntegrationSpec>([...OPTIMIZED_INTEGRATIONS, ...MODELLED_SDK_ACTIONS].map((e) => [integrationKey(e.kind, e.service, e.action), e]));

export function findIntegration(kind: IntegrationSpec['kind'], service: string, action: string): IntegrationSpec | undefined {
  return BY_KEY.get(integrationKey(kind, service, action));
}

/** The optimized actions of a service, for "did you mean" and "call other actions through aws-sdk" hints. */
export function optimizedActionsOf(service: string): string[] {
  return OPTIMIZED_INTEGRATIONS.filter((e) => e.service === service).map((e) => e.action);
}

export const OPTIMIZED_SERVICES: readonly string[] = [...new Set(OPTIMIZED_INTEGRATIONS.map((e) => e.service))];

// The resources the simulator answers, with the integration patterns each supports (as AWS's table of
// optimized integrations lists them). The validator uses checkResourceArn so an unsupported or malformed
// ARN is a definition error that lists what is supported.

import { parseResourceArn, type IntegrationPattern, type ParsedResource } from './arn';
import type { Integration } from './integrations/common';
import { athenaGetQueryResults, athenaStartQueryExecution } from './integrations/athena';
import { genericSdkCall, s3GetObject, s3ListObjectsV2, s3PutObject } from './integrations/aws-sdk';
import { batchSubmitJob } from './integrations/batch';
import { rdsExecuteStatement, redshiftDescribeStatement, redshiftExecuteStatement } from './integrations/data-api';
import {
  dynamoDeleteItem,
  dynamoGetItem,
  dynamoPutItem,
  dynamoUpdateItem,
  sdkDynamoDeleteItem,
  sdkDynamoGetItem,
  sdkDynamoPutItem,
  sdkDynamoQuery,
  sdkDynamoUpdateItem,
} from './integrations/dynamodb';
import { ecsRunTask } from './integrations/ecs';
import { emrAddStep, emrCreateCluster, emrTerminateCluster } from './integrations/emr';
import { glueStartJobRun } from './integrations/glue';
import { invokeFunctionArn, lambdaInvoke } from './integrations/lambda';
import { eventsPutEvents, snsPublish, sqsSendMessage } from './integrations/messaging';
import { statesStartExecution } from './integrations/step-functions';

export interface CatalogEntry {
  /** The Resource as written, without a pattern suffix. */
  arn: string;
  service: string;
  action: string;
  patterns: IntegrationPattern[];
  description: string;
  integration: Integration;
}

const RR: IntegrationPattern = 'request-response';
const SYNC: IntegrationPattern = 'sync';
const WAIT: IntegrationPattern = 'waitForTaskToken';

function optimized(service: string, action: string, patterns: IntegrationPattern[], description: string, integration: Integration): CatalogEntry {
  return { arn: `arn:aws:states:::${service}:${action}`, service, action, patterns, description, integration };
}
function sdk(service: string, action: string, description: string, integration: Integration): CatalogEntry {
  return { arn: `arn:aws:states:::aws-sdk:${service}:${action}`, service, action, patterns: [RR, WAIT], description, integration };
}

export const OPTIMIZED_ENTRIES: CatalogEntry[] = [
  optimized('lambda', 'invoke', [RR, WAIT], 'Invoke a Lambda function; the result is the Invoke response (Payload, StatusCode, ...)', lambdaInvoke),
  optimized('glue', 'startJobRun', [RR, SYNC], 'Start a Glue job run; .sync waits for it to finish', glueStartJobRun),
  optimized('sns', 'publish', [RR, WAIT], 'Publish a message to an SNS topic', snsPublish),
  optimized('sqs', 'sendMessage', [RR, WAIT], 'Send a message to an SQS queue', sqsSendMessage),
  optimized('dynamodb', 'getItem', [RR], 'Read one DynamoDB item by key', dynamoGetItem),
  optimized('dynamodb', 'putItem', [RR], 'Write one DynamoDB item (ConditionExpression supported)', dynamoPutItem),
  optimized('dynamodb', 'updateItem', [RR], 'Update one DynamoDB item with an UpdateExpression', dynamoUpdateItem),
  optimized('dynamodb', 'deleteItem', [RR], 'Delete one DynamoDB item', dynamoDeleteItem),
  optimized('ecs', 'runTask', [RR, SYNC, WAIT], 'Run an ECS task; .sync waits until it stops', ecsRunTask),
  optimized('batch', 'submitJob', [RR, SYNC, WAIT], 'Submit an AWS Batch job; .sync waits until it ends', batchSubmitJob),
  optimized('athena', 'startQueryExecution', [RR, SYNC], 'Start an Athena query; .sync waits for the result', athenaStartQueryExecution),
  optimized('athena', 'getQueryResults', [RR], 'Read the rows of an Athena query', athenaGetQueryResults),
  optimized('elasticmapreduce', 'createCluster', [RR, SYNC], 'Create an EMR cluster; .sync waits until it is ready', emrCreateCluster),
  optimized('elasticmapreduce', 'addStep', [RR, SYNC], 'Add a step to an EMR cluster; .sync waits for the step', emrAddStep),
  optimized('elasticmapreduce', 'terminateCluster', [RR, SYNC], 'Terminate an EMR cluster', emrTerminateCluster),
  optimized('events', 'putEvents', [RR, WAIT], 'Put events on an EventBridge bus', eventsPutEvents),
  optimized('states', 'startExecution', [RR, SYNC, 'sync:2', WAIT], 'Start another state machine of the workspace; .sync/.sync:2 wait for it', statesStartExecution),
  // Valid on AWS but not modelled: they answer with the generic default response.
  optimized('codebuild', 'startBuild', [RR, SYNC], 'Start a CodeBuild build (default simulated response)', genericSdkCall),
  optimized('codebuild', 'stopBuild', [RR], 'Stop a CodeBuild build (default simulated response)', genericSdkCall),
  optimized('athena', 'stopQueryExecution', [RR], 'Stop an Athena query (default simulated response)', genericSdkCall),
  optimized('athena', 'getQueryExecution', [RR], 'Describe an Athena query (default simulated response)', genericSdkCall),
  optimized('http', 'invoke', [RR], 'Call an HTTPS API (default simulated response)', genericSdkCall),
];

/** AWS SDK actions the simulator models against the world; any other aws-sdk action gets a default response. */
export const SDK_ENTRIES: CatalogEntry[] = [
  sdk('s3', 'getObject', 'Read an object from a simulated S3 bucket', s3GetObject),
  sdk('s3', 'putObject', 'Write an object to a simulated S3 bucket', s3PutObject),
  sdk('s3', 'listObjectsV2', 'List objects of a simulated S3 bucket by prefix', s3ListObjectsV2),
  sdk('dynamodb', 'query', 'Query a DynamoDB table by partition key (KeyConditionExpression)', sdkDynamoQuery),
  sdk('dynamodb', 'getItem', 'Read one DynamoDB item (SDK form)', sdkDynamoGetItem),
  sdk('dynamodb', 'putItem', 'Write one DynamoDB item (SDK form)', sdkDynamoPutItem),
  sdk('dynamodb', 'updateItem', 'Update one DynamoDB item (SDK form)', sdkDynamoUpdateItem),
  sdk('dynamodb', 'deleteItem', 'Delete one DynamoDB item (SDK form)', sdkDynamoDeleteItem),
  sdk('redshiftdata', 'executeStatement', 'Run SQL on Redshift through the Redshift Data API', redshiftExecuteStatement),
  sdk('redshiftdata', 'describeStatement', 'Read the status of a Redshift Data API statement', redshiftDescribeStatement),
  sdk('rdsdata', 'executeStatement', 'Run SQL on an Aurora/RDS database through the RDS Data API', rdsExecuteStatement),
];

const PATTERN_SUFFIX: Record<IntegrationPattern, string> = { 'request-response': '', sync: '.sync', 'sync:2': '.sync:2', waitForTaskToken: '.waitForTaskToken' };

export interface ResourceDescription {
  resource: ParsedResource;
  /** The integration that answers it. */
  integration: Integration | 'callback';
  description: string;
  /** 'world' when the simulator models the call, 'default' when it answers with a generic response. */
  simulation: 'world' | 'default' | 'callback';
}

function findEntry(list: CatalogEntry[], service: string, action: string): CatalogEntry | undefined {
  return list.find((e) => e.service === service && e.action === action);
}

/** Supported resources, one per line, for error messages and the sandbox's help. */
export function supportedResourceList(): string[] {
  return [
    'arn:aws:lambda:<region>:<account>:function:<name> (invoke a Lambda function directly)',
    ...OPTIMIZED_ENTRIES.map((e) => `${e.arn}${e.patterns.filter((p) => p !== 'request-response').map((p) => ` | ${PATTERN_SUFFIX[p]}`).join('')}`),
    'arn:aws:states:::aws-sdk:<service>:<action> (any AWS SDK action; simulated: ' + SDK_ENTRIES.map((e) => `${e.service}:${e.action}`).join(', ') + ')',
    'arn:aws:states:<region>:<account>:activity:<name> (an activity worker, answered by the simulated world\'s callbacks)',
  ];
}

type Lookup = { ok: true; description: ResourceDescription } | { ok: false; message: string };

export function lookupResource(arn: string): Lookup {
  const parsed = parseResourceArn(arn);
  const supported = () => `Supported resources:\n  - ${supportedResourceList().join('\n  - ')}`;
  if (!parsed.ok) return { ok: false, message: `${parsed.message}. ${supported()}` };
  const resource = parsed.resource;
  switch (resource.kind) {
    case 'lambda-function':
      return { ok: true, description: { resource, integration: invokeFunctionArn, description: `Invoke the Lambda function ${resource.functionName}`, simulation: 'world' } };
    case 'activity':
      return { ok: true, description: { resource, integration: 'callback', description: `Wait for a worker of activity ${resource.name}`, simulation: 'callback' } };
    case 'aws-sdk': {
      if (resource.pattern === 'sync' || resource.pattern === 'sync:2') {
        return { ok: false, message: `AWS SDK integrations do not support the .sync pattern ("${arn}"); only request-response and .waitForTaskToken. ${supported()}` };
      }
      const entry = findEntry(SDK_ENTRIES, resource.service, resource.action);
      if (entry) return { ok: true, description: { resource, integration: entry.integration, description: entry.description, simulation: 'world' } };
      return { ok: true, description: { resource, integration: genericSdkCall, description: `Call ${resource.service}:${resource.action} through the AWS SDK (simulated with a default response)`, simulation: 'default' } };
    }
    case 'optimized': {
      const entry = findEntry(OPTIMIZED_ENTRIES, resource.service, resource.action);
      if (!entry) {
        const sameService = OPTIMIZED_ENTRIES.filter((e) => e.service === resource.service).map((e) => e.action);
        const hint = sameService.length
          ? ` The optimized ${resource.service} integration supports ${sameService.join(', ')}; call other actions as arn:aws:states:::aws-sdk:${resource.service}:${resource.action}.`
          : '';
        return { ok: false, message: `The resource "${arn}" is not a supported service integration.${hint} ${supported()}` };
      }
      if (!entry.patterns.includes(resource.pattern)) {
        return {
          ok: false,
          message: `${entry.arn} does not support ${resource.pattern === 'request-response' ? 'request-response' : PATTERN_SUFFIX[resource.pattern]}; it supports ${entry.patterns.map((p) => (p === 'request-response' ? 'request-response' : PATTERN_SUFFIX[p])).join(', ')}.`,
        };
      }
      return { ok: true, description: { resource, integration: entry.integration, description: entry.description, simulation: 'world' } };
    }
  }
}

export function describeResource(arn: string): ResourceDescription | null {
  const found = lookupResource(arn);
  return found.ok ? found.description : null;
}

/** null when the simulator supports the resource; otherwise a message that lists the supported ones. */
export function checkResourceArn(arn: string): string | null {
  const found = lookupResource(arn);
  return found.ok ? null : found.message;
}

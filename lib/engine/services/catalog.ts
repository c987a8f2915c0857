// Which simulated integration answers a Task's resource. What exists, with which patterns, is the one table
// in lib/engine/resources (read by the validator too); this file only says which code answers each entry:
// a model against the world for the entries the table marks 'world', the documented-shape default response
// for the rest (integrations/defaults.ts).

import { integrationKey, MODELLED_SDK_ACTIONS, OPTIMIZED_INTEGRATIONS, resolveResource, type ParsedResource } from '../resources';
import type { Integration } from './integrations/common';
import { apiGatewayInvoke } from './integrations/api-gateway';
import { athenaGetQueryResults, athenaStartQueryExecution } from './integrations/athena';
import { s3GetObject, s3ListObjectsV2, s3PutObject } from './integrations/aws-sdk';
import { batchSubmitJob } from './integrations/batch';
import { bedrockInvokeModel } from './integrations/bedrock';
import { rdsExecuteStatement, redshiftDescribeStatement, redshiftExecuteStatement } from './integrations/data-api';
import { defaultResponse } from './integrations/defaults';
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
import { own } from '../own';

/** The models, keyed as the table keys its entries ('optimized:sns:publish', 'aws-sdk:s3:getObject'). */
export const MODELS: Readonly<Record<string, Integration>> = {
  'optimized:apigateway:invoke': apiGatewayInvoke,
  'optimized:athena:startQueryExecution': athenaStartQueryExecution,
  'optimized:athena:getQueryResults': athenaGetQueryResults,
  'optimized:batch:submitJob': batchSubmitJob,
  'optimized:bedrock:invokeModel': bedrockInvokeModel,
  'optimized:dynamodb:getItem': dynamoGetItem,
  'optimized:dynamodb:putItem': dynamoPutItem,
  'optimized:dynamodb:updateItem': dynamoUpdateItem,
  'optimized:dynamodb:deleteItem': dynamoDeleteItem,
  'optimized:ecs:runTask': ecsRunTask,
  'optimized:elasticmapreduce:createCluster': emrCreateCluster,
  'optimized:elasticmapreduce:terminateCluster': emrTerminateCluster,
  'optimized:elasticmapreduce:addStep': emrAddStep,
  'optimized:events:putEvents': eventsPutEvents,
  'optimized:glue:startJobRun': glueStartJobRun,
  'optimized:lambda:invoke': lambdaInvoke,
  'optimized:sns:publish': snsPublish,
  'optimized:sqs:sendMessage': sqsSendMessage,
  'optimized:states:startExecution': statesStartExecution,
  'aws-sdk:s3:getObject': s3GetObject,
  'aws-sdk:s3:putObject': s3PutObject,
  'aws-sdk:s3:listObjectsV2': s3ListObjectsV2,
  'aws-sdk:dynamodb:query': sdkDynamoQuery,
  'aws-sdk:dynamodb:getItem': sdkDynamoGetItem,
  'aws-sdk:dynamodb:putItem': sdkDynamoPutItem,
  'aws-sdk:dynamodb:updateItem': sdkDynamoUpdateItem,
  'aws-sdk:dynamodb:deleteItem': sdkDynamoDeleteItem,
  'aws-sdk:redshiftdata:executeStatement': redshiftExecuteStatement,
  'aws-sdk:redshiftdata:describeStatement': redshiftDescribeStatement,
  'aws-sdk:rdsdata:executeStatement': rdsExecuteStatement,
};

export interface ResourceDescription {
  resource: ParsedResource;
  /** The integration that answers it. */
  integration: Integration | 'callback';
  description: string;
  /** 'world' when the simulator models the call, 'default' when it answers with a default response. */
  simulation: 'world' | 'default' | 'callback';
}

/** The table entries the simulator models (for the consistency test: each has a model, and only those). */
export const MODELLED_KEYS: readonly string[] = [...OPTIMIZED_INTEGRATIONS, ...MODELLED_SDK_ACTIONS]
  .filter((e) => e.simulation === 'world')
  .map((e) => integrationKey(e.kind, e.service, e.action));

export function describeResource(arn: string): ResourceDescription | null {
  const found = resolveResource(arn);
  if (!found.ok) return null;
  const { resource, description, simulation } = found.resolved;
  if (resource.kind === 'activity') return { resource, integration: 'callback', description, simulation: 'callback' };
  if (resource.kind === 'lambda-function') return { resource, integration: invokeFunctionArn, description, simulation: 'world' };
  const model = simulation === 'world' ? own(MODELS, integrationKey(resource.kind, resource.service, resource.action)) : undefined;
  return { resource, integration: model ?? defaultResponse, description, simulation: model ? 'world' : 'default' };
}

/** null when the resource exists (AWS accepts it and the simulator answers it); otherwise why not. */
export function checkResourceArn(arn: string): string | null {
  const found = resolveResource(arn);
  return found.ok ? null : found.message;
}

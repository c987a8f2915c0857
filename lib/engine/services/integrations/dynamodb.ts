// DynamoDB: the optimized getItem/putItem/updateItem/deleteItem (responses carry the SDK metadata,
// errors are `DynamoDB.<Code>`) and the AWS SDK forms, including query (plain API responses, errors are
// `DynamoDb.<Code>` as the SDK integration names them).

import type { JsonObject } from '../../types';
import { deleteItem, getItem, putItem, queryItems, updateItem, type ReturnValues } from '../world/dynamodb';
import { DynamoError, type ExpressionContext } from '../world/dynamodb-expressions';
import { attributeMapProblem, type AttributeMap } from '../world/dynamodb-values';
import { IntegrationError, serviceError, withMetadata, type Integration, type ServiceCall } from './common';

type Flavour = { prefix: 'DynamoDB' | 'DynamoDb'; metadata: boolean };
const OPTIMIZED: Flavour = { prefix: 'DynamoDB', metadata: true };
const SDK: Flavour = { prefix: 'DynamoDb', metadata: false };

function fail(call: ServiceCall, flavour: Flavour, e: unknown): never {
  if (e instanceof DynamoError) {
    // The optimized integration's Java client reports validation problems as AmazonDynamoDBException.
    const code = e.code === 'ValidationException' && flavour.metadata ? 'AmazonDynamoDBException' : e.code;
    const err = serviceError(call.world, flavour.prefix, 'AmazonDynamoDBv2', e.code, e.message);
    throw new IntegrationError(`${flavour.prefix}.${code}`, err.causeText);
  }
  throw e;
}

function table(call: ServiceCall, flavour: Flavour): string {
  const name = call.params.TableName;
  if (typeof name !== 'string' || !name) fail(call, flavour, new DynamoError('ValidationException', 'TableName is required'));
  return name;
}

function attributeMap(call: ServiceCall, flavour: Flavour, field: string): AttributeMap {
  const value = call.params[field];
  const problem = attributeMapProblem(value, field);
  if (problem) fail(call, flavour, new DynamoError('ValidationException', `${problem}. DynamoDB takes typed values, e.g. {"id": {"S": "42"}}`));
  return value as AttributeMap;
}

function expressionContext(call: ServiceCall, flavour: Flavour): ExpressionContext {
  const ctx: ExpressionContext = {};
  const names = call.params.ExpressionAttributeNames;
  if (names !== undefined) ctx.names = names as Record<string, string>;
  if (call.params.ExpressionAttributeValues !== undefined) ctx.values = attributeMap(call, flavour, 'ExpressionAttributeValues');
  return ctx;
}

function respond(call: ServiceCall, flavour: Flavour, body: JsonObject) {
  return { kind: 'success' as const, output: flavour.metadata ? withMetadata(call.world, body) : body };
}

const optionalString = (call: ServiceCall, field: string) => (typeof call.params[field] === 'string' ? (call.params[field] as string) : undefined);

function makeGetItem(flavour: Flavour): Integration {
  return (call) => {
    try {
      const item = getItem(call.world, table(call, flavour), attributeMap(call, flavour, 'Key'));
      return respond(call, flavour, item ? { Item: item } : {});
    } catch (e) {
      return fail(call, flavour, e);
    }
  };
}

function makePutItem(flavour: Flavour): Integration {
  return (call) => {
    try {
      const condition = optionalString(call, 'ConditionExpression');
      const old = putItem(call.world, table(call, flavour), attributeMap(call, flavour, 'Item'), {
        ...expressionContext(call, flavour),
        ...(condition ? { condition } : {}),
      });
      return respond(call, flavour, call.params.ReturnValues === 'ALL_OLD' && old ? { Attributes: old } : {});
    } catch (e) {
      return fail(call, flavour, e);
    }
  };
}

function makeUpdateItem(flavour: Flavour): Integration {
  return (call) => {
    try {
      const expression = optionalString(call, 'UpdateExpression');
      if (!expression) throw new DynamoError('ValidationException', 'UpdateExpression is required by the simulator (AttributeUpdates is the legacy form)');
      const condition = optionalString(call, 'ConditionExpression');
      const attributes = updateItem(call.world, table(call, flavour), attributeMap(call, flavour, 'Key'), expression, {
        ...expressionContext(call, flavour),
        ...(condition ? { condition } : {}),
        returnValues: (optionalString(call, 'ReturnValues') ?? 'NONE') as ReturnValues,
      });
      return respond(call, flavour, attributes ? { Attributes: attributes } : {});
    } catch (e) {
      return fail(call, flavour, e);
    }
  };
}

function makeDeleteItem(flavour: Flavour): Integration {
  return (call) => {
    try {
      const condition = optionalString(call, 'ConditionExpression');
      const old = deleteItem(call.world, table(call, flavour), attributeMap(call, flavour, 'Key'), {
        ...expressionContext(call, flavour),
        ...(condition ? { condition } : {}),
      });
      return respond(call, flavour, call.params.ReturnValues === 'ALL_OLD' && old ? { Attributes: old } : {});
    } catch (e) {
      return fail(call, flavour, e);
    }
  };
}

export const dynamoGetItem = makeGetItem(OPTIMIZED);
export const dynamoPutItem = makePutItem(OPTIMIZED);
export const dynamoUpdateItem = makeUpdateItem(OPTIMIZED);
export const dynamoDeleteItem = makeDeleteItem(OPTIMIZED);
export const sdkDynamoGetItem = makeGetItem(SDK);
export const sdkDynamoPutItem = makePutItem(SDK);
export const sdkDynamoUpdateItem = makeUpdateItem(SDK);
export const sdkDynamoDeleteItem = makeDeleteItem(SDK);

/** arn:aws:states:::aws-sdk:dynamodb:query — Query has no optimized integration. */
export const sdkDynamoQuery: Integration = (call) => {
  try {
    const keyCondition = optionalString(call, 'KeyConditionExpression');
    if (!keyCondition) throw new DynamoError('ValidationException', 'KeyConditionExpression is required (KeyConditions is the legacy form)');
    const filter = optionalString(call, 'FilterExpression');
    const result = queryItems(call.world, table(call, SDK), {
      ...expressionContext(call, SDK),
      keyCondition,
      ...(filter ? { filter } : {}),
      ...(call.params.ScanIndexForward === false ? { scanIndexForward: false } : {}),
      ...(typeof call.params.Limit === 'number' ? { limit: call.params.Limit } : {}),
    });
    return respond(call, SDK, { Count: result.items.length, Items: result.items, ScannedCount: result.scanned });
  } catch (e) {
    return fail(call, SDK, e);
  }
};

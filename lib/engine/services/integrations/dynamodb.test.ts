import { describe, expect, it } from 'vitest';
import { runTask } from './test-kit';

const world = () => ({ dynamodb: { tables: { users: { partitionKey: 'id', items: [{ id: { S: 'u1' }, visits: { N: '1' } }] } } } });

describe('DynamoDB optimized integration', () => {
  it('getItem returns the typed Item with SDK metadata', async () => {
    const { result } = await runTask('arn:aws:states:::dynamodb:getItem', { TableName: 'users', Key: { id: { S: 'u1' } } }, world());
    expect(result.output).toMatchObject({ Item: { id: { S: 'u1' }, visits: { N: '1' } }, SdkHttpMetadata: { HttpStatusCode: 200 } });
  });

  it('putItem with attribute_not_exists fails with DynamoDB.ConditionalCheckFailedException', async () => {
    const { result, world: after } = await runTask('arn:aws:states:::dynamodb:putItem', { TableName: 'users', Item: { id: { S: 'u1' } }, ConditionExpression: 'attribute_not_exists(id)' }, world());
    expect(result.error).toBe('DynamoDB.ConditionalCheckFailedException');
    expect(result.cause).toMatch(/^The conditional request failed \(Service: AmazonDynamoDBv2; Status Code: 400; Error Code: ConditionalCheckFailedException/);
    expect(after.dynamodb.tables.users!.items[0]).toHaveProperty('visits');
  });

  it('updateItem applies the expression and returns Attributes', async () => {
    const { result, world: after } = await runTask(
      'arn:aws:states:::dynamodb:updateItem',
      { TableName: 'users', Key: { id: { S: 'u1' } }, UpdateExpression: 'ADD visits :one', ExpressionAttributeValues: { ':one': { N: '1' } }, ReturnValues: 'UPDATED_NEW' },
      world(),
    );
    expect(result.output).toMatchObject({ Attributes: { visits: { N: '2' } } });
    expect(after.dynamodb.tables.users!.items[0]!.visits).toEqual({ N: '2' });
  });

  it('explains untyped values', async () => {
    const { result } = await runTask('arn:aws:states:::dynamodb:getItem', { TableName: 'users', Key: { id: 'u1' } }, world());
    expect(result.error).toBe('DynamoDB.AmazonDynamoDBException');
    expect(result.cause).toMatch(/Key\.id must be an AttributeValue.*\{"S": "42"\}/);
  });

  it('query goes through the AWS SDK integration and returns Items/Count', async () => {
    const { result } = await runTask('arn:aws:states:::aws-sdk:dynamodb:query', { TableName: 'users', KeyConditionExpression: 'id = :id', ExpressionAttributeValues: { ':id': { S: 'u1' } } }, world());
    expect(result.output).toEqual({ Count: 1, Items: [{ id: { S: 'u1' }, visits: { N: '1' } }], ScannedCount: 1 });
    const missing = await runTask('arn:aws:states:::aws-sdk:dynamodb:query', { TableName: 'nope', KeyConditionExpression: 'id = :id', ExpressionAttributeValues: { ':id': { S: 'u1' } } }, world());
    expect(missing.result.error).toBe('DynamoDb.ResourceNotFoundException');
  });
});

import { describe, expect, it } from 'vitest';
import { createWorld, ensureTable, getItem, putItem, queryItems, updateItem, deleteItem } from '../world';
import { DynamoError } from './dynamodb-expressions';
import { marshall, unmarshall } from './dynamodb-values';

function orders() {
  const world = createWorld();
  ensureTable(world, 'orders', 'customer', 'orderId');
  for (const [customer, orderId, amount] of [['c1', 'o1', 10], ['c1', 'o3', 30], ['c1', 'o2', 20], ['c2', 'o1', 5]] as const) {
    putItem(world, 'orders', marshall({ customer, orderId, amount }));
  }
  return world;
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof DynamoError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('DynamoDB items', () => {
  it('puts and gets typed items by key, and reports a missing item as undefined', () => {
    const world = orders();
    expect(unmarshall(getItem(world, 'orders', marshall({ customer: 'c1', orderId: 'o2' }))!)).toEqual({ customer: 'c1', orderId: 'o2', amount: 20 });
    expect(getItem(world, 'orders', marshall({ customer: 'c9', orderId: 'o1' }))).toBeUndefined();
  });

  it('rejects a key that does not match the schema and an unknown table', () => {
    const world = orders();
    expect(codeOf(() => getItem(world, 'orders', marshall({ customer: 'c1' })))).toBe('ValidationException');
    expect(codeOf(() => getItem(world, 'nope', marshall({ customer: 'c1', orderId: 'o1' })))).toBe('ResourceNotFoundException');
    expect(codeOf(() => getItem(world, 'orders', { customer: { S: 'c1' }, orderId: { X: 'o1' } } as never))).toBe('ValidationException');
  });

  it('applies ConditionExpression attribute_not_exists / attribute_exists', () => {
    const world = orders();
    const again = marshall({ customer: 'c1', orderId: 'o1', amount: 99 });
    expect(codeOf(() => putItem(world, 'orders', again, { condition: 'attribute_not_exists(orderId)' }))).toBe('ConditionalCheckFailedException');
    expect(unmarshall(getItem(world, 'orders', marshall({ customer: 'c1', orderId: 'o1' }))!).amount).toBe(10);
    putItem(world, 'orders', marshall({ customer: 'c3', orderId: 'o9', amount: 1 }), { condition: 'attribute_not_exists(#o)', names: { '#o': 'orderId' } });
    expect(codeOf(() => deleteItem(world, 'orders', marshall({ customer: 'c7', orderId: 'x' }), { condition: 'attribute_exists(orderId)' }))).toBe('ConditionalCheckFailedException');
  });

  it('updates with SET (arithmetic, if_not_exists, list_append), ADD and REMOVE, and returns what was asked', () => {
    const world = orders();
    const key = marshall({ customer: 'c1', orderId: 'o1' });
    const updated = updateItem(world, 'orders', key, 'SET amount = amount + :d, tags = list_append(if_not_exists(tags, :empty), :t), #s = :s ADD visits :one', {
      names: { '#s': 'status' },
      values: { ':d': { N: '5' }, ':empty': { L: [] }, ':t': { L: [{ S: 'gift' }] }, ':s': { S: 'PAID' }, ':one': { N: '1' } },
      returnValues: 'ALL_NEW',
    });
    expect(unmarshall(updated!)).toEqual({ customer: 'c1', orderId: 'o1', amount: 15, tags: ['gift'], status: 'PAID', visits: 1 });
    const removed = updateItem(world, 'orders', key, 'REMOVE tags ADD visits :one', { values: { ':one': { N: '1' } }, returnValues: 'UPDATED_NEW' });
    expect(unmarshall(removed!)).toEqual({ visits: 2 });
    expect(unmarshall(getItem(world, 'orders', key)!)).not.toHaveProperty('tags');
  });

  it('creates the item on update when it does not exist, unless the condition says otherwise', () => {
    const world = orders();
    const key = marshall({ customer: 'c5', orderId: 'o1' });
    expect(codeOf(() => updateItem(world, 'orders', key, 'SET amount = :a', { values: { ':a': { N: '1' } }, condition: 'attribute_exists(customer)' }))).toBe('ConditionalCheckFailedException');
    updateItem(world, 'orders', key, 'SET amount = :a', { values: { ':a': { N: '1' } } });
    expect(unmarshall(getItem(world, 'orders', key)!)).toEqual({ customer: 'c5', orderId: 'o1', amount: 1 });
  });

  it('reports syntax errors and undefined placeholders as ValidationException with the token', () => {
    const world = orders();
    const key = marshall({ customer: 'c1', orderId: 'o1' });
    expect(() => updateItem(world, 'orders', key, 'SET amount = :missing')).toThrow(/attribute value.*:missing/);
    expect(() => updateItem(world, 'orders', key, 'SET amount :a', { values: { ':a': { N: '1' } } })).toThrow(/Syntax error; token: ":a"/);
    expect(() => updateItem(world, 'orders', key, 'SET orderId = :a', { values: { ':a': { S: 'x' } } })).toThrow(/part of the key/);
  });
});

describe('DynamoDB query', () => {
  it('selects a partition, sorts by sort key and honours ScanIndexForward, Limit and filters', () => {
    const world = orders();
    const values = { ':c': { S: 'c1' } };
    const ids = (r: ReturnType<typeof queryItems>) => r.items.map((i) => unmarshall(i).orderId);
    expect(ids(queryItems(world, 'orders', { keyCondition: 'customer = :c', values }))).toEqual(['o1', 'o2', 'o3']);
    expect(ids(queryItems(world, 'orders', { keyCondition: 'customer = :c', values, scanIndexForward: false, limit: 2 }))).toEqual(['o3', 'o2']);
    const filtered = queryItems(world, 'orders', { keyCondition: 'customer = :c AND begins_with(orderId, :p)', filter: 'amount >= :min', values: { ...values, ':p': { S: 'o' }, ':min': { N: '20' } } });
    expect(ids(filtered)).toEqual(['o2', 'o3']);
    expect(filtered.scanned).toBe(3);
    expect(ids(queryItems(world, 'orders', { keyCondition: 'customer = :c AND orderId BETWEEN :a AND :b', values: { ...values, ':a': { S: 'o2' }, ':b': { S: 'o3' } } }))).toEqual(['o2', 'o3']);
  });

  it('requires an equality on the partition key', () => {
    const world = orders();
    expect(codeOf(() => queryItems(world, 'orders', { keyCondition: 'orderId = :o', values: { ':o': { S: 'o1' } } }))).toBe('ValidationException');
  });
});

// DynamoDB tables in the simulated world: items are AttributeMaps, keyed by the table's partition key
// (and sort key when it has one). Errors are DynamoError with DynamoDB's own codes.

import type { DynamoTable, World } from '../world';
import {
  applyUpdate,
  DynamoError,
  evaluateCondition,
  parseCondition,
  parseUpdate,
  type ExpressionContext,
} from './dynamodb-expressions';
import { attributeCompare, attributeEquals, attributeMapProblem, type AttributeMap } from './dynamodb-values';
import { hasOwnKey, own, setOwn } from '../../own';

export { DynamoError } from './dynamodb-expressions';

export function ensureTable(world: World, name: string, partitionKey: string, sortKey?: string): DynamoTable {
  const existing = own(world.dynamodb.tables, name);
  if (existing) return existing;
  const table: DynamoTable = sortKey ? { partitionKey, sortKey, items: [] } : { partitionKey, items: [] };
  setOwn(world.dynamodb.tables, name, table);
  return table;
}

function tableOf(world: World, name: string): DynamoTable {
  const table = own(world.dynamodb.tables, name);
  if (!table) throw new DynamoError('ResourceNotFoundException', `Requested resource not found: Table: ${name} not found`);
  return table;
}

function checkKey(table: DynamoTable, key: AttributeMap, what: string): void {
  const problem = attributeMapProblem(key, what);
  if (problem) throw new DynamoError('ValidationException', problem);
  const wanted = [table.partitionKey, ...(table.sortKey ? [table.sortKey] : [])];
  const given = Object.keys(key);
  if (given.length !== wanted.length || !wanted.every((k) => hasOwnKey(key, k))) {
    throw new DynamoError('ValidationException', `The provided key element does not match the schema: expected ${wanted.join(' and ')}, got ${given.join(', ') || 'nothing'}`);
  }
}

function findIndex(table: DynamoTable, key: AttributeMap): number {
  return table.items.findIndex(
    (item) =>
      keyMatches(item, key, table.partitionKey) && (!table.sortKey || keyMatches(item, key, table.sortKey)),
  );
}

function keyOf(table: DynamoTable, item: AttributeMap): AttributeMap {
  const key: AttributeMap = {};
  for (const k of [table.partitionKey, table.sortKey]) if (k && own(item, k)) setOwn(key, k, own(item, k)!);
  return key;
}

function checkCondition(expression: string | undefined, ctx: ExpressionContext, item: AttributeMap | undefined): void {
  if (!expression) return;
  const condition = parseCondition(expression, ctx);
  if (!evaluateCondition(condition, item ?? {})) throw new DynamoError('ConditionalCheckFailedException', 'The conditional request failed');
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export function getItem(world: World, tableName: string, key: AttributeMap): AttributeMap | undefined {
  const table = tableOf(world, tableName);
  checkKey(table, key, 'Key');
  const index = findIndex(table, key);
  return index < 0 ? undefined : clone(table.items[index]!);
}

export interface WriteOptions extends ExpressionContext {
  condition?: string;
}

/** Returns the item it replaced, if any. */
export function putItem(world: World, tableName: string, item: AttributeMap, options: WriteOptions = {}): AttributeMap | undefined {
  const table = tableOf(world, tableName);
  const problem = attributeMapProblem(item, 'Item');
  if (problem) throw new DynamoError('ValidationException', problem);
  const key = keyOf(table, item);
  checkKey(table, key, 'Item key');
  const index = findIndex(table, key);
  const old = index < 0 ? undefined : table.items[index];
  checkCondition(options.condition, options, old);
  if (index < 0) table.items.push(clone(item));
  else table.items[index] = clone(item);
  return old ? clone(old) : undefined;
}

export type ReturnValues = 'NONE' | 'ALL_OLD' | 'ALL_NEW' | 'UPDATED_OLD' | 'UPDATED_NEW';

export function updateItem(
  world: World,
  tableName: string,
  key: AttributeMap,
  updateExpression: string,
  options: WriteOptions & { returnValues?: ReturnValues } = {},
): AttributeMap | undefined {
  const table = tableOf(world, tableName);
  checkKey(table, key, 'Key');
  const actions = parseUpdate(updateExpression, options);
  const index = findIndex(table, key);
  const old = index < 0 ? undefined : clone(table.items[index]!);
  checkCondition(options.condition, options, old);
  const item = old ? clone(old) : clone(key);
  const touched = applyUpdate(item, actions);
  for (const k of Object.keys(key)) {
    if (!keyMatches(item, key, k)) throw new DynamoError('ValidationException', `One or more parameter values were invalid: Cannot update attribute ${k}. This attribute is part of the key`);
  }
  if (index < 0) table.items.push(item);
  else table.items[index] = item;
  const pick = (source: AttributeMap | undefined) => {
    const out: AttributeMap = {};
    for (const k of touched) if (own(source, k)) setOwn(out, k, own(source, k)!);
    return out;
  };
  switch (options.returnValues ?? 'NONE') {
    case 'ALL_OLD': return old;
    case 'ALL_NEW': return clone(item);
    case 'UPDATED_OLD': return pick(old);
    case 'UPDATED_NEW': return pick(item);
    default: return undefined;
  }
}

export function deleteItem(world: World, tableName: string, key: AttributeMap, options: WriteOptions = {}): AttributeMap | undefined {
  const table = tableOf(world, tableName);
  checkKey(table, key, 'Key');
  const index = findIndex(table, key);
  const old = index < 0 ? undefined : table.items[index];
  checkCondition(options.condition, options, old);
  if (index >= 0) table.items.splice(index, 1);
  return old ? clone(old) : undefined;
}

export interface QueryOptions extends ExpressionContext {
  keyCondition: string;
  filter?: string;
  scanIndexForward?: boolean;
  limit?: number;
}

/** Items matching the key condition (partition key equality required), sorted by sort key. */
export function queryItems(world: World, tableName: string, options: QueryOptions): { items: AttributeMap[]; scanned: number } {
  const table = tableOf(world, tableName);
  const keyCondition = parseCondition(options.keyCondition, options, 'KeyConditionExpression');
  if (!mentionsEquality(keyCondition, table.partitionKey)) {
    throw new DynamoError('ValidationException', `Query condition missed key schema element: ${table.partitionKey}`);
  }
  let matched = table.items.filter((item) => evaluateCondition(keyCondition, item));
  if (table.sortKey) {
    const sk = table.sortKey;
    matched.sort((a, b) => (a[sk] && b[sk] ? attributeCompare(a[sk]!, b[sk]!) ?? 0 : 0));
  }
  if (options.scanIndexForward === false) matched.reverse();
  if (options.limit !== undefined) matched = matched.slice(0, options.limit);
  const scanned = matched.length;
  if (options.filter) {
    const filter = parseCondition(options.filter, options, 'FilterExpression');
    matched = matched.filter((item) => evaluateCondition(filter, item));
  }
  return { items: matched.map(clone), scanned };
}

function mentionsEquality(condition: ReturnType<typeof parseCondition>, attribute: string): boolean {
  if (condition.kind === 'and') return mentionsEquality(condition.left, attribute) || mentionsEquality(condition.right, attribute);
  return (
    condition.kind === 'compare' && condition.op === '=' &&
    [condition.left, condition.right].some((o) => o.kind === 'path' && o.path.length === 1 && 'name' in o.path[0]! && o.path[0].name === attribute)
  );
}

/** Both maps hold the key attribute `name` (an own property: attribute names are the user's) and agree on it. */
function keyMatches(item: AttributeMap, key: AttributeMap, name: string): boolean {
  const a = own(item, name);
  const b = own(key, name);
  return a !== undefined && b !== undefined && attributeEquals(a, b);
}

// What the run left in the simulated DynamoDB tables and S3 buckets.
import type { Expectations } from '../../content/scenario-schema';
import { unmarshall } from '../../engine/services/world';
import { brief, describeRun, plural } from '../explain';
import type { CheckResult } from '../types';
import { fail, pass, quote, type CheckContext } from './context';
import { subsetMismatch } from './output';

export function checkItems(expected: NonNullable<Expectations['items']>, ctx: CheckContext): CheckResult[] {
  const tables = ctx.obs.world.dynamodb.tables;
  return expected.map((spec) => {
    const table = Object.prototype.hasOwnProperty.call(tables, spec.table) ? tables[spec.table] : undefined;
    const items = (table?.items ?? []).map((i) => unmarshall(i));
    const where = `the table ${quote(spec.table)}`;
    if (spec.count !== undefined && items.length !== spec.count) {
      return fail('items', `${where} should hold ${plural(spec.count, 'item')} after the run, but it holds ${items.length}; ${describeRun(ctx.obs)}`);
    }
    if (spec.contains !== undefined && !items.some((i) => subsetMismatch(spec.contains, i) === undefined)) {
      return fail('items', `${where} should hold an item with ${brief(spec.contains)}, but ${items.length === 0 ? 'it is empty' : `none of its ${plural(items.length, 'item')} matches`}; ${describeRun(ctx.obs)}`);
    }
    return pass('items', `${where} holds ${plural(items.length, 'item')}${spec.contains ? ', including the required one' : ''}`);
  });
}

export function checkObjects(expected: NonNullable<Expectations['objects']>, ctx: CheckContext): CheckResult[] {
  const buckets = ctx.obs.world.s3.buckets;
  return expected.map((spec) => {
    const bucket = Object.prototype.hasOwnProperty.call(buckets, spec.bucket) ? buckets[spec.bucket] : undefined;
    const prefix = spec.prefix ?? '';
    const objects = Object.entries(bucket?.objects ?? {}).filter(([key]) => key.startsWith(prefix));
    const where = `s3://${spec.bucket}/${prefix}`;
    if (spec.count !== undefined && objects.length !== spec.count) {
      return fail('objects', `${where} should hold ${plural(spec.count, 'object')} after the run, but it holds ${objects.length}; ${describeRun(ctx.obs)}`);
    }
    if (spec.minCount !== undefined && objects.length < spec.minCount) {
      return fail('objects', `${where} should hold at least ${plural(spec.minCount, 'object')} after the run, but it holds ${objects.length}; ${describeRun(ctx.obs)}`);
    }
    if (spec.contains !== undefined && !objects.some(([, o]) => o.body.includes(spec.contains!))) {
      return fail('objects', `an object under ${where} should contain "${spec.contains}", but none does; ${describeRun(ctx.obs)}`);
    }
    return pass('objects', `${where} holds ${plural(objects.length, 'object')}`);
  });
}

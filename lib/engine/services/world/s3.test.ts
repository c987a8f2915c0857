import { describe, expect, it } from 'vitest';
import { createWorld, getObject, listObjects, putObject, deleteObject } from '../world';

describe('S3 in the world', () => {
  it('writes, reads and lists by prefix in key order', () => {
    const world = createWorld({ s3: { buckets: { data: { objects: { 'in/b.csv': { body: 'b' } } } } } });
    putObject(world, 'data', 'in/a.csv', 'a', { contentType: 'text/csv', now: 5 });
    putObject(world, 'data', 'out/x.json', '{}');
    expect(getObject(world, 'data', 'in/a.csv')).toEqual({ body: 'a', contentType: 'text/csv', lastModified: 5 });
    expect(listObjects(world, 'data', 'in/').map((o) => o.key)).toEqual(['in/a.csv', 'in/b.csv']);
    expect(listObjects(world, 'data').length).toBe(3);
    expect(deleteObject(world, 'data', 'in/a.csv')).toBe(true);
    expect(deleteObject(world, 'data', 'in/a.csv')).toBe(false);
  });

  it('creates a bucket on write but reports missing buckets and keys on read', () => {
    const world = createWorld();
    expect(() => getObject(world, 'nope', 'k')).toThrow(/bucket does not exist/);
    putObject(world, 'fresh', 'k', 'v');
    expect(() => getObject(world, 'fresh', 'other')).toThrow(/key does not exist: s3:\/\/fresh\/other/);
    expect(() => listObjects(world, 'nope')).toThrow(/NoSuchBucket|bucket does not exist/);
  });

  it('stays serializable', () => {
    const world = createWorld({ sns: { topics: { t: { messages: [] } } } });
    putObject(world, 'b', 'k', 'v');
    expect(JSON.parse(JSON.stringify(world))).toEqual(world);
  });
});

import { describe, expect, it } from 'vitest';
import { expandGeneratedWorld, generatedItem, itemsText } from './generated-world';

describe('itemsText', () => {
  it('is a JSON array whose item i is generatedItem(i), across chunk boundaries', () => {
    const items = JSON.parse(itemsText(25_001)) as unknown[];
    expect(items).toHaveLength(25_001);
    for (const i of [0, 9_999, 10_000, 19_999, 25_000]) expect(items[i]).toEqual(generatedItem(i));
  });
  it('is an empty array for no items', () => {
    expect(JSON.parse(itemsText(0))).toEqual([]);
  });
});

describe('expandGeneratedWorld', () => {
  it('expands million-items into one object at the bucket and key given', () => {
    const r = expandGeneratedWorld({ kind: 'million-items', bucket: 'orders', key: 'all.json', count: 3 });
    expect(r.problem).toBeUndefined();
    expect(r.objects.map((o) => [o.bucket, o.key])).toEqual([['orders', 'all.json']]);
    expect(JSON.parse(r.objects[0]!.body)).toEqual([generatedItem(0), generatedItem(1), generatedItem(2)]);
  });
  it('has nothing to do without a spec', () => {
    expect(expandGeneratedWorld(undefined)).toEqual({ objects: [] });
  });
  it('says which field is wrong', () => {
    expect(expandGeneratedWorld({ kind: 'billion-items', bucket: 'b', key: 'k' }).problem).toMatch(/^generatedWorld\.kind: .*billion-items/);
    expect(expandGeneratedWorld({ kind: 'million-items', key: 'k' }).problem).toMatch(/^generatedWorld\.bucket/);
    expect(expandGeneratedWorld({ kind: 'million-items', bucket: 'b', key: 'k', count: -1 }).problem).toMatch(/^generatedWorld\.count/);
    expect(expandGeneratedWorld({ kind: 'million-items', bucket: 'b', key: 'k', count: 2.5 }).problem).toMatch(/^generatedWorld\.count/);
    expect(expandGeneratedWorld([]).objects).toEqual([]);
    expect(expandGeneratedWorld([]).problem).toMatch(/must be an object/);
  });
});

import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../types';
import { batched, unbatched, type ChildInputs } from './item-batcher';

function drain(inputs: ChildInputs) {
  const out = [];
  for (let c = inputs.next(); c !== undefined; c = inputs.next()) out.push(c);
  return out;
}

const items: JsonValue[] = Array.from({ length: 7 }, (_, i) => ({ n: i }));
const at = (i: number) => items[i]!;

describe('ItemBatcher', () => {
  it('without a batcher every item is its own child input', () => {
    const got = drain(unbatched(3, at));
    expect(got.map((c) => c.input)).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
    expect(got.map((c) => c.itemCount)).toEqual([1, 1, 1]);
  });

  it('groups by MaxItemsPerBatch, with BatchInput in every batch', () => {
    const got = drain(batched(7, at, { maxItems: 3, maxBytes: 262144, batchInput: { job: 'j' } }));
    expect(got.map((c) => c.itemCount)).toEqual([3, 3, 1]);
    expect(got.map((c) => c.firstItem)).toEqual([0, 3, 6]);
    expect(got[0]!.input).toEqual({ BatchInput: { job: 'j' }, Items: [{ n: 0 }, { n: 1 }, { n: 2 }] });
    expect(got[2]!.input).toEqual({ BatchInput: { job: 'j' }, Items: [{ n: 6 }] });
  });

  it('groups by MaxInputBytesPerBatch: each batch text fits, and adding the next item would not', () => {
    const limit = 40;
    const got = drain(batched(7, at, { maxItems: 0, maxBytes: limit, batchInput: undefined }));
    const withBatchInput = drain(batched(7, at, { maxItems: 0, maxBytes: 60, batchInput: { k: 1 } }));
    for (const c of withBatchInput) expect(JSON.stringify(c.input).length).toBeLessThanOrEqual(60);
    // {"BatchInput":{"k":1},"Items":[...]} leaves 60 - 34 bytes: three items (23 bytes) fit, four (31) do not.
    expect(withBatchInput.map((c) => c.itemCount)).toEqual([3, 3, 1]);
    for (const c of got) expect(JSON.stringify(c.input).length).toBeLessThanOrEqual(limit);
    // {"Items":[{"n":0},{"n":1},{"n":2}]} is 35 bytes; with a fourth item it would be 43, so 3 per batch.
    expect(got.map((c) => c.itemCount)).toEqual([3, 3, 1]);
    expect(got.flatMap((c) => (c.input as { Items: JsonValue[] }).Items)).toEqual(items);
  });

  it('counts UTF-8 bytes, not characters', () => {
    const wide: JsonValue[] = ['éééé', 'éééé'];
    // {"Items":["éééé"]} is 18 characters but 22 bytes; two such items need 33 bytes (30 characters).
    const got = drain(batched(2, (i) => wide[i]!, { maxItems: 0, maxBytes: 30, batchInput: undefined }));
    expect(got.map((c) => c.itemCount)).toEqual([1, 1]);
  });

  it('fails clearly when one item alone is bigger than a batch may be', () => {
    const inputs = batched(1, () => 'x'.repeat(100), { maxItems: 0, maxBytes: 50, batchInput: undefined });
    expect(() => inputs.next()).toThrow(/Item 0 is 102 bytes: a batch holding only it would be 114 bytes/);
  });
});

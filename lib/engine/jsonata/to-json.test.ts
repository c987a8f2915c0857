import { describe, expect, it } from 'vitest';
import { toJson, UNSUPPORTED } from './to-json';

describe('toJson', () => {
  it('shares plain JSON values instead of copying them', () => {
    const v = { a: [1, { b: 2 }] };
    expect(toJson(v)).toBe(v);
  });
  it('copies arrays that carry jsonata sequence flags', () => {
    const seq = Object.assign([1, 2], { sequence: true });
    const out = toJson({ s: seq }) as { s: number[] };
    expect(out.s).toEqual([1, 2]);
    expect(Object.keys(out.s)).toEqual(['0', '1']);
  });
  it('drops undefined members like JSON does', () => {
    expect(toJson({ a: 1, b: undefined, c: [1, undefined, 2] })).toEqual({ a: 1, c: [1, 2] });
  });
  it('marks values with no JSON form', () => {
    expect(toJson(() => 1)).toBe(UNSUPPORTED);
    expect(toJson({ f: { _jsonata_lambda: true } })).toBe(UNSUPPORTED);
    expect(toJson([Infinity])).toBe(UNSUPPORTED);
    expect(toJson(/x/)).toBe(UNSUPPORTED);
    expect(toJson(undefined)).toBeUndefined();
  });
});

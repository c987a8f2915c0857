import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exceedsPayloadLimit, jsonBytesUpTo, jsonText, stringifyIteratively, utf8Length } from './json-text';
import type { JsonValue } from './types';

const exact = (v: JsonValue) => utf8Length(JSON.stringify(v));

describe('payload size checks', () => {
  it('agree with the exact UTF-8 size of JSON.stringify on generated values and limits', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', '"', '\\', '\n', '\u0001', '\ud800') });
    const value = fc.letrec<{ v: JsonValue }>((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('v'), { maxLength: 5 }),
        fc.dictionary(text, tie('v'), { maxKeys: 5 }),
      ),
    })).v;
    fc.assert(
      fc.property(value, fc.nat({ max: 400 }), (v, limit) => {
        const size = exact(v);
        expect(exceedsPayloadLimit(v, limit)).toBe(size > limit);
        expect(jsonBytesUpTo(v, limit)).toBe(size > limit ? Number.POSITIVE_INFINITY : size);
      }),
      { numRuns: 3000 },
    );
  });

  it('give the same verdict on either side of the small-value walk (256 values, 16 levels) and skip inherited keys', () => {
    const wide = Array.from({ length: 300 }, (_, i) => ({ i, s: 'é'.repeat(i % 7) }));
    const deep: JsonValue[] = [];
    let cur = deep;
    for (let i = 0; i < 20; i++) cur.push((cur = [i]));
    const inherited = Object.create({ hidden: 'x'.repeat(100) }) as Record<string, JsonValue>;
    inherited.a = 1;
    for (const v of [wide, wide.slice(0, 40), deep, { d: deep }, inherited] as JsonValue[]) {
      const size = exact(v);
      for (const limit of [size - 1, size, Math.floor(size / 2), size * 2]) expect(exceedsPayloadLimit(v, limit)).toBe(size > limit);
    }
  });

  it('refuses a value far larger than the limit without serialising it', () => {
    // An array of a million references to one 1 KiB string: 1 GB of JSON text, which JSON.stringify could
    // not even build ("Invalid string length"). The walk stops after the first few hundred kilobytes.
    const kilobyte = 'x'.repeat(1024);
    const huge = new Array<JsonValue>(1_000_000).fill(kilobyte);
    expect(exceedsPayloadLimit(huge)).toBe(true);
    expect(exceedsPayloadLimit({ a: { b: huge } })).toBe(true);
    expect(jsonBytesUpTo(huge, 262_144)).toBe(Number.POSITIVE_INFINITY);
  });

  it('measures a value nested 100,000 levels deep without overflowing the stack', () => {
    let deep: JsonValue = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(exceedsPayloadLimit(deep)).toBe(false);
    expect(exceedsPayloadLimit(deep, 1000)).toBe(true);
  });

  it('writes the same text as JSON.stringify without recursing, so a 50,000-level value has a history text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        expect(stringifyIteratively(v as JsonValue)).toBe(JSON.stringify(v));
      }),
      { numRuns: 2000 },
    );
    let deep: JsonValue = { leaf: 'x' };
    for (let i = 0; i < 50_000; i++) deep = { next: deep, n: [i] };
    expect(() => JSON.stringify(deep)).toThrow(RangeError);
    const text = jsonText(deep);
    expect(text.startsWith('{"next":{"next":')).toBe(true);
    expect(text.endsWith('"n":[49998]},"n":[49999]}')).toBe(true);
    expect((JSON.parse(text) as { n: number[] }).n).toEqual([49999]);
  });
});

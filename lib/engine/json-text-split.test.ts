import { describe, expect, it } from 'vitest';
import { elementTexts } from './json-text-split';

describe('elementTexts', () => {
  it('cuts an array text into what JSON.stringify gives for each element', () => {
    const arrays: unknown[][] = [
      [],
      [1],
      ['a,b', 'c]d', '{x}', 'quote " and \\\\', '\\\\"', 'é漢😀', '\u0001'],
      [[], {}, [[]], { a: [1, { b: '],' }] }, null, true, false, -1.5e-7, 1e21],
      [{ '': { '"': 1 } }, [',', '[', '{'], 'end\\\\'],
    ];
    for (const array of arrays) expect(elementTexts(JSON.stringify(array))).toEqual(array.map((v) => JSON.stringify(v)));
  });

  it('matches JSON.stringify on random nested values', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const chars = ['a', '"', '\\\\', ',', '[', ']', '{', '}', ':', 'é', '😀', '\n'];
    const value = (depth: number): unknown => {
      const r = rand();
      if (depth > 3 || r < 0.3) return Array.from({ length: Math.floor(rand() * 4) }, () => chars[Math.floor(rand() * chars.length)]).join('');
      if (r < 0.45) return Math.floor(rand() * 1000) - 500;
      if (r < 0.5) return null;
      if (r < 0.75) return Array.from({ length: Math.floor(rand() * 4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(rand() * 4) }, () => [String(value(9)), value(depth + 1)]));
    };
    for (let k = 0; k < 200; k++) {
      const array = Array.from({ length: Math.floor(rand() * 6) }, () => value(0));
      expect(elementTexts(JSON.stringify(array))).toEqual(array.map((v) => JSON.stringify(v)));
    }
  });

  it('refuses what is not one array text', () => {
    for (const text of ['', '[', '{}', '"[]"', '[1]x', '[1', '[[1]', 'x[1]', '[}']) expect(elementTexts(text)).toBeUndefined();
  });
});

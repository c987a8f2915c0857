import { describe, expect, it } from 'vitest';
import { drawParams, paramProblem, shuffled } from './params';

describe('parameters', () => {
  it('draws every value inside its range, on its step, and reaches both ends', () => {
    const specs = { a: { label: 'a', min: 3, max: 9, step: 3 }, b: { label: 'b', values: [10, 20] } };
    const seen = new Set<number>();
    for (let seed = 0; seed < 200; seed++) {
      const p = drawParams(specs, seed);
      expect(paramProblem('a', specs.a, p.a)).toBeNull();
      expect(paramProblem('b', specs.b, p.b)).toBeNull();
      seen.add(p.a as number);
    }
    expect([...seen].sort()).toEqual([3, 6, 9]);
  });

  it('says why a value is outside its range', () => {
    expect(paramProblem('a', { label: 'a', min: 1, max: 5 }, 6)).toBe('parameter a = 6 is outside 1..5');
    expect(paramProblem('a', { label: 'a', min: 0, max: 10, step: 5 }, 3)).toBe('parameter a = 3 is not on a step of 5 from 0');
    expect(paramProblem('b', { label: 'b', values: [1, 2] }, 3)).toBe('parameter b = 3 is not one of 1, 2');
    expect(paramProblem('c', { label: 'c', min: 0, max: 1 }, undefined)).toMatch(/missing/);
  });

  it('shuffles by seed without losing or changing values', () => {
    const values = ['a', 'b', 'c', 'd'];
    expect(shuffled(values, 7)).toEqual(shuffled(values, 7));
    expect([...shuffled(values, 7)].sort()).toEqual(values);
    expect(values).toEqual(['a', 'b', 'c', 'd']);
  });
});

import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../types';
import { evaluateJsonata } from './evaluate';
import { failure, testEnv } from './test-env';

const ev = (expr: string, input: JsonValue = {}) => evaluateJsonata(`{% ${expr} %}`, testEnv(input), 'Output');

describe('$partition', () => {
  it('splits into chunks, the last one shorter (recorded on AWS)', () => {
    expect(ev('$partition([0, 1, 2, 3], 3)')).toEqual([[0, 1, 2], [3]]);
    expect(ev('$partition([0], 1)')).toEqual([[0]]);
    expect(ev('$partition([0, 1, 2, 3], 5)')).toEqual([[0, 1, 2, 3]]);
  });
  it('rejects a chunk size that is not a positive integer', () => {
    expect(failure(() => ev('$partition([1], 0)')).cause).toMatch(/chunk size must be a positive integer/);
  });
});

describe('$range', () => {
  it('counts from start to end inclusive by step', () => {
    expect(ev('$range(0, 10, 3)')).toEqual([0, 3, 6, 9]);
    expect(ev('$range(0, 10, 2)')).toEqual([0, 2, 4, 6, 8, 10]);
    expect(ev('$range(5, 1, -2)')).toEqual([5, 3, 1]);
  });
  it('unwraps a single value, as AWS does ($range(1, 9, 9) is 1)', () => {
    expect(ev('$range(1, 9, 9)')).toBe(1);
  });
  it('rejects a zero step', () => {
    expect(failure(() => ev('$range(1, 9, 0)')).cause).toMatch(/step must not be 0/);
  });
});

describe('$hash', () => {
  it('computes the named digest in hex', () => {
    expect(ev("$hash('abc', 'SHA-256')")).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(ev("$hash('abc', 'MD5')")).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(ev("$hash('abc', 'SHA-1')")).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });
  it('rejects an unknown algorithm', () => {
    expect(failure(() => ev("$hash('abc', 'SHA-3')")).cause).toMatch(/algorithm 'SHA-3' is not supported/);
  });
});

describe('$random and $uuid', () => {
  it('$random(seed) is the same number for the same seed', () => {
    const a = ev('$random(42)');
    expect(a).toBe(ev('$random(42)'));
    expect(a).not.toBe(ev('$random(43)'));
    expect(a as number).toBeGreaterThanOrEqual(0);
    expect(a as number).toBeLessThan(1);
  });
  it('$random() and $uuid() draw from the execution seed, so a run replays', () => {
    const run = () => {
      const env = testEnv();
      return [evaluateJsonata('{% $random() %}', env, 'Output'), evaluateJsonata('{% $uuid() %}', env, 'Output')];
    };
    const [r1, u1] = run();
    const [r2, u2] = run();
    expect(r1).toBe(r2);
    expect(u1).toBe(u2);
    expect(u1).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('$parse', () => {
  it('turns JSON text into a value (recorded on AWS)', () => {
    expect(ev('$parse($states.input.s)', { s: '{"Arg1": 1, "Arg2": []}' })).toEqual({ Arg1: 1, Arg2: [] });
    expect(ev('$parse("-0")')).toBe(0);
    expect(ev('$parse("\\"HelloWorld\\"")')).toBe('HelloWorld');
  });
  it('fails on text that is not JSON', () => {
    expect(failure(() => ev('$parse("{nope")')).cause).toMatch(/not valid JSON text/);
  });
});

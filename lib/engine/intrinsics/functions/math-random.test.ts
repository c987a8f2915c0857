import { describe, expect, it } from 'vitest';
import { evaluateIntrinsic } from '../evaluate';
import { envFor, failure, run } from '../test-helpers';

describe('States.MathRandom', () => {
  it('returns an integer within [start, end]', () => {
    const env = envFor({});
    for (let i = 0; i < 500; i++) {
      const v = evaluateIntrinsic('States.MathRandom(3, 7)', env) as number;
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(7);
    }
  });

  it('is reproducible from the execution seed and from a seed argument', () => {
    const a = evaluateIntrinsic('States.MathRandom(0, 1000000)', envFor({}, {}, 7));
    const b = evaluateIntrinsic('States.MathRandom(0, 1000000)', envFor({}, {}, 7));
    expect(a).toBe(b);
    const s1 = evaluateIntrinsic('States.MathRandom(0, 999, 3)', envFor({}, {}, 1));
    const s2 = evaluateIntrinsic('States.MathRandom(0, 999, 3)', envFor({}, {}, 2));
    expect(s1).toBe(s2);
  });

  it('rounds non-integer bounds', () => {
    expect(run('States.MathRandom(1.6, 2.4)')).toBe(2);
  });

  it('fails on non-numbers, start > end and a wrong argument count', () => {
    expect(failure("States.MathRandom('1', 2)").error).toBe('States.IntrinsicFailure');
    expect(failure('States.MathRandom(5, 1)').causeText).toContain('greater than');
    expect(failure('States.MathRandom(1)').causeText).toContain('2 to 3 arguments');
  });
});

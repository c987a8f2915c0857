import { describe, expect, it } from 'vitest';
import { failure, run } from '../test-helpers';

describe('States.JsonMerge', () => {
  it('merges shallowly: the second object wins whole values (AWS-recorded)', () => {
    const fst = { a: { a1: 1, a2: 2 }, b: 2, d: 3 };
    const snd = { a: { a3: 1, a4: 2 }, c: 3, d: 4 };
    expect(run('States.JsonMerge($.fst, $.snd, false)', { fst, snd })).toStrictEqual({ a: { a3: 1, a4: 2 }, b: 2, c: 3, d: 4 });
  });

  it('does not modify its inputs', () => {
    const input = { fst: { a: 1 }, snd: { b: 2 } };
    run('States.JsonMerge($.fst, $.snd, false)', input);
    expect(input).toStrictEqual({ fst: { a: 1 }, snd: { b: 2 } });
  });

  it('fails on deep merge, non-objects and a non-boolean flag', () => {
    expect(failure('States.JsonMerge($.a, $.a, true)', { a: {} }).causeText).toContain('deep merging');
    expect(failure('States.JsonMerge($.a, $.b, false)', { a: {}, b: [] }).error).toBe('States.IntrinsicFailure');
    expect(failure("States.JsonMerge($.a, $.a, 'false')", { a: {} }).error).toBe('States.IntrinsicFailure');
  });
});

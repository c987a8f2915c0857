import { describe, expect, it } from 'vitest';
import { failure, run } from '../test-helpers';

describe('States.ArrayLength', () => {
  it('counts items (AWS-recorded)', () => {
    expect(run('States.ArrayLength($.a)', { a: [1, 2, 3, 4, 5, 6, 7, 8, 9] })).toBe(9);
    expect(run('States.ArrayLength($.a)', { a: [] })).toBe(0);
  });

  it('fails on a non-array', () => {
    expect(failure('States.ArrayLength($.a)', { a: 'abc' }).error).toBe('States.IntrinsicFailure');
  });
});

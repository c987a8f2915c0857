import { describe, expect, it } from 'vitest';
import { failure, run } from '../test-helpers';

describe('States.ArrayUnique', () => {
  it('drops repeated values, comparing structurally and keeping first occurrences', () => {
    const a = [null, null, true, true, false, 1, 1, 1.1, 0, 'x', 'x', [], [], [null], [null], { a: 1, b: 2 }, { b: 2, a: 1 }];
    expect(run('States.ArrayUnique($.a)', { a })).toStrictEqual([null, true, false, 1, 1.1, 0, 'x', [], [null], { a: 1, b: 2 }]);
  });

  it('fails on a non-array', () => {
    expect(failure('States.ArrayUnique($.a)', { a: { x: 1 } }).error).toBe('States.IntrinsicFailure');
  });
});

import { describe, expect, it } from 'vitest';
import { failure, run } from '../test-helpers';

const P = 'States.ArrayPartition($.a, $.n)';

describe('States.ArrayPartition', () => {
  // AWS-recorded (test_array.py::test_array_partition).
  it.each([
    [[], 1, []],
    [[0], 2, [[0]]],
    [[0, 1, 2], 1, [[0], [1], [2]]],
    [[0, 1, 2], 2, [[0, 1], [2]]],
    [[0, 1, 2, 3], 3, [[0, 1, 2], [3]]],
    [[0, 1, 2, 3], 5, [[0, 1, 2, 3]]],
  ])('partitions %j in chunks of %i', (a, n, expected) => {
    expect(run(P, { a, n })).toStrictEqual(expected);
  });

  it('fails for a non-positive or non-integer size and a non-array', () => {
    expect(failure(P, { a: [1], n: 0 }).error).toBe('States.IntrinsicFailure');
    expect(failure(P, { a: [1], n: 1.5 }).causeText).toContain('integer');
    expect(failure(P, { a: 'x', n: 1 }).causeText).toContain('must be an array');
  });
});

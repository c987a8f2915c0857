import { describe, expect, it } from 'vitest';
import { failure, run } from '../test-helpers';

const C = 'States.ArrayContains($.a, $.v)';

describe('States.ArrayContains', () => {
  // AWS-recorded (test_array.py::test_array_contains).
  it.each([
    [[], null, false],
    [[], [], false],
    [[[1, 2, 3], 2], null, false],
    [[[1, 2, 3], 2], [1, 2, 3], true],
    [[{ '1': 2, '2': [] }], { '1': 2, '2': [] }, true],
    [[true, false], false, true],
  ])('%j contains %j: %s', (a, v, expected) => {
    expect(run(C, { a, v })).toBe(expected);
  });

  it('fails when the first argument is not an array', () => {
    expect(failure(C, { a: {}, v: 1 }).error).toBe('States.IntrinsicFailure');
  });
});

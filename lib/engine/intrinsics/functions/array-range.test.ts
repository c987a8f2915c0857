import { describe, expect, it } from 'vitest';
import { failure, run } from '../test-helpers';

const R = 'States.ArrayRange($.s, $.e, $.st)';

describe('States.ArrayRange', () => {
  // AWS-recorded (test_array.py::test_array_range): the end is inclusive when reached.
  it.each([
    [0, 9, 3, [0, 3, 6, 9]],
    [0, 10, 3, [0, 3, 6, 9]],
    [1, 9, 9, [1]],
    [1, 9, 2, [1, 3, 5, 7, 9]],
  ])('range(%i, %i, %i)', (s, e, st, expected) => {
    expect(run(R, { s, e, st })).toStrictEqual(expected);
  });

  it('counts down with a negative step', () => {
    expect(run('States.ArrayRange(5, 1, -2)')).toStrictEqual([5, 3, 1]);
  });

  it('fails on a zero step, non-integers and more than 1,000 items', () => {
    expect(failure('States.ArrayRange(1, 5, 0)').error).toBe('States.IntrinsicFailure');
    expect(failure('States.ArrayRange(1.5, 5, 1)').causeText).toContain('integer');
    expect(failure('States.ArrayRange(0, 1000, 1)').causeText).toContain('1000');
    expect(run('States.ArrayRange(0, 999, 1)')).toHaveLength(1000);
  });
});

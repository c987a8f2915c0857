import { describe, expect, it } from 'vitest';
import { failure, run } from '../test-helpers';

describe('States.MathAdd', () => {
  // AWS-recorded (test_math_operations.py::test_math_add): each argument is rounded half-up first.
  it.each([
    [-9, 3, -6],
    [1.49, 1.5, 3],
    [1.5, 1.51, 4],
    [-1.49, -1.5, -2],
    [-1.5, -1.51, -3],
    [-1.5, 0, -1],
    [-1.51, 0, -2],
    [0.5, 0, 1],
    [2.5, 0, 3],
    [-0.5, 0.5, 1],
    [-0.5, 0, 0],
    [-3.5, 0, -3],
  ])('%d + %d = %d', (a, b, expected) => {
    expect(run('States.MathAdd($.a, $.b)', { a, b })).toBe(expected);
  });

  it('fails on non-numbers and values outside the 32-bit range', () => {
    expect(failure("States.MathAdd('1', 2)").error).toBe('States.IntrinsicFailure');
    expect(failure('States.MathAdd(2147483648, 0)').causeText).toContain('32-bit');
  });
});

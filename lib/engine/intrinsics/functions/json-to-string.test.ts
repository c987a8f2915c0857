import { describe, expect, it } from 'vitest';
import { failure, run } from '../test-helpers';

describe('States.JsonToString', () => {
  // AWS-recorded (test_json_manipulation.py::test_json_to_string): compact JSON.
  it.each([
    [null, 'null'],
    [0, '0'],
    [1.1, '1.1'],
    [[1, 2, 'HelloWorld'], '[1,2,"HelloWorld"]'],
    [{ Arg1: 1, Arg2: [] }, '{"Arg1":1,"Arg2":[]}'],
  ])('serialises %j', (value, expected) => {
    expect(run('States.JsonToString($.v)', { v: value })).toBe(expected);
  });

  it('rejects a wrong number of arguments', () => {
    expect(failure("States.JsonToString('a', 'b')").causeText).toContain('exactly 1 argument');
  });
});

import { describe, expect, it } from 'vitest';
import { failure, run } from '../test-helpers';

describe('States.StringToJson', () => {
  // AWS-recorded (intrinsic_functions/test_json_manipulation.py::test_string_to_json).
  it.each([
    ['', null],
    [' ', null],
    ['-0', 0],
    ['1', 1],
    ['1.1', 1.1],
    ['true', true],
    ['"HelloWorld"', 'HelloWorld'],
    ['[1, 2, "HelloWorld"]', [1, 2, 'HelloWorld']],
    ['{"Arg1": 1, "Arg2": []}', { Arg1: 1, Arg2: [] }],
  ])('parses %j', (text, expected) => {
    expect(run('States.StringToJson($.s)', { s: text })).toStrictEqual(expected);
  });

  it('fails on text that is not JSON, and on a non-string argument', () => {
    const e = failure('States.StringToJson($.s)', { s: '{nope' });
    expect(e.error).toBe('States.IntrinsicFailure');
    expect(e.causeText).toContain('not valid JSON');
    expect(failure('States.StringToJson($.s)', { s: 12 }).causeText).toContain('must be a string');
  });
});

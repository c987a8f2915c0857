import { describe, expect, it } from 'vitest';
import { failure, run } from '../test-helpers';

describe('States.StringSplit', () => {
  // AWS-recorded (test_string_operations.py::test_string_split).
  it.each([
    [' ', ',', [' ']],
    [' , ', ',', [' ', ' ']],
    [', , ,', ',', [' ', ' ']],
    [',,,,', ',', []],
    ['1,2,3,4,5', ',', ['1', '2', '3', '4', '5']],
    ['This.is+a,test=string', '.+,=', ['This', 'is', 'a', 'test', 'string']],
    ['split on T and \nnew line', 'T\n', ['split on ', ' and ', 'new line']],
  ])('splits %j on %j', (s, d, expected) => {
    expect(run('States.StringSplit($.s, $.d)', { s, d })).toStrictEqual(expected);
  });

  it('accepts a raw newline inside a literal (AWS-recorded escape case)', () => {
    expect(run("States.StringSplit('Hello\nWorld', '\n')")).toStrictEqual(['Hello', 'World']);
  });

  it('fails on non-strings', () => {
    expect(failure('States.StringSplit($.s, \',\')', { s: [1] }).error).toBe('States.IntrinsicFailure');
  });
});

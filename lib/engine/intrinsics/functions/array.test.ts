import { describe, expect, it } from 'vitest';
import { failure, run } from '../test-helpers';

describe('States.Array', () => {
  it('builds an array of its arguments (AWS-recorded cases)', () => {
    expect(run('States.Array()')).toStrictEqual([]);
    expect(run('States.Array($.a, $.b)', { a: ' ', b: null })).toStrictEqual([' ', null]);
    expect(run('States.Array($.a, $.a)', { a: { Arg1: 1, Arg2: [] } })).toStrictEqual([{ Arg1: 1, Arg2: [] }, { Arg1: 1, Arg2: [] }]);
    expect(run("States.Array('x', 1, true, null, States.Array(2))")).toStrictEqual(['x', 1, true, null, [2]]);
  });

  it('fails with States.Runtime when an argument path is missing', () => {
    const e = failure('States.Array($.missing)', {});
    expect(e.error).toBe('States.Runtime');
    expect(e.causeText).toContain("The JSONPath '$.missing'");
  });
});

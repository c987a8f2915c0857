import { describe, expect, it } from 'vitest';
import { failure, run } from '../test-helpers';

describe('States.ArrayGetItem', () => {
  it('returns the item at a 0-based index (AWS-recorded)', () => {
    expect(run('States.ArrayGetItem($.a, $.i)', { a: [1, 2, 3, 4, 5, 6, 7, 8, 9], i: 5 })).toBe(6);
  });

  it('works on nested calls, as in the corpus', () => {
    expect(run("States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), 0)", {}, { StateMachine: { Name: 'my-machine' } })).toBe('my');
  });

  it('fails out of bounds and on a non-integer index', () => {
    const e = failure('States.ArrayGetItem($.a, 3)', { a: [1, 2, 3] });
    expect(e.error).toBe('States.IntrinsicFailure');
    expect(e.causeText).toContain('out of bounds');
    expect(failure('States.ArrayGetItem($.a, -1)', { a: [1] }).error).toBe('States.IntrinsicFailure');
    expect(failure("States.ArrayGetItem($.a, '0')", { a: [1] }).causeText).toContain('must be a number');
  });
});

import { describe, expect, it } from 'vitest';
import { failure, run } from '../test-helpers';

describe('States.Format', () => {
  // Expected values recorded on AWS (conformance corpus, intrinsic_functions/test_generic.py).
  it.each([
    ['', 'Formatting argument .'],
    [' ', 'Formatting argument  .'],
    ['HelloWorld', 'Formatting argument HelloWorld.'],
    ['{"Arg1": 1, "Arg2": []}', 'Formatting argument {"Arg1": 1, "Arg2": []}.'],
  ])('inserts the string %j as it is', (arg, expected) => {
    expect(run("States.Format('Formatting argument {}.', $.v)", { v: arg })).toBe(expected);
  });

  it('renders numbers, booleans and null as JSON and objects/arrays the Java way', () => {
    const t = "States.Format('fst={} and snd={}.', $.a, $.b)";
    expect(run(t, { a: 1, b: 1.1 })).toBe('fst=1 and snd=1.1.');
    expect(run(t, { a: true, b: null })).toBe('fst=true and snd=null.');
    expect(run(t, { a: { Arg1: 1, Arg2: [] }, b: [1, 'x', [2]] })).toBe('fst={Arg1=1, Arg2=[]} and snd=[1, x, [2]].');
  });

  it('honours escapes in a literal template', () => {
    expect(run("States.Format('a \\{} b \\' c \\\\ {}', 'x')")).toBe("a {} b ' c \\ x");
  });

  it('takes the template from a path', () => {
    expect(run('States.Format($.t, $.n)', { t: 'Hello, my name is {}.', n: 'Arnav' })).toBe('Hello, my name is Arnav.');
  });

  it('fails when placeholders and values do not match', () => {
    expect(failure("States.Format('{} and {}', 'one')").error).toBe('States.IntrinsicFailure');
    expect(failure("States.Format('no placeholder', 'extra')").error).toBe('States.IntrinsicFailure');
    expect(failure('States.Format($.t)', { t: 5 }).causeText).toMatch(/template/);
  });
});

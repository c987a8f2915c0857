import { describe, expect, it } from 'vitest';
import { evaluateJsonata } from './evaluate';
import { failure, testEnv } from './test-env';

describe('evaluateJsonata: $states and variables', () => {
  it('binds $states.input, $states.context, $states.result and $states.errorOutput', () => {
    const env = testEnv({ a: 2 }, {}, { result: { r: 1 }, errorOutput: { Error: 'E' } });
    expect(evaluateJsonata('{% $states.input.a * 10 %}', env, 'Output')).toBe(20);
    expect(evaluateJsonata('{% $states.context.State.Name %}', env, 'Output')).toBe('S');
    expect(evaluateJsonata('{% $states.result.r %}', env, 'Output')).toBe(1);
    expect(evaluateJsonata('{% $states.errorOutput.Error %}', env, 'Output')).toBe('E');
  });

  it('reads workflow variables, including ones inherited from an outer scope', () => {
    const outer: Record<string, number> = Object.create(null);
    outer.x = 40;
    const inner = Object.create(outer) as Record<string, number>;
    inner.y = 2;
    expect(evaluateJsonata('{% $x + $y %}', testEnv({}, inner), 'Output')).toBe(42);
  });

  it('lets local bindings shadow variables without touching them', () => {
    const vars = { x: 1 };
    expect(evaluateJsonata('{% ($x := 5; $x * 2) %}', testEnv({}, vars), 'Output')).toBe(10);
    expect(vars.x).toBe(1);
  });

  it('returns plain JSON: sequences become ordinary arrays', () => {
    const v = evaluateJsonata('{% $states.input.arr.a %}', testEnv({ arr: [{ a: 1 }, { a: 2 }] }), 'Output');
    expect(v).toEqual([1, 2]);
    expect(Object.keys(v as object)).toEqual(['0', '1']);
  });
});

describe('evaluateJsonata: failures worded as AWS words them', () => {
  it('an undefined result', () => {
    expect(failure(() => evaluateJsonata('{% $doesNotExist %}', testEnv(), 'Output/result'))).toEqual({
      error: 'States.QueryEvaluationError',
      cause: "The JSONata expression '$doesNotExist' specified for the field 'Output/result' returned nothing (undefined).",
      location: 'Output/result',
    });
  });

  it('an error thrown by the evaluator, with its code', () => {
    const f = failure(() => evaluateJsonata('{% $randomSeeded($states.input.fst) %}', testEnv({ fst: 'x' }), 'Output/FunctionResult'));
    expect(f.cause).toBe(
      "The JSONata expression '$randomSeeded($states.input.fst)' specified for the field 'Output/FunctionResult' threw an error during evaluation. T1006: Attempted to invoke a non-function",
    );
  });

  it('a function as the result', () => {
    expect(failure(() => evaluateJsonata('{% $fn := function($x){$x} %}', testEnv(), 'Items')).cause).toBe(
      "The JSONata expression '$fn := function($x){$x}' specified for the field 'Items' returned an unsupported result type.",
    );
  });

  it('a syntax error (a definition that skipped validation)', () => {
    const f = failure(() => evaluateJsonata('{% $states.input.( %}', testEnv(), 'Output'));
    expect(f.cause).toMatch(/^The JSONata expression '\$states\.input\.\(' specified for the field 'Output' could not be parsed\. S0203/);
  });

  it('$eval is not available in Step Functions', () => {
    expect(failure(() => evaluateJsonata('{% $eval("1") %}', testEnv(), 'Output')).cause).toMatch(/T1006: Attempted to invoke a non-function$/);
  });

  it('endless recursion ends with an error instead of hanging', () => {
    const f = failure(() => evaluateJsonata('{% ($f := function($n){$n > 0 ? 1 + $f($n - 1) : 0}; $f(1000000)) %}', testEnv(), 'Output'));
    expect(f.cause).toMatch(/threw an error during evaluation\. D1011/);
  });
});

describe('$now and $millis', () => {
  it('read the virtual clock, not the wall clock', () => {
    const env = testEnv({}, {}, { now: () => Date.UTC(2030, 0, 2, 3, 4, 5) });
    expect(evaluateJsonata('{% $now() %}', env, 'Output')).toBe('2030-01-02T03:04:05.000Z');
    expect(evaluateJsonata('{% $millis() %}', env, 'Output')).toBe(Date.UTC(2030, 0, 2, 3, 4, 5));
  });
  it('default to the state entered time', () => {
    expect(evaluateJsonata('{% $now() %}', testEnv(), 'Output')).toBe('2024-05-06T07:08:09.000Z');
  });
});

import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import type { JsonValue } from '../types';
import type { JsonataEnv } from '../jsonata/evaluate';
import { evaluateAssign } from './assign';
import { commitAssign, createVariables, visibleVariables, type VariableValues } from './store';

function env(input: JsonValue, variables: VariableValues, extra: Partial<JsonataEnv> = {}): JsonataEnv {
  const r = createRandom(1);
  return { input, context: { Execution: { Id: 'arn:x' } }, variables: visibleVariables(variables), random: r.next, uuid: r.uuid, ...extra };
}

describe('evaluateAssign (JSONata)', () => {
  it('evaluates {% %} at any depth and keeps the rest literal', () => {
    const vars = createVariables();
    const out = evaluateAssign(
      { a: '{% $states.input.v %}', lit: '$.not.a.path', nested: { b: ['{% 1 + 1 %}'] }, keep: 'States.Format(\'{}\', $x)' },
      'JSONata',
      env({ v: 'V' }, vars),
    );
    expect(out).toEqual({ a: 'V', lit: '$.not.a.path', nested: { b: [2] }, keep: "States.Format('{}', $x)" });
  });

  it('every expression sees the variables from before the state (a swap works)', () => {
    const vars = createVariables();
    commitAssign(vars, { a: 1, b: 2 });
    const assigned = evaluateAssign({ a: '{% $b %}', b: '{% $a %}' }, 'JSONata', env({}, vars));
    commitAssign(vars, assigned);
    expect([vars.a, vars.b]).toEqual([2, 1]);
  });

  it('reads $states.result in Task/Map/Parallel states', () => {
    expect(evaluateAssign({ r: '{% $states.result.n %}' }, 'JSONata', env({}, createVariables(), { result: { n: 5 } }))).toEqual({ r: 5 });
  });

  it('an undefined result fails with the location Assign/<name> (recorded on AWS)', () => {
    try {
      evaluateAssign({ result: '{% $doesNotExist %}' }, 'JSONata', env({}, createVariables()));
      throw new Error('expected a failure');
    } catch (e) {
      const err = e as { error: string; causeText: string; location: string };
      expect(err.error).toBe('States.QueryEvaluationError');
      expect(err.location).toBe('Assign/result');
      expect(err.causeText).toBe("The JSONata expression '$doesNotExist' specified for the field 'Assign/result' returned nothing (undefined).");
    }
  });
});

describe('evaluateAssign (JSONPath)', () => {
  it('takes .$ keys from paths, the context object, variables and intrinsics; the rest is literal', () => {
    const vars = createVariables();
    commitAssign(vars, { x: 40 });
    const out = evaluateAssign(
      {
        'fromInput.$': '$.answer',
        'fromContext.$': '$$.Execution.Id',
        'fromVar.$': '$x',
        'sum.$': 'States.MathAdd($x, 2)',
        literal: '$.answer',
        jsonataLooking: '{% $x %}',
        nested: { 'inner.$': '$.answer' },
      },
      'JSONPath',
      env({ answer: 42 }, vars),
    );
    expect(out).toEqual({
      fromInput: 42,
      fromContext: 'arn:x',
      fromVar: 40,
      sum: 42,
      literal: '$.answer',
      jsonataLooking: '{% $x %}',
      nested: { inner: 42 },
    });
  });

  it('reads variables of an outer scope from inside a Map iteration', () => {
    const outer = createVariables();
    commitAssign(outer, { x: 42 });
    const iteration = createVariables(outer);
    expect(evaluateAssign({ 'innerX.$': '$x' }, 'JSONPath', env(1, iteration))).toEqual({ innerX: 42 });
  });

  it('a path that matches nothing is States.Runtime', () => {
    try {
      evaluateAssign({ 'v.$': '$.missing' }, 'JSONPath', env({}, createVariables()));
      throw new Error('expected a failure');
    } catch (e) {
      expect((e as { error: string }).error).toBe('States.Runtime');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../index';
import { errors, errorText, machine } from '../test-util';

describe('Assign and variables', () => {
  it('accepts Assign in states, Choice rules and Catchers in both languages', () => {
    const def = {
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Assign: { count: 0, 'input.$': '$', 'name.$': '$$.Execution.Name', 'fmt.$': "States.Format('{}', $count)" }, Next: 'C' },
        C: { Type: 'Choice', Choices: [{ Variable: '$count', NumericEquals: 0, Next: 'T', Assign: { seen: true } }], Default: 'T', Assign: { x: 1 } },
        T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'E', Assign: { 'err.$': '$.Error' } }] },
        E: { Type: 'Fail' },
      },
    };
    expect(errors(def)).toEqual([]);
    const jsonata = {
      QueryLanguage: 'JSONata',
      StartAt: 'A',
      States: { A: { Type: 'Pass', Assign: { total: '{% $sum($states.input.items) %}', list: [1, '{% 2 %}'] }, Output: '{% $total %}', End: true } },
    };
    expect(errors(jsonata)).toEqual([]);
  });

  it('rejects bad variable names and a non-object Assign', () => {
    expect(errorText(machine({ Type: 'Pass', Assign: { '1x': 1 }, Next: 'Done' }))).toMatch(/'1x' in the Assign of state 'S' is not a valid variable name/);
    expect(errorText(machine({ Type: 'Pass', Assign: { states: 1 }, Next: 'Done' }))).toMatch(/'states'.*is reserved/);
    expect(errorText(machine({ Type: 'Pass', Assign: [1], Next: 'Done' }))).toMatch(/Assign in state 'S' must be a JSON object/);
    expect(errorText(machine({ Type: 'Pass', Assign: { 'v.$': '$.a[' }, Next: 'Done' }))).toMatch(/must be a valid JSONPath/);
  });

  it('warns about variables no Assign sets', () => {
    const jp = machine({ Type: 'Pass', Parameters: { 'a.$': '$missing' }, Next: 'Done' });
    const d = validateDefinition(jp).filter((x) => x.code === 'UNDEFINED_VARIABLE');
    expect(d).toHaveLength(1);
    expect(d[0]!.severity).toBe('warning');
    expect(d[0]!.message).toMatch(/Variable '\$missing' is read here but no Assign/);
    const ja = { QueryLanguage: 'JSONata', StartAt: 'A', States: { A: { Type: 'Pass', Assign: { total: 1 }, Output: '{% $totl + $count($states.input) %}', End: true } } };
    const w = validateDefinition(ja).filter((x) => x.code === 'UNDEFINED_VARIABLE');
    expect(w.map((x) => x.message)).toEqual([expect.stringMatching(/'\$totl'.*Did you mean 'total'\?/)]);
  });

  it('does not count JSONata functions, $states or local bindings as variable reads', () => {
    const ja = { QueryLanguage: 'JSONata', StartAt: 'A', States: { A: { Type: 'Pass', Output: '{% ($x := 2; $map([1], function($v) { $v * $x }); $states.input) %}', End: true } } };
    expect(validateDefinition(ja)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../index';

const codes = (def: unknown) => validateDefinition(def).filter((d) => d.severity === 'warning').map((d) => `${d.code}@${d.path.join('/')}`);
const task = (extra: Record<string, unknown>) => ({
  QueryLanguage: 'JSONata',
  StartAt: 'T',
  States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true, ...extra }, H: { Type: 'Pass', End: true } },
});

describe('$states members in JSONata', () => {
  it('accepts result in Output/Assign and errorOutput in a Catcher', () => {
    const def = task({
      Arguments: { p: '{% $states.input %}', c: '{% $states.context.Execution.Id %}' },
      Output: '{% $states.result.Payload %}',
      Assign: { last: '{% $states.result %}' },
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'H', Output: '{% $states.errorOutput %}' }],
    });
    expect(validateDefinition(def)).toEqual([]);
  });

  it('warns about result before there is one, errorOutput outside Catch, and unknown members', () => {
    expect(codes(task({ Arguments: '{% $states.result %}' }))).toEqual(['STATES_FIELD_UNAVAILABLE@States/T/Arguments']);
    expect(codes(task({ Output: '{% $states.errorOutput %}' }))).toEqual(['STATES_FIELD_UNAVAILABLE@States/T/Output']);
    const pass = { QueryLanguage: 'JSONata', StartAt: 'P', States: { P: { Type: 'Pass', Output: '{% $states.result %}', End: true } } };
    expect(codes(pass)).toEqual(['STATES_FIELD_UNAVAILABLE@States/P/Output']);
    const w = validateDefinition(task({ Arguments: { x: '{% $states.inputs %}' } })).filter((d) => d.code === 'UNKNOWN_STATES_FIELD');
    expect(w[0]!.message).toMatch(/Did you mean 'input'\?/);
  });
});

import { describe, expect, it } from 'vitest';
import { errors, errorText } from '../test-util';

const fail = (extra: Record<string, unknown>, top: Record<string, unknown> = {}) => ({ StartAt: 'F', States: { F: { Type: 'Fail', ...extra } }, ...top });

describe('Fail states', () => {
  it('accepts literal, path, intrinsic and JSONata forms', () => {
    expect(errors(fail({}))).toEqual([]);
    expect(errors(fail({ Error: 'E', Cause: 'C' }))).toEqual([]);
    expect(errors(fail({ ErrorPath: '$.e', CausePath: "States.Format('bad {}', $.x)" }))).toEqual([]);
    expect(errors(fail({ Error: '{% $states.input.e %}' }, { QueryLanguage: 'JSONata' }))).toEqual([]);
  });

  it('rejects Error with ErrorPath, and bad values', () => {
    expect(errorText(fail({ Error: 'E', ErrorPath: '$.e' }))).toMatch(/'Error' and 'ErrorPath', which exclude each other/);
    expect(errorText(fail({ Cause: 'C', CausePath: '$.c' }))).toMatch(/'Cause' and 'CausePath'/);
    expect(errorText(fail({ Error: 42 }))).toMatch(/'Error' of state 'F' must be a string/);
    expect(errorText(fail({ CausePath: 'States.Format(' }))).toMatch(/not a valid intrinsic function call/);
    expect(errorText(fail({ Error: '{% $states.input. %}' }, { QueryLanguage: 'JSONata' }))).toMatch(/invalid JSONata expression/);
  });
});

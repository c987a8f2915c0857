import { describe, expect, it } from 'vitest';
import { queryVariablePath, variableOfPath } from './path';

describe('variable paths in JSONPath fields', () => {
  it('recognises $name and $name.rest, not $, $.x, $[0] or $$', () => {
    expect(variableOfPath('$x')).toEqual({ name: 'x', rest: '$' });
    expect(variableOfPath('$cfg.err[0]')).toEqual({ name: 'cfg', rest: '$.err[0]' });
    for (const p of ['$', '$.x', '$[0]', '$$.Execution.Id', 'x']) expect(variableOfPath(p)).toBeUndefined();
  });

  it('reads a variable and a path inside it; a missing variable or field is not found', () => {
    const vars = { list: [1, 2], cfg: { err: 'E' } };
    expect(queryVariablePath('$list', vars)).toEqual({ found: true, value: [1, 2] });
    expect(queryVariablePath('$cfg.err', vars)).toEqual({ found: true, value: 'E' });
    expect(queryVariablePath('$cfg.nope', vars)).toEqual({ found: false });
    expect(queryVariablePath('$missing', vars)).toEqual({ found: false });
    expect(queryVariablePath('$toString', {})).toEqual({ found: false });
    expect(queryVariablePath('$.list', vars)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { assignedName, variableNameProblem } from './names';

describe('variableNameProblem', () => {
  it('accepts identifiers, Unicode letters and underscores', () => {
    for (const name of ['x', 'var_1', '_private', 'Grüße', 'π', 'a'.repeat(80)]) expect(variableNameProblem(name)).toBeUndefined();
  });
  it('rejects the reserved name states', () => {
    expect(variableNameProblem('states')).toMatch(/reserved/);
  });
  it('rejects names that are not identifiers or too long', () => {
    expect(variableNameProblem('1abc')).toMatch(/not a valid variable name/);
    expect(variableNameProblem('a-b')).toMatch(/not a valid variable name/);
    expect(variableNameProblem('a.b')).toMatch(/not a valid variable name/);
    expect(variableNameProblem('')).toMatch(/empty/);
    expect(variableNameProblem('a'.repeat(81))).toMatch(/longer than 80/);
  });
});

describe('assignedName', () => {
  it('drops the .$ suffix of JSONPath keys only', () => {
    expect(assignedName('x.$', true)).toBe('x');
    expect(assignedName('x.$', false)).toBe('x.$');
    expect(assignedName('x', true)).toBe('x');
  });
});

import { describe, expect, it } from 'vitest';
import { compileJsonata, freeVariables, isBuiltinFunctionName, isSyntaxProblem } from './compile';

describe('compileJsonata', () => {
  it('caches by expression text', () => {
    expect(compileJsonata('$a + 1')).toBe(compileJsonata('$a + 1'));
  });
  it('reports a syntax problem with jsonata\'s code and position instead of throwing', () => {
    const c = compileJsonata('$states.input.(');
    expect(isSyntaxProblem(c)).toBe(true);
    expect(c).toMatchObject({ code: 'S0203', message: expect.stringMatching(/Expected "\)"/) });
  });
});

describe('freeVariables', () => {
  it('lists the workflow variables an expression reads', () => {
    expect(freeVariables('$sum($states.input.list) + $bias * $count($items)')).toEqual(['bias', 'items']);
  });
  it('ignores local bindings, lambda parameters, strings, regexes and functions (AWS ones included)', () => {
    expect(freeVariables('($x := 1; $map($list, function($v){ $v + $x }))')).toEqual(['list']);
    expect(freeVariables("$contains('$notAVar', /\\$alsoNot/) and $uuid() != $partition($p, 2)")).toEqual(['p']);
  });
  it('is undefined for text that does not parse', () => {
    expect(freeVariables('$a +')).toBeUndefined();
  });
});

describe('isBuiltinFunctionName', () => {
  it('knows jsonata and AWS functions, not other names', () => {
    for (const f of ['sum', 'map', 'string', 'partition', 'range', 'hash', 'random', 'uuid', 'parse', 'now']) expect(isBuiltinFunctionName(f), f).toBe(true);
    for (const f of ['eval', 'myVar', 'states', 'randomSeeded']) expect(isBuiltinFunctionName(f), f).toBe(false);
  });
});

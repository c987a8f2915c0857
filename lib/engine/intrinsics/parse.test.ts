import { describe, expect, it } from 'vitest';
import { isIntrinsicExpression, parseIntrinsic } from './parse';
import { validateIntrinsic } from './evaluate';

describe('parseIntrinsic', () => {
  it('parses nested calls, literals, paths, context paths and variables', () => {
    const r = parseIntrinsic("States.Format('{} {}', States.ArrayGetItem($.a[0], 1), $$.State.Name, $myVar.x, -1.5e2, true, null)");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.call.name).toBe('States.Format');
    expect(r.call.args.map((a) => a.kind)).toEqual(['literal', 'call', 'context', 'variable', 'literal', 'literal', 'literal']);
    const inner = r.call.args[1]!;
    expect(inner.kind === 'call' && inner.call.args[0]).toEqual({ kind: 'path', path: '$.a[0]' });
    expect(r.call.args[3]).toEqual({ kind: 'variable', name: 'myVar', path: '$.x' });
    expect(r.call.args[4]).toEqual({ kind: 'literal', value: -150 });
  });

  it('unescapes \\\' \\{ \\} \\\\ in string literals and keeps the raw text', () => {
    const r = parseIntrinsic("States.Format('it\\'s \\{\\} \\\\')");
    expect(r.ok && r.call.args[0]).toEqual({ kind: 'literal', value: "it's {} \\", raw: "it\\'s \\{\\} \\\\" });
  });

  it('keeps commas and parentheses inside a path filter', () => {
    const r = parseIntrinsic("States.Array($.a[?(@.x == 'a,b')], 2)");
    expect(r.ok && r.call.args[0]).toEqual({ kind: 'path', path: "$.a[?(@.x == 'a,b')]" });
  });

  it.each([
    ["States.Format('x\\\"y')", 'invalid escape'],
    ["States.Format('open)", 'unterminated string'],
    ['States.Array(1, )', 'argument'],
    ['States.Array(1', "missing ')'"],
    ['States.Array(1) extra', 'unexpected text'],
    ['Foo.Bar()', 'function name'],
    ['States.Array(@)', "unexpected '@'"],
  ])('rejects %s', (text, fragment) => {
    const r = parseIntrinsic(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(fragment);
  });
});

describe('validateIntrinsic', () => {
  it('accepts valid calls and reports unknown names, arity and bad paths', () => {
    expect(validateIntrinsic("States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), 0)")).toBeNull();
    expect(validateIntrinsic('States.Nope()')).toContain("Unknown intrinsic function 'States.Nope'");
    expect(validateIntrinsic('States.MathAdd(1)')).toContain('exactly 2 arguments');
    expect(validateIntrinsic('States.ArrayLength($.a.)')).toContain('Invalid JSONPath');
  });
});

describe('isIntrinsicExpression', () => {
  it('recognises the call shape only', () => {
    expect(isIntrinsicExpression('States.UUID()')).toBe(true);
    expect(isIntrinsicExpression(' States.Format (\'x\')')).toBe(true);
    expect(isIntrinsicExpression('$.States')).toBe(false);
    expect(isIntrinsicExpression('States.Format')).toBe(false);
  });
});

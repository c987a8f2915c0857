import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../types';
import { compilePath, isDefinitePath, isReferencePath, queryPath, validatePathSyntax } from './index';

const raw = {
  a: { b: [1, 2, 3, 4], c: 'x', 'd e': 5 },
  users: [
    { status: 0, n: 1, name: 'ann' },
    { status: 1, n: 2, name: 'bob' },
    { n: 3, name: 'cy' },
  ],
  events: [{ x: { id: 1 } }, { id: 2, y: [{ id: 3 }] }],
};
const data = raw as unknown as JsonValue;

describe('queryPath', () => {
  it.each([
    ['$', data],
    ['$.a.c', 'x'],
    ["$['a']['d e']", 5],
    ['$["a"].c', 'x'],
    ['$.a.b[0]', 1],
    ['$.a.b[-1]', 4],
    ['$.a.b[*]', [1, 2, 3, 4]],
    ['$.a.b[1:3]', [2, 3]],
    ['$.a.b[:1]', [1]],
    ['$.a.b[2:]', [3, 4]],
    ['$.a.b[-2:]', [3, 4]],
    ['$.a.b[0,2]', [1, 3]],
    ['$.a.b[::2]', [1, 3]],
    ['$.users[*].name', ['ann', 'bob', 'cy']],
    ['$.users[?(@.status == 0)]', [raw.users[0]]],
    ['$.users[?(@.n >= 2 && @.name != "cy")].name', ['bob']],
    ['$.users[?(@.status)].n', [1, 2]],
    ['$.users[?(!@.status)].n', [3]],
    ["$.users[?(@.name =~ /^b.*/)].n", [2]],
    ['$.users[?(@.n in [1, 3])].name', ['ann', 'cy']],
    ['$..id', [1, 2, 3]],
    ['$..[?(@.status == 1)].name', ['bob']],
    ['$.events..id', [1, 2, 3]],
    ['$.a.*', [[1, 2, 3, 4], 'x', 5]],
    // Jayway merges a union of names that ends the path into one object ("multi-property merge").
    ["$.a['c','d e']", { c: 'x', 'd e': 5 }],
    ["$.a['c','d e'].length", []],
  ])('%s', (path, expected) => {
    expect(queryPath(path, data)).toEqual({ found: true, value: expected });
  });

  it('reports a definite path that names nothing as not found', () => {
    expect(queryPath('$.nope', data)).toEqual({ found: false });
    expect(queryPath('$.a.b[9]', data)).toEqual({ found: false });
    expect(queryPath('$.a.c.d', data)).toEqual({ found: false });
    expect(queryPath('$.a[0]', data)).toEqual({ found: false });
  });

  it('gives [] for an indefinite path that matches nothing (AWS behaviour)', () => {
    expect(queryPath('$.nope[*]', data)).toEqual({ found: true, value: [] });
    expect(queryPath('$.a.b[10:]', data)).toEqual({ found: true, value: [] });
    expect(queryPath('$.users[?(@.n > 10)]', data)).toEqual({ found: true, value: [] });
  });

  it('keeps a backslash that does not escape the quote (AWS-recorded key lookup)', () => {
    const key = 'Test\\""Name"';
    expect(queryPath(`$['Test\\""Name"']`, { [key]: 'v' })).toEqual({ found: true, value: 'v' });
    expect(queryPath("$['it\\'s']", { "it's": 1 })).toEqual({ found: true, value: 1 });
  });

  it('evaluates $$ paths against the data the caller passes (the context object)', () => {
    expect(queryPath('$$.State.Name', { State: { Name: 'S1' } })).toEqual({ found: true, value: 'S1' });
  });

  it('does not read inherited properties', () => {
    expect(queryPath('$.constructor', {})).toEqual({ found: false });
  });

  it('caches compiled paths', () => {
    expect(compilePath('$.a.b')).toBe(compilePath('$.a.b'));
  });
});

describe('validatePathSyntax', () => {
  it('accepts valid paths', () => {
    for (const p of ['$', '$$', '$.a', '$..a', '$.a[*].b', "$.a[?(@.x > 1)]", '$.a[1:2]', '$$.Map.Item.Value'])
      expect(validatePathSyntax(p)).toBeNull();
  });

  it.each([
    ['a.b', "must start with '$'"],
    ['$.', 'empty field name'],
    ['$[', "unclosed '['"],
    ['$.a[?(@.x >)]', "unexpected ')'"],
    ['$.a b', 'whitespace'],
    ['$.a[1:2:0]', 'step cannot be 0'],
    ['$.a]', "unexpected ']'"],
    ['$.a.length()', 'path functions are not supported'],
  ])('rejects %s with a message saying where', (path, fragment) => {
    const msg = validatePathSyntax(path);
    expect(msg).toContain(fragment);
    expect(msg).toMatch(/at character \d+/);
  });
});

describe('isReferencePath / isDefinitePath', () => {
  it('allows only fields and non-negative indexes in a reference path', () => {
    expect(isReferencePath('$')).toBe(true);
    expect(isReferencePath('$.a[0].b')).toBe(true);
    expect(isReferencePath("$['a b']")).toBe(true);
    expect(isReferencePath('$.a[*]')).toBe(false);
    expect(isReferencePath('$..a')).toBe(false);
    expect(isReferencePath('$.a[-1]')).toBe(false);
    expect(isReferencePath('$$.a')).toBe(false);
    expect(isReferencePath('nope')).toBe(false);
    expect(isDefinitePath('$.a[-1]')).toBe(true);
    expect(isDefinitePath('$.a[0,1]')).toBe(false);
  });
});

// The JSONPath forms AWS accepts that published state machines use (issue 19): a dot before a bracket,
// surrounding whitespace, unquoted words in filters, and the union of names at the end of a path.
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../types';
import { isReferencePath, queryPath, validatePathSyntax } from './index';

const records = [
  { body: '{"a":1}', OU: 2, bucket: 'b1', key: 'k1' },
  { body: '{"a":2}', OU: 0, bucket: 'b2', key: 'k2' },
] as unknown as JsonValue;

describe('a dot before a bracket (Jayway reads the token after the dot)', () => {
  it.each([
    ['$.[0]', records, (records as JsonValue[])[0]],
    ['$.[0].body', records, '{"a":1}'],
    ['$.Snapshots.[0].State', { Snapshots: [{ State: 'completed' }] }, 'completed'],
    ["$.abc.['def ghi']", { abc: { 'def ghi': 42 } }, 42],
    ['$.[?(@.OU > 0)]', records, [(records as JsonValue[])[0]]],
    ["$..['key']", { a: { key: 1 }, b: [{ key: 2 }] }, [1, 2]],
  ] as [string, JsonValue, JsonValue][])('%s', (path, data, expected) => {
    expect(validatePathSyntax(path)).toBeNull();
    expect(queryPath(path, data)).toEqual({ found: true, value: expected });
  });

  it('keeps a dotted bracket a reference path when the bracket is an index or a name', () => {
    expect(isReferencePath('$.[0].body')).toBe(true);
    expect(isReferencePath("$.a.['b c']")).toBe(true);
    expect(isReferencePath('$.[*]')).toBe(false);
  });

  it('still refuses a dot followed by nothing, or two dots then a dot', () => {
    expect(validatePathSyntax('$.a.')).toMatch(/empty field name/);
    expect(validatePathSyntax('$...a')).toMatch(/Invalid JSONPath/);
  });
});

describe('a union of names', () => {
  it("merges `$.[*].['bucket','key']` into one object per item, as Jayway does", () => {
    expect(queryPath("$.[*].['bucket', 'key']", records)).toEqual({
      found: true,
      value: [
        { bucket: 'b1', key: 'k1' },
        { bucket: 'b2', key: 'k2' },
      ],
    });
  });

  it('gives one object (a definite path) when the union ends the path', () => {
    expect(queryPath("$['a','c']", { a: 1, b: 2, c: 3 })).toEqual({ found: true, value: { a: 1, c: 3 } });
    expect(queryPath("$['a','zz']", { a: 1 })).toEqual({ found: true, value: { a: 1 } });
  });

  it('iterates when more of the path follows', () => {
    expect(queryPath("$['a','c'].v", { a: { v: 1 }, c: { v: 3 } })).toEqual({ found: true, value: [1, 3] });
  });
});

describe('surrounding whitespace', () => {
  it('is trimmed before the path is read (AWS accepts "$$.Execution.Name ")', () => {
    expect(validatePathSyntax('$$.Execution.Name ')).toBeNull();
    expect(queryPath('$$.Execution.Name ', { Execution: { Name: 'run-1' } })).toEqual({ found: true, value: 'run-1' });
    expect(queryPath('$.a\t', { a: 1 })).toEqual({ found: true, value: 1 });
  });

  it('is still an error inside a field name', () => {
    expect(validatePathSyntax('$.a b')).toMatch(/whitespace/);
  });
});

describe('unquoted words in filters', () => {
  const labels = { Labels: [{ Name: 'Receipt', Confidence: 99 }, { Name: 'Paper', Confidence: 80 }] } as JsonValue;

  it('compare as the string they spell, as the published samples rely on', () => {
    expect(queryPath('$.Labels[?(@.Name==Receipt)]', labels)).toEqual({ found: true, value: [{ Name: 'Receipt', Confidence: 99 }] });
    expect(queryPath('$.Labels[?(@.Name != Receipt)].Name', labels)).toEqual({ found: true, value: ['Paper'] });
    expect(queryPath('$[?(@.TargetLanguageCode==es)].TranslatedText', [{ TargetLanguageCode: 'es', TranslatedText: 'hola' }])).toEqual({
      found: true,
      value: ['hola'],
    });
    expect(queryPath('$..QualityResults[?(@.constraint_status==Failure)]', { r: { QualityResults: [{ constraint_status: 'Failure' }] } })).toEqual({
      found: true,
      value: [{ constraint_status: 'Failure' }],
    });
  });

  it('keeps true, false, null and numbers as JSON literals', () => {
    const items = [{ v: true }, { v: 'true' }, { v: 2 }, { v: null }] as JsonValue;
    expect(queryPath('$[?(@.v == true)]', items)).toEqual({ found: true, value: [{ v: true }] });
    expect(queryPath('$[?(@.v == 2)]', items)).toEqual({ found: true, value: [{ v: 2 }] });
    expect(queryPath('$[?(@.v == null)]', items)).toEqual({ found: true, value: [{ v: null }] });
    expect(queryPath('$[?(@.v == trueish)]', [{ v: 'trueish' }])).toEqual({ found: true, value: [{ v: 'trueish' }] });
  });

  it('still refuses a filter that is not a comparison', () => {
    expect(validatePathSyntax('$[?(@.a == )]')).toMatch(/unexpected '\)'/);
    expect(validatePathSyntax('$[?(@.a == #)]')).toMatch(/unexpected '#'/);
  });
});

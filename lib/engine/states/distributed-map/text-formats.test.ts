import { describe, expect, it } from 'vitest';
import { csvSource, ItemSourceError, jsonArraySource, jsonLinesSource, type ItemSource } from './text-formats';

const all = (s: ItemSource) => Array.from({ length: s.total }, (_, i) => s.item(i));

describe('JSON array source', () => {
  it('finds items without parsing the whole text, strings with brackets and escapes included', () => {
    const text = ' [ {"a":"x]\\"}"}, [1,[2]] , "s,t", 3.5, null, true ] ';
    const s = jsonArraySource(text, 's3://b/k');
    expect(s.total).toBe(6);
    expect(all(s)).toEqual([{ a: 'x]"}' }, [1, [2]], 's,t', 3.5, null, true]);
  });

  it('parses in blocks but returns the right item across block edges and on random access', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({ i, s: `x${i}` }));
    const s = jsonArraySource(JSON.stringify(items), 'k');
    expect(s.total).toBe(10_000);
    for (const k of [0, 4095, 4096, 8191, 8192, 9999, 5, 4097]) expect(s.item(k)).toEqual(items[k]);
  });

  it('stops at MaxItems', () => {
    const s = jsonArraySource('[1,2,3,4]', 'k', 2);
    expect(all(s)).toEqual([1, 2]);
  });

  it('reads an empty array', () => {
    expect(jsonArraySource('[]', 'k').total).toBe(0);
  });

  it('rejects a non-array, an unclosed array and a malformed item with the place', () => {
    expect(() => jsonArraySource('{"a":1}', 's3://b/k')).toThrow(/s3:\/\/b\/k is not a JSON array/);
    expect(() => jsonArraySource('[1,2', 's3://b/k')).toThrow(/not closed/);
    expect(() => jsonArraySource('[1,,2]', 's3://b/k')).toThrow(/empty item/);
    const s = jsonArraySource('[1,{"a":},3]', 's3://b/k');
    expect(s.item(0)).toBe(1);
    expect(() => s.item(1)).toThrow(ItemSourceError);
    expect(() => s.item(1)).toThrow(/Item 1 of s3:\/\/b\/k is not valid JSON/);
  });
});

describe('JSON Lines source', () => {
  it('reads one value per line, skipping blank lines, and names the line of a bad one', () => {
    const s = jsonLinesSource('{"a":1}\n\n  [2] \r\n"x"\n{bad}\n', 's3://b/k.jsonl');
    expect(s.total).toBe(4);
    expect([s.item(0), s.item(1), s.item(2)]).toEqual([{ a: 1 }, [2], 'x']);
    expect(() => s.item(3)).toThrow(/Line 5 of s3:\/\/b\/k.jsonl is not valid JSON/);
  });

  it('stops at MaxItems', () => {
    expect(jsonLinesSource('1\n2\n3\n', 'k', 2).total).toBe(2);
  });
});

describe('CSV source', () => {
  it('uses the first row as headers and keeps every value a string', () => {
    const s = csvSource('id,name,note\r\n1,Ann,"says ""hi"", twice"\n2,Bo,"two\nlines"\n', 'k.csv');
    expect(s.headers).toEqual(['id', 'name', 'note']);
    expect(all(s)).toEqual([
      { id: '1', name: 'Ann', note: 'says "hi", twice' },
      { id: '2', name: 'Bo', note: 'two\nlines' },
    ]);
  });

  it('uses GIVEN headers: the first row is data', () => {
    const s = csvSource('1,Ann\n2,Bo', 'k.csv', { headers: ['id', 'name'] });
    expect(all(s)).toEqual([
      { id: '1', name: 'Ann' },
      { id: '2', name: 'Bo' },
    ]);
  });

  it('supports other delimiters, empty fields and MaxItems', () => {
    const s = csvSource('a|b\n1|\n|2\n3|4\n', 'k', { delimiter: '|', maxItems: 2 });
    expect(all(s)).toEqual([
      { a: '1', b: '' },
      { a: '', b: '2' },
    ]);
  });

  it('reports a row whose field count does not match the headers, with its row number', () => {
    const s = csvSource('a,b\n1,2\n1,2,3\n', 's3://b/k.csv');
    expect(() => s.item(1)).toThrow('Row 3 of s3://b/k.csv has 3 fields but there are 2 column headers.');
  });

  it('reports an unclosed quote and an empty file', () => {
    expect(() => csvSource('a,b\n"1,2\n', 'k')).toThrow(/never closed/);
    expect(() => csvSource('', 'k')).toThrow(/is empty/);
  });
});

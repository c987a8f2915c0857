// The synchronous build (scripts/gen-jsonata-sync.mjs) must behave exactly like the published async jsonata.
import { describe, expect, it } from 'vitest';
import asyncJsonata from 'jsonata';
import syncJsonata from './vendor/jsonata-sync.js';

const input = { a: 1, s: 'Hello World', arr: [3, 1, 2], people: [{ n: 'x', age: 30 }, { n: 'y', age: 20 }], o: { k: { v: [1] } } };
const expressions = [
  'a + 1',
  '$sum(arr) * 2',
  '$sort(arr)',
  '$sort(people, function($l, $r){ $l.age > $r.age }).n',
  '$map(arr, function($v, $i){ $v * $i })',
  '$filter(people, function($p){ $p.age > 25 }).n',
  '$reduce(arr, function($acc, $v){ $acc + $v }, 10)',
  'people{n: age}',
  'people[age > 25]',
  '$uppercase(s) & "!"',
  "$replace(s, /o/, '0')",
  "$split(s, ' ')",
  "$match(s, /l+/)",
  "$contains(s, /^Hello/)",
  '$each(o, function($v, $k){ $k })',
  '$keys(o.k)',
  'o.k.v',
  '[1, [2, 3], []]',
  '($x := 5; $f := function($n){ $n <= 1 ? 1 : $n * $f($n - 1) }; $f($x))',
  '$string({"a": [1, 2]})',
  '$formatNumber(1234.5, "#,##0.00")',
  '$fromMillis(0)',
  'arr ~> $count()',
  '$single(people, function($p){ $p.n = "y" }).age',
  '$exists(nope)',
  '$distinct([1, 1, 2])',
  '$zip([1, 2], [3, 4])',
  '$merge([{"a": 1}, {"b": 2}])',
  'people^(>age).n',
  '$lookup(o, "k")',
];

describe('jsonata-sync agrees with jsonata', () => {
  it.each(expressions)('%s', async (expr) => {
    const expected = await asyncJsonata(expr).evaluate(input);
    const actual = syncJsonata(expr).evaluate(input);
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  });

  it('reports the same error codes', async () => {
    for (const expr of ['"a" + 1', '$nope()', '$string(1/0)']) {
      const codeOf = (e: unknown) => (e as { code?: string }).code;
      let asyncCode: string | undefined;
      try { await asyncJsonata(expr).evaluate(input); } catch (e) { asyncCode = codeOf(e); }
      let syncCode: string | undefined;
      try { syncJsonata(expr).evaluate(input); } catch (e) { syncCode = codeOf(e); }
      expect(asyncCode).toBeDefined();
      expect(syncCode).toBe(asyncCode);
    }
  });
});

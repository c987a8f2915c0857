// The fast path must agree with the full evaluator whenever it answers, and must answer for the common shapes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import jsonata from './vendor/jsonata-sync.js';
import { BAIL, compileFast } from './fast';
import { scanNames } from './compile';
import type { JsonValue } from '../types';
import { testEnv } from './test-env';

const EXPRESSIONS = [
  '$states.input',
  '$states.input.a',
  '$states.input.a.b',
  '$states.input.`a b`',
  '$states.context.State.Name',
  '$states.result.a',
  '$states.errorOutput.Error',
  '$v',
  '$v.a',
  '$states.input.a + 1',
  '$states.input.a * $v',
  '$states.input.a - $states.input.b',
  '$states.input.a / 2',
  '$states.input.a % 3',
  '$states.input.a = 1',
  '$states.input.a != $v',
  '$states.input.a < $states.input.b',
  '$states.input.a >= "m"',
  '$states.input.a and $v',
  '$states.input.a or true',
  '$states.input.a & "!"',
  '"x" & $v',
  '1',
  "'s'",
  'true',
  'null',
];

const value: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -10, max: 10 }),
  fc.constantFrom('a', 'm', 'z', ''),
  fc.boolean(),
  fc.constant(null),
  fc.constant([1, 2]),
  fc.constant([]),
  fc.constant({ b: 2 }),
) as fc.Arbitrary<JsonValue>;
const input = fc.record({ a: fc.option(value, { nil: undefined }), b: value, 'a b': value }, { requiredKeys: [] });

function full(expr: string, env: ReturnType<typeof testEnv>): { ok: true; value: unknown } | { ok: false } {
  const states: Record<string, unknown> = { input: env.input, context: env.context, result: env.result, errorOutput: env.errorOutput };
  try {
    return { ok: true, value: jsonata(expr).evaluate(undefined, { states, v: env.variables?.v }) };
  } catch {
    return { ok: false };
  }
}

describe('compileFast', () => {
  it('handles the common shapes', () => {
    for (const expr of EXPRESSIONS) {
      const ast = jsonata(expr).ast();
      expect(compileFast(ast, scanNames(ast).localNames), expr).toBeDefined();
    }
  });

  it('leaves everything else to the full evaluator', () => {
    for (const expr of ['$sum($states.input.a)', '$states.input.a[0]', '$states.input.a ? 1 : 2', '($x := 1; $x)', '$states.input.*', '$states.input{"k": a}', '$states.input.a.(b)']) {
      const ast = jsonata(expr).ast();
      expect(compileFast(ast, scanNames(ast).localNames), expr).toBeUndefined();
    }
  });

  it('agrees with jsonata whenever it answers', () => {
    const compiled = EXPRESSIONS.map((expr) => {
      const ast = jsonata(expr).ast();
      return { expr, fast: compileFast(ast, scanNames(ast).localNames)! };
    });
    fc.assert(
      fc.property(input, fc.option(value, { nil: undefined }), value, (inp, v, result) => {
        const env = testEnv(inp as JsonValue, v === undefined ? {} : { v }, { result, errorOutput: { Error: 'E' } });
        for (const { expr, fast } of compiled) {
          const quick = fast(env);
          if (quick === BAIL) continue;
          const slow = full(expr, env);
          expect(slow.ok, `${expr} on ${JSON.stringify(inp)} / v=${JSON.stringify(v)}: jsonata failed, fast path answered`).toBe(true);
          if (slow.ok) expect(JSON.stringify(quick), `${expr} on ${JSON.stringify(inp)} / v=${JSON.stringify(v)}`).toBe(JSON.stringify(slow.value));
        }
      }),
      { numRuns: 400 },
    );
  });
});

// Property tests: whatever text or JSON arrives, the expression modules answer with a value, a message or a
// StatesError, never a crash, and ResultPath writes are exact and non-destructive.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateChoiceRule } from '../choice/evaluate';
import { isStatesError } from '../errors';
import { evaluateIntrinsic, parseIntrinsic, validateIntrinsic } from '../intrinsics/index';
import { envFor } from '../intrinsics/test-helpers';
import { PathSyntaxError, queryPath, validatePathSyntax } from '../jsonpath/index';
import { applyResultPath } from '../path-fields';
import { resolvePayloadTemplate } from '../payload-template';
import type { JsonObject, JsonValue } from '../types';

const json = fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<JsonValue>;
const pathChars = fc.constantFrom('$', '.', '[', ']', '*', '?', '(', ')', '@', "'", '"', ':', ',', '-', '0', '1', 'a', 'b', '=', '>', '!', '&', '|', ' ');
const pathLike = fc.array(pathChars, { maxLength: 20 }).map((cs) => '$' + cs.join(''));
const runs = { numRuns: 2000 };

function onlyStatesErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (!isStatesError(e)) throw e;
  }
}

describe('JSONPath robustness', () => {
  it('validatePathSyntax answers for any text and agrees with queryPath', () => {
    fc.assert(
      fc.property(fc.oneof(pathLike, fc.string()), json, (path, data) => {
        const msg = validatePathSyntax(path);
        if (msg === null) {
          const r = queryPath(path, data);
          expect(typeof r.found).toBe('boolean');
        } else {
          expect(() => queryPath(path, data)).toThrow(PathSyntaxError);
        }
      }),
      runs,
    );
  });
});

describe('intrinsic robustness', () => {
  const fn = fc.constantFrom('States.Format', 'States.Array', 'States.ArrayGetItem', 'States.MathAdd', 'States.StringSplit', 'States.Hash', 'States.JsonMerge', 'States.ArrayRange', 'States.StringToJson', 'States.Base64Decode');
  const arg = fc.oneof(fc.constantFrom('$', '$.a', '$.b[0]', '$$.x', "'t{}'", "'a,b'", '1', '-2.5', 'true', 'null', '$v', "'SHA-1'"), fc.integer({ min: -5, max: 5 }).map(String));
  const call = fc.tuple(fn, fc.array(arg, { maxLength: 4 })).map(([f, as]) => `${f}(${as.join(', ')})`);

  it('parses any text into a call or a message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), call), (text) => {
        const r = parseIntrinsic(text);
        expect(r.ok ? typeof r.call.name : typeof r.message).toBe('string');
        const v = validateIntrinsic(text);
        expect(v === null || typeof v === 'string').toBe(true);
      }),
      runs,
    );
  });

  it('evaluates random calls to a value or a StatesError', () => {
    fc.assert(
      fc.property(call, json, json, (text, a, b) => {
        const env = { ...envFor({ a, b: [b] }, { x: a }), variables: { v: b } };
        onlyStatesErrors(() => evaluateIntrinsic(text, env, 'f.$'));
      }),
      runs,
    );
  });
});

describe('payload templates and choice rules', () => {
  const exprs = fc.constantFrom('$', '$.a', '$.nope', '$$.x', 'States.Array($.a)', 'States.Nope()', 'not a path', '$[', '$v');
  const template: fc.Arbitrary<JsonValue> = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      json,
      fc.dictionary(fc.constantFrom('k', 'k.$', 'z.$', 'n'), fc.oneof(exprs as fc.Arbitrary<JsonValue>, tie('node')), { maxKeys: 3 }),
    ),
  })).node as fc.Arbitrary<JsonValue>;

  it('templates resolve or fail with a StatesError', () => {
    fc.assert(
      fc.property(template, json, (t, input) => onlyStatesErrors(() => resolvePayloadTemplate(t, envFor({ a: input }, { x: 1 }), 'Parameters'))),
      runs,
    );
  });

  const ops = fc.constantFrom('StringEquals', 'NumericLessThan', 'BooleanEquals', 'TimestampEquals', 'StringMatches', 'IsNull', 'IsPresent', 'IsTimestamp', 'NumericEqualsPath', 'Bogus');
  const leaf = fc.tuple(fc.constantFrom('$.a', '$.b', '$$.x', '$.nope', 'bad'), ops, json).map(([v, op, x]) => ({ Variable: v, [op]: x }) as JsonObject);
  const rule: fc.Arbitrary<JsonObject> = fc.letrec((tie) => ({
    r: fc.oneof(
      { depthSize: 'small' },
      leaf,
      fc.array(tie('r'), { maxLength: 3 }).map((rs) => ({ And: rs }) as JsonObject),
      fc.array(tie('r'), { maxLength: 3 }).map((rs) => ({ Or: rs }) as JsonObject),
      tie('r').map((r) => ({ Not: r }) as JsonObject),
    ),
  })).r as fc.Arbitrary<JsonObject>;

  it('choice rules give a boolean or a StatesError', () => {
    fc.assert(
      fc.property(rule, json, json, (r, a, b) =>
        onlyStatesErrors(() => expect(typeof evaluateChoiceRule(r, envFor({ a, b }, { x: a }))).toBe('boolean')),
      ),
      runs,
    );
  });
});

describe('ResultPath writes', () => {
  const key = fc.constantFrom('a', 'b', 'c');
  const path = fc.array(key, { minLength: 1, maxLength: 4 });

  it('puts the result exactly at the path and leaves the raw input untouched', () => {
    fc.assert(
      fc.property(json, path, json, (raw, keys, result) => {
        const before = JSON.stringify(raw);
        const p = '$.' + keys.join('.');
        try {
          const out = applyResultPath(raw, p, result);
          expect(queryPath(p, out)).toEqual({ found: true, value: result });
        } catch (e) {
          if (!isStatesError(e)) throw e;
          expect(e.error).toBe('States.ResultPathMatchFailure');
        }
        expect(JSON.stringify(raw)).toBe(before);
      }),
      runs,
    );
  });
});

// Payload templates: Parameters, ResultSelector, ItemSelector and the legacy Map Parameters. A key ending
// in `.$` takes its value from a path, the context object, an intrinsic function or a variable; every other
// value is copied as written, recursively. Templates are compiled once (cached by object identity).

import { StatesError } from './errors';
import { compileExpression } from './expressions/reference';
import type { ExpressionEnv } from './expressions/env';
import type { JsonObject, JsonValue } from './types';
import { setOwn } from './own';
import { STATES_ERRORS } from './asl/errors';

type Compiled = (env: ExpressionEnv) => JsonValue;

const compiledCache = new WeakMap<object, Compiled>();

function cloneJson(v: JsonValue): JsonValue {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map(cloneJson);
  const o: JsonObject = {};
  for (const k in v) setOwn(o, k, cloneJson(v[k]!));
  return o;
}

function isStatic(v: JsonValue): boolean {
  if (typeof v !== 'object' || v === null) return true;
  if (Array.isArray(v)) return v.every(isStatic);
  for (const k in v) if (k.endsWith('.$') || !isStatic(v[k]!)) return false;
  return true;
}

function compile(template: JsonValue, fieldName: string): Compiled {
  if (typeof template !== 'object' || template === null) return () => template;
  if (isStatic(template)) return () => cloneJson(template);
  if (Array.isArray(template)) {
    const parts = template.map((t) => compile(t, fieldName));
    return (env) => parts.map((p) => p(env));
  }
  const entries: { key: string; fn: Compiled }[] = [];
  for (const key of Object.keys(template)) {
    const value = template[key]!;
    if (key.endsWith('.$')) {
      const outKey = key.slice(0, -2);
      if (typeof value !== 'string') {
        entries.push({
          key: outKey,
          fn: () => {
            throw new StatesError(
              STATES_ERRORS.Runtime,
              `The value for the field '${key}' must be a valid JSONPath or a valid intrinsic function call, but was ${JSON.stringify(value)}`,
            );
          },
        });
        continue;
      }
      entries.push({ key: outKey, fn: compileExpression(value, key) });
    } else {
      entries.push({ key, fn: compile(value, fieldName) });
    }
  }
  return (env) => {
    const out: JsonObject = {};
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      setOwn(out, e.key, e.fn(env));
    }
    return out;
  };
}

/**
 * Builds the payload a template describes. `fieldName` ('Parameters', 'ResultSelector', 'ItemSelector')
 * is kept for messages. Throws StatesError: 'States.Runtime' when a path matches nothing (AWS's cause:
 * "The JSONPath '$.x' specified for the field 'x.$' could not be found in the input '{...}'"),
 * 'States.IntrinsicFailure' when an intrinsic function is misused.
 * Literal parts are fresh copies; values taken from the input are shared, not copied, so treat results as
 * immutable (the engine never mutates a JSON value in place).
 */
export function resolvePayloadTemplate(template: JsonValue, env: ExpressionEnv, fieldName: string): JsonValue {
  if (typeof template !== 'object' || template === null) return template;
  let fn = compiledCache.get(template);
  if (!fn) {
    fn = compile(template, fieldName);
    compiledCache.set(template, fn);
  }
  return fn(env);
}

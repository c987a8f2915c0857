// A JSONata result back to plain JSON. jsonata returns arrays flagged as sequences (extra own properties),
// may hold functions or regexes, and Infinity from 1/0; state data must be plain JSON. Values are copied only
// where something has to change: parts taken unchanged from the input are shared (run data is immutable).

import type { JsonValue } from '../types';
import { setOwn } from '../own';

/** Marker for a result that has no JSON form (a function, a regex, a non-finite number). */
export const UNSUPPORTED: unique symbol = Symbol('unsupported JSONata result');

export function toJson(value: unknown): JsonValue | undefined | typeof UNSUPPORTED {
  if (value === undefined) return undefined;
  return clean(value);
}

function clean(value: unknown): JsonValue | typeof UNSUPPORTED {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? (value === 0 ? 0 : value) : UNSUPPORTED; // -0 prints as 0 in JSON
    case 'object':
      break;
    default:
      return UNSUPPORTED; // function, symbol, bigint
  }
  if (value === null) return null;
  if (Array.isArray(value)) return cleanArray(value);
  if (value instanceof RegExp) return UNSUPPORTED;
  const obj = value as Record<string, unknown>;
  // jsonata's lambdas and native function wrappers are plain objects with these markers.
  if (obj._jsonata_lambda === true || obj._jsonata_function === true) return UNSUPPORTED;
  let out: Record<string, JsonValue> | undefined;
  for (const key in obj) {
    const v = obj[key];
    const c = v === undefined ? undefined : clean(v);
    if (c === UNSUPPORTED) return UNSUPPORTED;
    if (c !== v || c === undefined) {
      out ??= copyUntil(obj, key);
      if (c !== undefined) setOwn(out, key, c);
    } else if (out) setOwn(out, key, c as JsonValue);
  }
  return out ?? (obj as Record<string, JsonValue>);
}

function cleanArray(arr: unknown[]): JsonValue[] | typeof UNSUPPORTED {
  // A sequence carries extra own keys ('sequence', 'outerWrapper', ...): always copy those.
  let out: JsonValue[] | undefined = hasExtraKeys(arr) ? [] : undefined;
  for (let i = 0; i < arr.length; i++) {
    const v = arr[i];
    const c = v === undefined ? undefined : clean(v);
    if (c === UNSUPPORTED) return UNSUPPORTED;
    if ((c !== v || c === undefined) && !out) out = arr.slice(0, i) as JsonValue[];
    if (out && c !== undefined) out.push(c);
  }
  return out ?? (arr as JsonValue[]);
}

const SEQUENCE_FLAGS = ['sequence', 'outerWrapper', 'tupleStream', 'keepSingleton', 'consarray'];
const hasOwn = Object.prototype.hasOwnProperty;

/** jsonata's flags on sequence arrays; checked by name so a 100,000-item array is not key-listed. */
function hasExtraKeys(arr: unknown[]): boolean {
  for (const flag of SEQUENCE_FLAGS) if (hasOwn.call(arr, flag)) return true;
  return false;
}

function copyUntil(obj: Record<string, unknown>, stop: string): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const key in obj) {
    if (key === stop) break;
    setOwn(out, key, obj[key] as JsonValue);
  }
  return out;
}

// DynamoDB's typed JSON ("AttributeValue"): every value is an object with exactly one type key, as the
// real service and Step Functions' DynamoDB integration send and return it: {"S": "x"}, {"N": "1"}, ...

import type { JsonObject, JsonValue } from '../../types';
import { setOwn } from '../../own';

export type AttributeValue =
  | { S: string }
  | { N: string }
  | { B: string }
  | { BOOL: boolean }
  | { NULL: true }
  | { M: AttributeMap }
  | { L: AttributeValue[] }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] };
export type AttributeMap = { [name: string]: AttributeValue };

const TYPES = ['S', 'N', 'B', 'BOOL', 'NULL', 'M', 'L', 'SS', 'NS', 'BS'] as const;

/** Checks the shape of an AttributeValue; returns a message saying what is wrong, or null. */
export function attributeValueProblem(value: unknown, path: string): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return `${path} must be an AttributeValue object such as {"S": "text"} or {"N": "1"}`;
  }
  const keys = Object.keys(value);
  if (keys.length !== 1 || !(TYPES as readonly string[]).includes(keys[0]!)) {
    return `${path} must have exactly one type key (${TYPES.join(', ')}); found ${keys.length ? keys.join(', ') : 'none'}`;
  }
  const type = keys[0]!;
  const inner = (value as Record<string, unknown>)[type];
  switch (type) {
    case 'S':
    case 'B':
      return typeof inner === 'string' ? null : `${path}.${type} must be a string`;
    case 'N':
      return typeof inner === 'string' && inner.trim() !== '' && Number.isFinite(Number(inner))
        ? null
        : `${path}.N must be a number written as a string, e.g. "42"`;
    case 'BOOL':
      return typeof inner === 'boolean' ? null : `${path}.BOOL must be true or false`;
    case 'NULL':
      return inner === true ? null : `${path}.NULL must be true`;
    case 'M': {
      if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return `${path}.M must be an object`;
      for (const [k, v] of Object.entries(inner)) {
        const problem = attributeValueProblem(v, `${path}.M.${k}`);
        if (problem) return problem;
      }
      return null;
    }
    case 'L': {
      if (!Array.isArray(inner)) return `${path}.L must be an array`;
      for (let i = 0; i < inner.length; i++) {
        const problem = attributeValueProblem(inner[i], `${path}.L[${i}]`);
        if (problem) return problem;
      }
      return null;
    }
    default:
      return Array.isArray(inner) && inner.every((x) => typeof x === 'string') ? null : `${path}.${type} must be an array of strings`;
  }
}

export function attributeMapProblem(value: unknown, path: string): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return `${path} must be an object of AttributeValues`;
  for (const [k, v] of Object.entries(value)) {
    const problem = attributeValueProblem(v, `${path}.${k}`);
    if (problem) return problem;
  }
  return null;
}

/** Plain JSON to AttributeValue (numbers become N strings, objects M, arrays L). */
export function toAttributeValue(value: JsonValue): AttributeValue {
  if (value === null) return { NULL: true };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: String(value) };
  if (typeof value === 'boolean') return { BOOL: value };
  if (Array.isArray(value)) return { L: value.map(toAttributeValue) };
  return { M: marshall(value) };
}

export function marshall(value: JsonObject): AttributeMap {
  const out: AttributeMap = {};
  for (const [k, v] of Object.entries(value)) setOwn(out, k, toAttributeValue(v));
  return out;
}

export function fromAttributeValue(value: AttributeValue): JsonValue {
  if ('S' in value) return value.S;
  if ('N' in value) return Number(value.N);
  if ('B' in value) return value.B;
  if ('BOOL' in value) return value.BOOL;
  if ('NULL' in value) return null;
  if ('M' in value) return unmarshall(value.M);
  if ('L' in value) return value.L.map(fromAttributeValue);
  if ('SS' in value) return [...value.SS];
  if ('NS' in value) return value.NS.map(Number);
  return [...value.BS];
}

export function unmarshall(map: AttributeMap): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(map)) setOwn(out, k, fromAttributeValue(v));
  return out;
}

export function typeOf(value: AttributeValue): string {
  return Object.keys(value)[0]!;
}

export function attributeEquals(a: AttributeValue, b: AttributeValue): boolean {
  const ta = typeOf(a);
  if (ta !== typeOf(b)) return false;
  if (ta === 'N') return Number((a as { N: string }).N) === Number((b as { N: string }).N);
  if (ta === 'SS' || ta === 'NS' || ta === 'BS') {
    const xs = [...(a as unknown as Record<string, string[]>)[ta]!].sort();
    const ys = [...(b as unknown as Record<string, string[]>)[ta]!].sort();
    return xs.length === ys.length && xs.every((x, i) => x === ys[i]);
  }
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/** Ordering for N, S and B (the only comparable types in DynamoDB); null when not comparable. */
export function attributeCompare(a: AttributeValue, b: AttributeValue): number | null {
  const ta = typeOf(a);
  if (ta !== typeOf(b)) return null;
  if (ta === 'N') return Number((a as { N: string }).N) - Number((b as { N: string }).N);
  if (ta === 'S' || ta === 'B') {
    const x = (a as Record<string, string>)[ta]!;
    const y = (b as Record<string, string>)[ta]!;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return null;
}

// Where variables live while a run goes. A scope's `values` object inherits its parent's through the
// prototype chain (see runtime/scope.ts), so a Map iteration or Parallel branch reads the outer variables and
// a write lands in its own object: inner assignments stay local and vanish when the iteration ends.
// A Distributed Map's child workflows are separate executions: their scope starts empty.

import { StatesError } from '../errors';
import type { JsonObject, JsonValue } from '../types';
import { checkAssignSizes, limitCauses, MAX_TOTAL_VARIABLE_BYTES } from './limits';
import { RESERVED_VARIABLE_NAMES } from './names';

export type VariableValues = Record<string, JsonValue>;

/** A root scope (no variables) or a child reading `parent`. */
export function createVariables(parent?: VariableValues): VariableValues {
  return parent ? Object.create(parent) : Object.create(null);
}

// Per-scope bookkeeping lives on the scope object under symbol keys (invisible to for...in, Object.keys and
// JSON), not in WeakMaps: a 100,000-item Map creates 100,000 scopes, and that many ephemerons make V8's
// garbage collector crawl. Always read them as own properties: a child scope inherits its parent's.
const SIZES = Symbol('variable sizes');
const FLAT = Symbol('flattened variables');
type Bookkept = VariableValues & { [SIZES]?: Map<string, number>; [FLAT]?: VariableValues };
const hasOwn = Object.prototype.hasOwnProperty;

/** Sizes of the variables a scope object holds, for the 10 MiB quota without re-serialising every value. */
function ownSizes(values: object): Map<string, number> | undefined {
  return hasOwn.call(values, SIZES) ? (values as Bookkept)[SIZES] : undefined;
}

/**
 * Stores an Assign's values (already evaluated against the variables from before the state, so
 * `{"a": "{% $b %}", "b": "{% $a %}"}` swaps them). Checks the quotas first: nothing is written when one fails.
 */
export function commitAssign(values: VariableValues, assigned: VariableValues): void {
  for (const name of Object.keys(assigned)) {
    if (RESERVED_VARIABLE_NAMES.has(name)) {
      throw new StatesError('States.Runtime', `The variable name '${name}' is reserved and cannot be assigned.`);
    }
  }
  const sizes = checkAssignSizes(assigned);
  let own = ownSizes(values);
  const total = visibleBytes(values, sizes);
  if (total > MAX_TOTAL_VARIABLE_BYTES) throw new StatesError('States.Runtime', limitCauses.total(total));
  if (own === undefined) {
    own = new Map();
    Object.defineProperty(values, SIZES, { value: own, enumerable: false });
  }
  for (const [name, bytes] of sizes) {
    values[name] = assigned[name]!;
    own.set(name, bytes);
  }
  if (hasOwn.call(values, FLAT)) (values as Bookkept)[FLAT] = undefined;
}

/** Total bytes of the variables visible from `values` once `pending` is written. */
function visibleBytes(values: VariableValues, pending: Map<string, number>): number {
  let total = 0;
  const seen = new Set<string>();
  for (const [name, bytes] of pending) {
    seen.add(name);
    total += bytes;
  }
  for (let scope: object | null = values; scope !== null; scope = Object.getPrototypeOf(scope)) {
    const sizes = ownSizes(scope);
    if (sizes === undefined) continue;
    for (const [name, bytes] of sizes) {
      if (seen.has(name)) continue;
      seen.add(name);
      total += bytes;
    }
  }
  return total;
}

// Flattened views, cached per scope. Only the committing scope's view goes stale: a parent never changes while
// its children (Map iterations, Parallel branches) are running, and a child's view is rebuilt after it commits.

/**
 * All visible variables as own properties of one prototype-less object, the form expression evaluators read
 * (they look names up with hasOwnProperty). Shared and cached: treat it as read-only.
 */
export function visibleVariables(values: VariableValues): VariableValues {
  let flat = hasOwn.call(values, FLAT) ? (values as Bookkept)[FLAT] : undefined;
  if (flat !== undefined) return flat;
  const parent = Object.getPrototypeOf(values) as VariableValues | null;
  const base = parent !== null && parent !== Object.prototype ? visibleVariables(parent) : undefined;
  const ownNames = Object.keys(values);
  if (ownNames.length === 0 && base !== undefined) flat = base;
  else {
    flat = Object.create(null) as VariableValues;
    if (base !== undefined) for (const name in base) flat[name] = base[name]!;
    for (const name of ownNames) flat[name] = values[name]!;
  }
  if (hasOwn.call(values, FLAT)) (values as Bookkept)[FLAT] = flat;
  else Object.defineProperty(values, FLAT, { value: flat, enumerable: false, writable: true });
  return flat;
}

/** True when `name` is visible (own or inherited). */
export function hasVariable(values: VariableValues, name: string): boolean {
  return name in values;
}

/** All visible variables as one plain object (inner values win): for traces and debugging views. */
export function flattenVariables(values: VariableValues): JsonObject {
  const out: JsonObject = {};
  for (const name in values) out[name] = values[name]!;
  return out;
}

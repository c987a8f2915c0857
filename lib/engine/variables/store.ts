// Where variables live while a run goes. A scope's `values` object inherits its parent's through the
// prototype chain (see runtime/scope.ts), so a Map iteration or Parallel branch reads the outer variables and
// a write lands in its own object: inner assignments stay local and vanish when the iteration ends.
// A Distributed Map's child workflows are separate executions: their scope starts empty.

import { StatesError } from '../errors';
import type { JsonObject, JsonValue } from '../types';
import { checkAssignSizes, limitCauses, MAX_TOTAL_VARIABLE_BYTES, variableBytes } from './limits';
import { RESERVED_VARIABLE_NAMES } from './names';
import { setOwn } from '../own';
import { STATES_ERRORS } from '../asl/errors';

export type VariableValues = Record<string, JsonValue>;

/** A root scope (no variables) or a child reading `parent`. */
export function createVariables(parent?: VariableValues): VariableValues {
  return parent ? Object.create(parent) : Object.create(null);
}

// Per-scope bookkeeping lives on the scope object under symbol keys (invisible to for...in, Object.keys and
// JSON), not in WeakMaps: a 100,000-item Map creates 100,000 scopes, and that many ephemerons make V8's
// garbage collector crawl. Always read them as own properties: a child scope inherits its parent's.
//   OWN_BYTES: bytes held by the scope's own variables - an upper bound (a re-assigned variable is counted
//              again), made exact whenever the bound comes near the 10 MiB quota.
//   FLAT:      the flattened view visibleVariables() hands out, dropped when the scope changes.
const OWN_BYTES = Symbol('own variable bytes');
const FLAT = Symbol('flattened variables');
type Bookkept = VariableValues & { [OWN_BYTES]?: number; [FLAT]?: VariableValues | undefined };
const hasOwn = Object.prototype.hasOwnProperty;

function ownBytes(scope: object): number {
  return hasOwn.call(scope, OWN_BYTES) ? ((scope as Bookkept)[OWN_BYTES] ?? 0) : 0;
}

function parentOf(scope: object): object | null {
  const p = Object.getPrototypeOf(scope) as object | null;
  return p === Object.prototype ? null : p;
}

/**
 * Stores an Assign's values (already evaluated against the variables from before the state, so
 * `{"a": "{% $b %}", "b": "{% $a %}"}` swaps them). Checks the quotas first: nothing is written when one fails.
 */
export function commitAssign(values: VariableValues, assigned: VariableValues): void {
  for (const name of Object.keys(assigned)) {
    if (RESERVED_VARIABLE_NAMES.has(name)) {
      throw new StatesError(STATES_ERRORS.Runtime, `The variable name '${name}' is reserved and cannot be assigned.`);
    }
  }
  const pending = checkAssignSizes(assigned);
  let bound = pending;
  for (let scope: object | null = values; scope !== null; scope = parentOf(scope)) bound += ownBytes(scope);
  if (bound > MAX_TOTAL_VARIABLE_BYTES) {
    const exact = exactVisibleBytes(values, assigned) + pending;
    if (exact > MAX_TOTAL_VARIABLE_BYTES) throw new StatesError(STATES_ERRORS.Runtime, limitCauses.total(exact));
  }
  for (const name in assigned) values[name] = assigned[name]!;
  (values as Bookkept)[OWN_BYTES] = ownBytes(values) + pending;
  if (hasOwn.call(values, FLAT)) (values as Bookkept)[FLAT] = undefined;
}

/**
 * Exact bytes of the variables visible from `values`, leaving out the ones `replacing` will overwrite.
 * Also makes every scope's OWN_BYTES exact again, so the quick bound stays tight afterwards.
 */
function exactVisibleBytes(values: VariableValues, replacing: VariableValues): number {
  const seen = new Set(Object.keys(replacing));
  let total = 0;
  for (let scope: object | null = values; scope !== null; scope = parentOf(scope)) {
    let own = 0;
    for (const name of Object.keys(scope)) {
      const bytes = variableBytes((scope as VariableValues)[name]!);
      if (!(scope === values && hasOwn.call(replacing, name))) own += bytes;
      if (seen.has(name)) continue;
      seen.add(name);
      total += bytes;
    }
    (scope as Bookkept)[OWN_BYTES] = own;
  }
  return total;
}

/**
 * All visible variables as own properties of one prototype-less object, the form the JSONPath readers use
 * (they look names up with hasOwnProperty). Cached per scope and rebuilt after the scope changes; a parent
 * never changes while its children (Map iterations, Parallel branches) run. Read-only.
 */
export function visibleVariables(values: VariableValues): VariableValues {
  let flat = hasOwn.call(values, FLAT) ? (values as Bookkept)[FLAT] : undefined;
  if (flat !== undefined) return flat;
  const parent = parentOf(values) as VariableValues | null;
  const base = parent !== null ? visibleVariables(parent) : undefined;
  const ownNames = Object.keys(values);
  if (ownNames.length === 0 && base !== undefined) flat = base;
  else {
    flat = Object.create(null) as VariableValues;
    if (base !== undefined) for (const name in base) flat[name] = base[name]!;
    for (const name of ownNames) flat[name] = values[name]!;
  }
  (values as Bookkept)[FLAT] = flat;
  return flat;
}

/** True when `name` is visible (own or inherited). */
export function hasVariable(values: VariableValues, name: string): boolean {
  return name in values;
}

/** All visible variables as one plain object (inner values win): for traces and debugging views. */
export function flattenVariables(values: VariableValues): JsonObject {
  const out: JsonObject = {};
  for (const name in values) setOwn(out, name, values[name]!);
  return out;
}

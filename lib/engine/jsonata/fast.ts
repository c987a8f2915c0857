// A fast path for the JSONata most state machines write: `$states.input.a.b`, `$var.x`, literals, and one
// arithmetic, comparison, `and`/`or` or `&` operator between them. These compile to plain property reads,
// skipping the evaluator's per-call setup (a fresh environment frame, closures, a Date), which costs ten to
// fifty times more than the lookup itself in a 100,000-item Map.
//
// It never changes a result: the compiled function handles only values whose JSONata semantics are plain JS
// (objects along a path, numbers for arithmetic, same-typed primitives for comparisons) and answers BAIL for
// anything else (an array on the path, a type mismatch that JSONata reports as an error, ...), so the caller
// falls back to the full evaluator. fast.test.ts compares both on many inputs.

import type { JsonataNode } from './vendor/jsonata-sync.js';
import type { JsonValue } from '../types';
import type { JsonataEnv } from './evaluate';

export const BAIL: unique symbol = Symbol('use the full evaluator');
type Result = JsonValue | undefined | typeof BAIL;
export type FastExpression = (env: JsonataEnv) => Result;

const hasOwn = Object.prototype.hasOwnProperty;
const isPlainObject = (v: unknown): v is Record<string, JsonValue> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * A variable's value from own or inherited scope properties. JSON values are never functions, so a hit on an
 * Object.prototype member (`$constructor` on a plain object) reads as unset.
 */
export function readVariable(vars: Record<string, JsonValue> | undefined, name: string): JsonValue | undefined {
  if (vars === undefined) return undefined;
  const v = vars[name];
  return typeof v === 'function' ? undefined : v;
}

/** Only these keys may appear on a node we handle; any other (predicate, stages, group, focus...) means no. */
function onlyKeys(node: JsonataNode, allowed: readonly string[]): boolean {
  // Own keys only: parser nodes inherit token fields (id, lbp, nud) from their prototype.
  for (const key of Object.keys(node)) if (!allowed.includes(key)) return false;
  return true;
}

const LEAF_KEYS = ['type', 'value', 'position'] as const;
const PATH_KEYS = ['type', 'steps', 'position'] as const;
const BINARY_KEYS = ['type', 'value', 'lhs', 'rhs', 'position'] as const;

/** A fast evaluator for `ast`, or undefined when the expression is outside the handled subset. */
export function compileFast(ast: JsonataNode, localNames: Set<string>): FastExpression | undefined {
  return node(ast, localNames);
}

function node(n: JsonataNode, locals: Set<string>): FastExpression | undefined {
  switch (n.type) {
    case 'number':
    case 'string':
    case 'value': {
      if (!onlyKeys(n, LEAF_KEYS)) return undefined;
      const v = n.value as JsonValue;
      return () => v;
    }
    case 'variable':
      return onlyKeys(n, LEAF_KEYS) ? variable(n.value as string, locals) : undefined;
    case 'path':
      return onlyKeys(n, PATH_KEYS) ? path(n, locals) : undefined;
    case 'binary':
      return onlyKeys(n, BINARY_KEYS) ? binary(n, locals) : undefined;
    default:
      return undefined;
  }
}

/** `$name` alone: the bound value, whatever it is (JSONata returns a bound array unchanged too). */
function variable(name: string, locals: Set<string>): FastExpression | undefined {
  if (name === '' || name === '$' || name === 'states' || locals.has(name)) return undefined;
  return (env) => readVariable(env.variables, name);
}

/** `$states.input.a.b` / `$var.a.b`: plain field reads through objects; an array anywhere falls back. */
function path(n: JsonataNode, locals: Set<string>): FastExpression | undefined {
  const steps = n.steps as JsonataNode[] | undefined;
  if (!Array.isArray(steps) || steps.length < 2) return undefined;
  const head = steps[0]!;
  if (head.type !== 'variable' || !onlyKeys(head, LEAF_KEYS)) return undefined;
  const names: string[] = [];
  for (let i = 1; i < steps.length; i++) {
    const s = steps[i]!;
    if (s.type !== 'name' || !onlyKeys(s, LEAF_KEYS) || typeof s.value !== 'string') return undefined;
    names.push(s.value);
  }
  const root = head.value as string;
  let start: (env: JsonataEnv) => Result;
  let rest = names;
  if (root === 'states') {
    const member = names[0]!;
    rest = names.slice(1);
    if (member === 'input') start = (env) => env.input;
    else if (member === 'context') start = (env) => env.context;
    else if (member === 'result') start = (env) => env.result;
    else if (member === 'errorOutput') start = (env) => env.errorOutput;
    else return undefined;
  } else {
    const v = variable(root, locals);
    if (v === undefined) return undefined;
    start = v;
  }
  const walk = rest;
  return (env) => {
    let value = start(env);
    if (value === BAIL) return BAIL;
    for (let i = 0; i < walk.length; i++) {
      if (value === undefined) return undefined;
      if (!isPlainObject(value)) return BAIL; // arrays map over items, primitives have no fields: let JSONata decide
      value = hasOwn.call(value, walk[i]!) ? value[walk[i]!] : undefined;
    }
    // A path ending on an array may come back flattened or copied by JSONata; only other values are certain.
    return Array.isArray(value) && walk.length > 0 ? BAIL : value;
  };
}

function binary(n: JsonataNode, locals: Set<string>): FastExpression | undefined {
  const lhs = node(n.lhs as JsonataNode, locals);
  const rhs = node(n.rhs as JsonataNode, locals);
  if (lhs === undefined || rhs === undefined) return undefined;
  const op = n.value as string;
  switch (op) {
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
      return (env) => {
        const a = lhs(env);
        const b = rhs(env);
        if (a === BAIL || b === BAIL) return BAIL;
        // A defined non-number is JSONata's T2001/T2002 error; otherwise arithmetic with nothing is nothing.
        if ((a !== undefined && typeof a !== 'number') || (b !== undefined && typeof b !== 'number')) return BAIL;
        if (a === undefined || b === undefined) return undefined;
        const r = op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : op === '/' ? a / b : a % b;
        return Number.isFinite(r) ? r : BAIL;
      };
    case '=':
    case '!=':
      return (env) => {
        const a = lhs(env);
        const b = rhs(env);
        if (a === BAIL || b === BAIL) return BAIL;
        if (a === undefined || b === undefined) return op === '!=' ? BAIL : false;
        if (typeof a === 'object' || typeof b === 'object') return BAIL; // deep equality: JSONata's own
        return op === '=' ? a === b : a !== b;
      };
    case '<':
    case '<=':
    case '>':
    case '>=':
      return (env) => {
        const a = lhs(env);
        const b = rhs(env);
        if (a === BAIL || b === BAIL) return BAIL;
        const sameType = (typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string');
        if (!sameType) return BAIL;
        return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
      };
    case 'and':
    case 'or':
      return (env) => {
        const a = lhs(env);
        const b = rhs(env);
        if (typeof a !== 'boolean' || typeof b !== 'boolean') return BAIL; // JSONata casts other values
        return op === 'and' ? a && b : a || b;
      };
    case '&':
      return (env) => {
        const a = lhs(env);
        const b = rhs(env);
        if (typeof a !== 'string' || typeof b !== 'string') return BAIL; // numbers/objects: JSONata's $string
        return a + b;
      };
    default:
      return undefined;
  }
}

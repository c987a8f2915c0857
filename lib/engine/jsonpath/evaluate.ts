// Evaluates compiled paths. Definite paths walk straight down (the hot path); the rest collect every match
// into an array, in document order, as Jayway does. An indefinite path that matches nothing gives [].

import type { JsonObject, JsonValue } from '../types';
import type { CompiledPath, FilterExpr, FilterOperand, Segment } from './ast';

const hasOwn = Object.prototype.hasOwnProperty;

const isObject = (v: JsonValue | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Walks a definite path; `undefined` means "not found". */
export function walkDefinite(segments: Segment[], data: JsonValue): JsonValue | undefined {
  let cur: JsonValue = data;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (s.kind === 'member') {
      if (typeof cur !== 'object' || cur === null || Array.isArray(cur)) return undefined;
      // Direct read first (fast); a JSON value is never undefined or a function, so either means the key is
      // absent or inherited. '__proto__' is the one name whose inherited value is a plain object.
      const next: JsonValue | undefined = (cur as JsonObject)[s.name];
      if (next === undefined || typeof next === 'function') return undefined;
      if (s.name === '__proto__' && !hasOwn.call(cur, s.name)) return undefined;
      cur = next;
    } else if (s.kind === 'index') {
      if (!Array.isArray(cur)) return undefined;
      const idx = s.index < 0 ? cur.length + s.index : s.index;
      if (idx < 0 || idx >= cur.length) return undefined;
      cur = cur[idx]!;
    } else if (s.kind === 'members' && i === segments.length - 1) {
      if (!isObject(cur)) return undefined;
      return mergeMembers(cur, s.names);
    } else return undefined;
  }
  return cur;
}

/**
 * A union of names as the last step (`$['bucket','key']`) gives one object holding those of the names the
 * node has, as Jayway does (its "multi-property merge"); earlier in a path the union iterates.
 */
function mergeMembers(node: JsonObject, names: string[]): JsonObject {
  const out: JsonObject = {};
  for (const n of names) if (hasOwn.call(node, n)) out[n] = node[n]!;
  return out;
}

export function collect(path: CompiledPath, data: JsonValue, root: JsonValue = data): JsonValue[] {
  const out: JsonValue[] = [];
  step(path.segments, 0, data, root, out);
  return out;
}

function step(segs: Segment[], i: number, node: JsonValue, root: JsonValue, out: JsonValue[]): void {
  if (i === segs.length) {
    out.push(node);
    return;
  }
  const s = segs[i]!;
  switch (s.kind) {
    case 'member':
      if (isObject(node) && hasOwn.call(node, s.name)) step(segs, i + 1, node[s.name]!, root, out);
      return;
    case 'index':
      if (Array.isArray(node)) {
        const idx = s.index < 0 ? node.length + s.index : s.index;
        if (idx >= 0 && idx < node.length) step(segs, i + 1, node[idx]!, root, out);
      }
      return;
    case 'members':
      if (!isObject(node)) return;
      if (i === segs.length - 1) out.push(mergeMembers(node, s.names));
      else for (const n of s.names) if (hasOwn.call(node, n)) step(segs, i + 1, node[n]!, root, out);
      return;
    case 'indexes':
      if (Array.isArray(node))
        for (const n of s.indexes) {
          const idx = n < 0 ? node.length + n : n;
          if (idx >= 0 && idx < node.length) step(segs, i + 1, node[idx]!, root, out);
        }
      return;
    case 'wildcard':
      if (Array.isArray(node)) for (const v of node) step(segs, i + 1, v, root, out);
      else if (isObject(node)) for (const k in node) step(segs, i + 1, node[k]!, root, out);
      return;
    case 'slice': {
      if (!Array.isArray(node)) return;
      const len = node.length;
      const norm = (v: number) => (v < 0 ? Math.max(0, len + v) : Math.min(v, len));
      if (s.step > 0) {
        const from = s.start === null ? 0 : norm(s.start);
        const to = s.end === null ? len : norm(s.end);
        for (let k = from; k < to; k += s.step) step(segs, i + 1, node[k]!, root, out);
      } else {
        const from = s.start === null ? len - 1 : Math.min(norm(s.start), len - 1);
        const to = s.end === null ? -1 : norm(s.end);
        for (let k = from; k > to; k += s.step) step(segs, i + 1, node[k]!, root, out);
      }
      return;
    }
    case 'filter':
      if (Array.isArray(node)) {
        for (const v of node) if (test(s.test, v, root)) step(segs, i + 1, v, root, out);
      } else if (isObject(node)) {
        // Jayway applies a filter on an object to the object itself.
        if (test(s.test, node, root)) step(segs, i + 1, node, root, out);
      }
      return;
    case 'scan':
      scan(s.then, segs, i + 1, node, root, out);
      return;
  }
}

/** Deep scan: applies `then` at this node, then at every descendant, pre-order. */
function scan(then: Segment, segs: Segment[], next: number, node: JsonValue, root: JsonValue, out: JsonValue[]): void {
  if (Array.isArray(node)) {
    // A filter is tested on each object the scan reaches (as Jayway does), so it is not applied to arrays as
    // containers: that would test their object items twice.
    if (then.kind !== 'member' && then.kind !== 'members' && then.kind !== 'filter')
      step([then], 0, node, root, matchesInto(segs, next, root, out));
    for (const v of node) if (typeof v === 'object' && v !== null) scan(then, segs, next, v, root, out);
  } else if (isObject(node)) {
    if (then.kind !== 'index' && then.kind !== 'indexes' && then.kind !== 'slice')
      step([then], 0, node, root, matchesInto(segs, next, root, out));
    for (const k in node) {
      const v = node[k]!;
      if (typeof v === 'object' && v !== null) scan(then, segs, next, v, root, out);
    }
  }
}

/** An output array whose pushes continue the rest of the path. */
function matchesInto(segs: Segment[], next: number, root: JsonValue, out: JsonValue[]): JsonValue[] {
  if (next === segs.length) return out;
  const sink: JsonValue[] = [];
  sink.push = (...vals: JsonValue[]) => {
    for (const v of vals) step(segs, next, v, root, out);
    return sink.length;
  };
  return sink;
}

// ---------------------------------------------------------------------------------------------- filters

const MISSING = Symbol('missing');
type Operand = JsonValue | RegExp | typeof MISSING;

function operand(o: FilterOperand, current: JsonValue, root: JsonValue): Operand {
  if (o.kind === 'literal') return o.value;
  if (o.kind === 'regex') return o.regex;
  const base = o.root === '@' ? current : root;
  let definite = true;
  for (const s of o.segments) if (s.kind !== 'member' && s.kind !== 'index') definite = false;
  if (definite) {
    const v = walkDefinite(o.segments, base);
    return v === undefined ? MISSING : v;
  }
  const out: JsonValue[] = [];
  step(o.segments, 0, base, root, out);
  return out;
}

function test(e: FilterExpr, current: JsonValue, root: JsonValue): boolean {
  switch (e.kind) {
    case 'and':
      return test(e.left, current, root) && test(e.right, current, root);
    case 'or':
      return test(e.left, current, root) || test(e.right, current, root);
    case 'not':
      return !test(e.operand, current, root);
    case 'exists':
      return operand(e.operand, current, root) !== MISSING;
    case 'compare': {
      const l = operand(e.left, current, root);
      const r = operand(e.right, current, root);
      if (l === MISSING || r === MISSING) return e.op === '!=' || e.op === 'nin' ? l !== r : false;
      return compare(e.op, l, r);
    }
  }
}

function compare(op: string, l: JsonValue | RegExp, r: JsonValue | RegExp): boolean {
  if (op === '=~') return typeof l === 'string' && r instanceof RegExp && r.test(l);
  if (l instanceof RegExp || r instanceof RegExp) return false;
  switch (op) {
    case '==':
      return deepEqual(l, r);
    case '!=':
      return !deepEqual(l, r);
    case 'in':
      return Array.isArray(r) && r.some((x) => deepEqual(l, x));
    case 'nin':
      return Array.isArray(r) && !r.some((x) => deepEqual(l, x));
  }
  if (typeof l === 'number' && typeof r === 'number') {
    return op === '<' ? l < r : op === '<=' ? l <= r : op === '>' ? l > r : l >= r;
  }
  if (typeof l === 'string' && typeof r === 'string') {
    return op === '<' ? l < r : op === '<=' ? l <= r : op === '>' ? l > r : l >= r;
  }
  return false;
}

export function deepEqual(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i]!, b[i]!)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!hasOwn.call(b, k) || !deepEqual(a[k]!, b[k]!)) return false;
  return true;
}

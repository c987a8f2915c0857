// JSON text for history details and payload-size checks. Values flowing through a run are never mutated
// (states build new objects instead), so the text of an object can be reused by identity: a Pass chain that
// forwards its input stringifies it once, not twice per state. A tiny ring of recent values is enough for
// that (an object is usually entered, checked and exited back to back) and, unlike a WeakMap, costs the
// garbage collector nothing on runs with hundreds of thousands of values.

import type { JsonValue, StateMachineDefinition } from './types';

const RING = 8;
const ringValues: (object | undefined)[] = new Array(RING).fill(undefined);
const ringTexts: string[] = new Array(RING).fill('');
let ringNext = 0;
/** Whether the ring holds anything: a run with history off usually makes no text at all. */
let ringUsed = false;

export function jsonText(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value);
  for (let i = 0; i < RING; i++) if (ringValues[i] === value) return ringTexts[i]!;
  const text = stringifyAnyDepth(value);
  remember(value, text);
  return text;
}

function remember(value: object, text: string): void {
  ringValues[ringNext] = value;
  ringTexts[ringNext] = text;
  ringNext = (ringNext + 1) % RING;
  ringUsed = true;
}

/**
 * Records `text` as the JSON text of `value` (an object whose text was put together from texts already made,
 * e.g. a Map's results from its iterations' outputs): what jsonText and the payload check find next.
 */
export function rememberText(value: object, text: string): void {
  for (let i = 0; i < RING; i++) if (ringValues[i] === value) return;
  remember(value, text);
}

/** A (sub-)state machine's JSON text: a definition is JSON by construction (parsed text, or an object the
 * validator walked), though its type leaves room for more. */
export function definitionText(definition: StateMachineDefinition | undefined): string {
  return jsonText(definition as JsonValue | undefined);
}

/**
 * JSON.stringify, which recurses and throws a RangeError on a value nested some thousands of levels deep
 * (an input, or what a JSONata $reduce built); such a value is then written without recursion instead.
 */
export function stringifyAnyDepth(value: JsonValue): string {
  try {
    return JSON.stringify(value);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return stringifyIteratively(value);
  }
}

/** The same text JSON.stringify gives for JSON data, built with an explicit stack. */
export function stringifyIteratively(root: JsonValue): string {
  const out: string[] = [];
  // Each entry writes one value, or a literal piece of punctuation (a string tagged by being a 1-tuple).
  const stack: (unknown | [string])[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v) && v.length === 1 && PUNCTUATION.has(v)) {
      out.push((v as [string])[0]);
      continue;
    }
    if (v === null || typeof v !== 'object') {
      out.push(v === undefined || typeof v === 'function' || typeof v === 'symbol' ? 'null' : JSON.stringify(v));
      continue;
    }
    if (Array.isArray(v)) {
      stack.push(punct(']'));
      for (let i = v.length - 1; i >= 0; i--) {
        stack.push(v[i] === undefined ? null : v[i]);
        if (i > 0) stack.push(punct(','));
      }
      out.push('[');
      continue;
    }
    const entries = Object.keys(v).filter((k) => {
      const c = (v as Record<string, unknown>)[k];
      return c !== undefined && typeof c !== 'function' && typeof c !== 'symbol';
    });
    stack.push(punct('}'));
    for (let i = entries.length - 1; i >= 0; i--) {
      const key = entries[i]!;
      stack.push((v as Record<string, unknown>)[key]);
      stack.push(punct(`${i > 0 ? ',' : ''}${JSON.stringify(key)}:`));
    }
    out.push('{');
  }
  return out.join('');
}

const PUNCTUATION = new WeakSet<object>();
function punct(text: string): [string] {
  const p: [string] = [text];
  PUNCTUATION.add(p);
  return p;
}

/** Drops the cached texts, so a finished run's values are not kept alive by the cache. */
export function releaseTextCache(): void {
  if (!ringUsed) return;
  // A loop: Array.prototype.fill on eight slots cost more than the writes (CPU profile).
  for (let i = 0; i < RING; i++) {
    ringValues[i] = undefined;
    ringTexts[i] = '';
  }
  ringUsed = false;
}

/** 256 KiB: the payload quota of a state, task or execution (developer guide "Quotas"). */
export const PAYLOAD_LIMIT_BYTES = 262_144;

/** UTF-8 byte length of a string, computed only when the UTF-16 length cannot settle the question. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Whether a value's JSON text is larger than `limit` bytes of UTF-8. Counting stops as soon as the answer is
 * known (issue 14): a walk adds up what the text must at least and may at most hold, so a value of gigabytes
 * is refused after a few hundred kilobytes of it, and a small value is accepted without being serialised.
 * Only a value whose bounds straddle the limit is counted exactly, still without building its text.
 */
export function exceedsPayloadLimit(value: JsonValue | undefined, limit = PAYLOAD_LIMIT_BYTES): boolean {
  if (value === null || typeof value !== 'object') return jsonBytesUpTo(value, limit) > limit;
  for (let i = 0; i < RING; i++) {
    if (ringValues[i] !== value) continue;
    const text = ringTexts[i]!;
    if (text.length * 3 <= limit) return false;
    return text.length > limit || utf8Length(text) > limit;
  }
  const bound = sizeBounds(value, limit);
  if (bound !== UNDECIDED) return bound === OVER;
  return exactBytes(value, limit) > limit;
}

/**
 * UTF-8 size of the value's JSON text when it is at most `limit` bytes, Infinity when it is larger (found
 * without serialising it, and without looking at much more than `limit` bytes' worth of it).
 */
export function jsonBytesUpTo(value: JsonValue | undefined, limit: number): number {
  if (value === undefined) return 0;
  if (value === null || typeof value !== 'object') {
    if (typeof value !== 'string') return within(JSON.stringify(value).length, limit);
    if (value.length + 2 > limit) return Number.POSITIVE_INFINITY;
    return within(stringBytes(value), limit);
  }
  // A text already made for the history is the cheapest answer.
  for (let i = 0; i < RING; i++) if (ringValues[i] === value) return within(utf8Length(ringTexts[i]!), limit);
  if (sizeBounds(value, limit) === OVER) return Number.POSITIVE_INFINITY;
  return exactBytes(value, limit);
}

const within = (bytes: number, limit: number): number => (bytes > limit ? Number.POSITIVE_INFINITY : bytes);

/** UTF-8 bytes of a string's JSON text, quotes and escapes included, as JSON.stringify writes it. */
function stringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x22 || c === 0x5c) bytes += 2;
      else if (c >= 0x20) bytes += 1;
      // \b \t \n \f \r have short escapes; other control characters are written \u00XX.
      else bytes += c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 2 : 6;
    } else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 6; // a lone surrogate is written \uDXXX
    } else bytes += 3;
  }
  return bytes;
}

/** Exact size, iteratively (no stack overflow on deep values), stopping once past `limit`. */
function exactBytes(root: object, limit: number): number {
  let bytes = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') bytes += stringBytes(v);
    else if (typeof v === 'number') bytes += Number.isFinite(v) ? String(v).length : 4;
    else if (typeof v === 'boolean') bytes += v ? 4 : 5;
    else if (v === null || typeof v !== 'object') bytes += 4;
    else if (Array.isArray(v)) {
      bytes += v.length > 0 ? v.length + 1 : 2;
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else {
      let members = 0;
      for (const key of Object.keys(v)) {
        const child = (v as Record<string, unknown>)[key];
        if (child === undefined || typeof child === 'function' || typeof child === 'symbol') continue;
        members++;
        bytes += stringBytes(key) + 1;
        stack.push(child);
      }
      bytes += members > 0 ? members + 1 : 2;
    }
    if (bytes > limit) return Number.POSITIVE_INFINITY;
  }
  return bytes;
}

const OVER = 1;
const UNDER = 2;
const UNDECIDED = 3;
/** Longest JSON text of a number: "-1.2345678901234567e-308". */
const MAX_NUMBER_CHARS = 24;
/** Most UTF-8 bytes one UTF-16 unit of a string can take in JSON text: a control character as \u0000. */
const MAX_BYTES_PER_UNIT = 6;

/** The sums of sizeBounds' walks: the least and the most bytes of what they have looked at so far. */
let boundLeast = 0;
let boundMost = 0;
let smallNodes = 0;
/** Past this many values or this depth walkSmall gives up and sizeBounds walks the value its general way. */
const SMALL_NODES = 256;
const SMALL_DEPTH = 16;

/** Adds a scalar's bounds to boundLeast and boundMost; false (nothing added) for an object or an array. */
function addScalarBounds(v: unknown): boolean {
  if (typeof v === 'string') {
    boundLeast += v.length + 2;
    boundMost += v.length * MAX_BYTES_PER_UNIT + 2;
  } else if (typeof v === 'number') {
    boundLeast += 1;
    boundMost += MAX_NUMBER_CHARS;
  } else if (typeof v === 'boolean') {
    boundLeast += 4;
    boundMost += 5;
  } else if (v === null || typeof v !== 'object') {
    // null, or undefined inside an array (printed as null).
    boundLeast += 4;
    boundMost += 4;
  } else {
    return false;
  }
  return true;
}

/** Adds `v`'s bounds as sizeBounds would, by recursion; false when `v` is too big or too deep for that. */
function walkSmall(v: unknown, depth: number): boolean {
  if (++smallNodes > SMALL_NODES) return false;
  if (addScalarBounds(v)) return true;
  if (depth >= SMALL_DEPTH) return false;
  if (Array.isArray(v)) {
    const n = v.length;
    boundLeast += n + 1;
    boundMost += n + 2;
    for (let i = 0; i < n; i++) if (!walkSmall(v[i], depth + 1)) return false;
    return true;
  }
  boundLeast += 1;
  boundMost += 2;
  // for-in with an own check: the same members as Object.keys, without making its array.
  for (const key in v as object) {
    if (!hasOwnProperty.call(v, key)) continue;
    const child = (v as Record<string, unknown>)[key];
    if (child === undefined || typeof child === 'function' || typeof child === 'symbol') continue;
    boundLeast += key.length + 4;
    boundMost += key.length * MAX_BYTES_PER_UNIT + 4;
    if (!walkSmall(child, depth + 1)) return false;
  }
  return true;
}

const hasOwnProperty = Object.prototype.hasOwnProperty;

/**
 * OVER when the JSON text is surely larger than `limit` bytes, UNDER when it surely is not, UNDECIDED
 * otherwise. Iterative, so a value nested 100,000 levels deep is measured without a stack overflow.
 */
function sizeBounds(root: object, limit: number): number {
  // Most values (an execution's input, a state's output) are small: walked by recursion, with no stack
  // array and no Object.keys arrays, they cost a fraction of the general walk below.
  boundLeast = 0;
  boundMost = 0;
  smallNodes = 0;
  if (walkSmall(root, 0)) return boundLeast > limit ? OVER : boundMost <= limit ? UNDER : UNDECIDED;
  boundLeast = 0;
  boundMost = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (addScalarBounds(v)) {
      // counted
    } else if (Array.isArray(v)) {
      const n = v.length;
      // Brackets and commas: max(2, n + 1) characters.
      boundLeast += n + 1;
      boundMost += n + 2;
      if (boundLeast > limit) return OVER;
      for (let i = n - 1; i >= 0; i--) stack.push(v[i]);
    } else {
      // Braces and commas: max(2, members + 1) characters; each member adds its quotes, colon and comma.
      boundLeast += 1;
      boundMost += 2;
      for (const key of Object.keys(v as object)) {
        const child = (v as Record<string, unknown>)[key];
        // JSON.stringify leaves out members without a JSON form.
        if (child === undefined || typeof child === 'function' || typeof child === 'symbol') continue;
        boundLeast += key.length + 4;
        boundMost += key.length * MAX_BYTES_PER_UNIT + 4;
        if (boundLeast > limit) return OVER;
        stack.push(child);
      }
    }
    if (boundLeast > limit) return OVER;
  }
  return boundMost <= limit ? UNDER : UNDECIDED;
}

/**
 * JSON text that keeps the caller's own text for one value. AWS echoes a non-object execution input exactly
 * as it was given ('[1, 2]' keeps its spaces) wherever that value travels unchanged, also inside the
 * arrays Parallel and Map assemble from their branches' outputs (but not inside objects built by
 * Parameters, which AWS re-serialises); `pinned` is that value and `pinnedText` its original text.
 */
export function jsonTextPinned(value: JsonValue | undefined, pinned: object, pinnedText: string): string {
  if (value === pinned) return pinnedText;
  if (value === null || typeof value !== 'object') return jsonText(value);
  if (!containsRef(value, pinned, 0)) return jsonText(value);
  return writePinned(value, pinned, pinnedText);
}

function containsRef(value: JsonValue, target: object, depth: number): boolean {
  if (value === target) return true;
  if (value === null || typeof value !== 'object' || depth > 64) return false;
  if (Array.isArray(value)) {
    for (const v of value) if (v !== null && typeof v === 'object' && containsRef(v, target, depth + 1)) return true;
    return false;
  }
  return false;
}

function writePinned(value: JsonValue, pinned: object, pinnedText: string): string {
  if (value === pinned) return pinnedText;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return '[' + value.map((v) => (v === undefined ? 'null' : writePinned(v, pinned, pinnedText))).join(',') + ']';
  return jsonText(value);
}

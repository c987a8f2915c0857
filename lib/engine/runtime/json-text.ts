// JSON text for history details and payload-size checks. Values flowing through a run are never mutated
// (states build new objects instead), so the text of an object can be reused by identity: a Pass chain that
// forwards its input stringifies it once, not twice per state. A tiny ring of recent values is enough for
// that (an object is usually entered, checked and exited back to back) and, unlike a WeakMap, costs the
// garbage collector nothing on runs with hundreds of thousands of values.

import type { JsonValue } from '../types';

const RING = 8;
const ringValues: (object | undefined)[] = new Array(RING).fill(undefined);
const ringTexts: string[] = new Array(RING).fill('');
let ringNext = 0;

export function jsonText(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value);
  for (let i = 0; i < RING; i++) if (ringValues[i] === value) return ringTexts[i]!;
  const text = JSON.stringify(value);
  ringValues[ringNext] = value;
  ringTexts[ringNext] = text;
  ringNext = (ringNext + 1) % RING;
  return text;
}

/** Drops the cached texts, so a finished run's values are not kept alive by the cache. */
export function releaseTextCache(): void {
  ringValues.fill(undefined);
  ringTexts.fill('');
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

export function exceedsPayloadLimit(value: JsonValue | undefined, limit = PAYLOAD_LIMIT_BYTES): boolean {
  if (value === null || typeof value !== 'object') {
    if (typeof value !== 'string') return false;
    if (value.length * 3 + 2 <= limit) return false;
    return utf8Length(JSON.stringify(value)) > limit;
  }
  const text = jsonText(value);
  if (text.length * 3 <= limit) return false;
  if (text.length > limit) return true;
  return utf8Length(text) > limit;
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

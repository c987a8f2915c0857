// A sandbox link: definition, input, run settings and the simulated account (world, mock config, faults)
// compressed into the URL hash, so a link reproduces a run. The common case stays short: settings at their
// defaults are left out, and an example's world and mock config travel as the example's id rather than
// their contents.
//
// A link is written by a stranger. Decoding checks every field's type and caps the sizes; what the link's
// world holds (Lambda handler code among it) runs only in the engine worker, inside the handler sandbox.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { JsonValue } from '../../../lib/engine/types';

export interface SharedState {
  definition: string;
  input: string;
  format?: 'json' | 'yaml';
  type?: 'STANDARD' | 'EXPRESS';
  seed?: number;
  faults?: string;
  testCase?: string;
  /** An example of the sandbox page whose world, mock config and generated objects the run used. */
  example?: string;
  /** Otherwise the simulated account itself. */
  world?: JsonValue;
  mocks?: JsonValue;
  generatedWorld?: JsonValue;
  maxTransitions?: number;
  /** false when history and traces were off (the default is on). */
  record?: boolean;
}

const KEY = 'sb=';
/** The seed a fresh sandbox uses; a link leaves it out. */
export const DEFAULT_SEED = 1;
/** Longest hash read (Chromium accepts URLs up to 2 MB; nobody shares more than this by hand). */
export const MAX_HASH_CHARS = 400_000;
/** Largest decompressed state (lz-string can expand a small hash a lot). */
export const MAX_STATE_CHARS = 2_000_000;

export function encodeShare(state: SharedState): string {
  const compact: Record<string, unknown> = { d: state.definition };
  if (state.input.trim() && state.input.trim() !== '{}') compact.i = state.input;
  if (state.format && state.format !== 'json') compact.f = state.format;
  if (state.type && state.type !== 'STANDARD') compact.t = state.type;
  if (state.seed !== undefined && state.seed !== DEFAULT_SEED) compact.s = state.seed;
  if (state.faults) compact.x = state.faults;
  if (state.testCase) compact.c = state.testCase;
  if (state.example) compact.e = state.example;
  if (state.world !== undefined) compact.w = state.world;
  if (state.mocks !== undefined) compact.m = state.mocks;
  if (state.generatedWorld !== undefined) compact.g = state.generatedWorld;
  if (state.maxTransitions !== undefined) compact.n = state.maxTransitions;
  if (state.record === false) compact.r = 0;
  return `#${KEY}${compressToEncodedURIComponent(JSON.stringify(compact))}`;
}

export type DecodeResult = { ok: true; state: SharedState } | { ok: false; problem: string } | null;

const isObject = (v: unknown): v is Record<string, JsonValue> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The shared state in a hash; null when the hash holds none; a problem when it is damaged or too big. */
export function readShare(hash: string): DecodeResult {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  const part = h.split('&').find((p) => p.startsWith(KEY));
  if (!part) return null;
  const damaged = { ok: false as const, problem: 'The link is damaged (it was probably cut short when it was copied), so nothing was loaded from it.' };
  if (part.length > MAX_HASH_CHARS) return { ok: false, problem: `The link is too long to open (${part.length.toLocaleString('en-US')} characters; the limit is ${MAX_HASH_CHARS.toLocaleString('en-US')}).` };
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(part.slice(KEY.length));
  } catch {
    return damaged;
  }
  if (!text) return damaged;
  if (text.length > MAX_STATE_CHARS) return { ok: false, problem: 'The link holds more than the sandbox opens (over 2 MB of text), so nothing was loaded from it.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return damaged;
  }
  if (!isObject(raw) || typeof raw.d !== 'string') return damaged;
  const o = raw;
  const state: SharedState = { definition: o.d as string, input: typeof o.i === 'string' ? o.i : '{}' };
  if (o.f === 'yaml' || o.f === 'json') state.format = o.f;
  if (o.t === 'EXPRESS' || o.t === 'STANDARD') state.type = o.t;
  state.seed = typeof o.s === 'number' && Number.isSafeInteger(o.s) ? o.s : DEFAULT_SEED;
  if (typeof o.x === 'string') state.faults = o.x;
  if (typeof o.c === 'string') state.testCase = o.c;
  if (typeof o.e === 'string') state.example = o.e;
  if (isObject(o.w)) state.world = o.w;
  if (isObject(o.m)) state.mocks = o.m;
  if (isObject(o.g)) state.generatedWorld = o.g;
  if (typeof o.n === 'number' && Number.isSafeInteger(o.n) && o.n > 0) state.maxTransitions = o.n;
  if (o.r === 0) state.record = false;
  return { ok: true, state };
}

/** The shared state in a hash, or null when the hash holds none or is damaged. */
export function decodeShare(hash: string): SharedState | null {
  const r = readShare(hash);
  return r?.ok ? r.state : null;
}

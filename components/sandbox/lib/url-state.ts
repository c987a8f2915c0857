// A sandbox link: definition, input and run settings compressed into the URL hash, so a link reproduces a run.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

export interface SharedState {
  definition: string;
  input: string;
  format?: 'json' | 'yaml';
  type?: 'STANDARD' | 'EXPRESS';
  seed?: number;
  faults?: string;
  testCase?: string;
}

const KEY = 'sb=';

export function encodeShare(state: SharedState): string {
  const compact: Record<string, unknown> = { d: state.definition, i: state.input };
  if (state.format && state.format !== 'json') compact.f = state.format;
  if (state.type && state.type !== 'STANDARD') compact.t = state.type;
  if (state.seed !== undefined) compact.s = state.seed;
  if (state.faults) compact.x = state.faults;
  if (state.testCase) compact.c = state.testCase;
  return `#${KEY}${compressToEncodedURIComponent(JSON.stringify(compact))}`;
}

/** The shared state in a hash, or null when the hash holds none or is damaged. */
export function decodeShare(hash: string): SharedState | null {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  const part = h.split('&').find((p) => p.startsWith(KEY));
  if (!part) return null;
  const text = decompressFromEncodedURIComponent(part.slice(KEY.length));
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const o = raw as Record<string, unknown>;
  if (typeof o.d !== 'string' || typeof o.i !== 'string') return null;
  const state: SharedState = { definition: o.d, input: o.i };
  if (o.f === 'yaml' || o.f === 'json') state.format = o.f;
  if (o.t === 'EXPRESS' || o.t === 'STANDARD') state.type = o.t;
  if (typeof o.s === 'number' && Number.isFinite(o.s)) state.seed = o.s;
  if (typeof o.x === 'string') state.faults = o.x;
  if (typeof o.c === 'string') state.testCase = o.c;
  return state;
}

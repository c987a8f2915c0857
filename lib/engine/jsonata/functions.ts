// The functions AWS adds to JSONata in Step Functions ($partition, $range, $hash, $random, $uuid, $parse), the
// one it removes ($eval), and $now/$millis on the engine's virtual clock. They stand in for the JSONPath
// intrinsics (States.ArrayPartition, States.ArrayRange, States.Hash, States.MathRandom, States.UUID,
// States.StringToJson). Source: developer guide "Transforming data with JSONata", "JSONata functions".
//
// Randomness and time come from the execution (seeded, virtual), so they are read from `hooks`, which the
// evaluator points at the running execution for the duration of one synchronous evaluation.

import jsonata, { type SyncExpression } from './vendor/jsonata-sync.js';
import { createRandom } from '../random';
import { md5 } from '../intrinsics/hash/md5';
import { sha1 } from '../intrinsics/hash/sha1';
import { sha256 } from '../intrinsics/hash/sha256';
import { sha384, sha512 } from '../intrinsics/hash/sha512';
import { utf8Encode } from '../intrinsics/utf8';

/** What the AWS functions need from the running execution (a JsonataEnv provides all of it). */
export interface JsonataHooks {
  /** Uniform float in [0, 1) from the execution's seeded stream. */
  random: () => number;
  uuid: () => string;
  /** Virtual time, epoch milliseconds; when absent, the context's State.EnteredTime. */
  now?: () => number;
  context: unknown;
}

const DEFAULT_HOOKS: JsonataHooks = { random: createRandom(0).next, uuid: createRandom(1).uuid, context: null };

let hooks: JsonataHooks = DEFAULT_HOOKS;

/** Runs `fn` with the AWS functions bound to one execution's randomness and clock (no allocation per call). */
export function withHooks<T>(h: JsonataHooks, fn: () => T): T {
  const previous = hooks;
  hooks = h;
  try {
    return fn();
  } finally {
    hooks = previous;
  }
}

function nowMs(): number {
  if (hooks.now !== undefined) return hooks.now();
  const ctx = hooks.context as { State?: { EnteredTime?: unknown } } | null;
  const entered = ctx !== null && typeof ctx === 'object' ? ctx.State?.EnteredTime : undefined;
  const ms = typeof entered === 'string' ? Date.parse(entered) : NaN;
  return Number.isFinite(ms) ? ms : Date.UTC(2024, 0, 1);
}

/** Thrown like jsonata's own errors (a plain object with code and message) so causes read the same way. */
function fail(code: string, message: string): never {
  throw { code, message };
}

const HASHES: Record<string, (b: Uint8Array) => string> = {
  MD5: md5,
  'SHA-1': sha1,
  'SHA-256': sha256,
  'SHA-384': sha384,
  'SHA-512': sha512,
};

function partition(array: unknown[], size: number): unknown[][] {
  if (!Number.isInteger(size) || size <= 0) fail('D3137', `$partition: the chunk size must be a positive integer, but was ${size}`);
  const out: unknown[][] = [];
  for (let i = 0; i < array.length; i += size) out.push(array.slice(i, i + size));
  return out;
}

/** start..end inclusive by step; a sequence, so a single value comes back unwrapped (AWS: $range(1, 9, 9) is 1). */
function range(start: number, end: number, step: number): unknown {
  if (![start, end, step].every(Number.isInteger)) fail('D3137', '$range: start, end and step must be integers');
  if (step === 0) fail('D3137', '$range: the step must not be 0');
  const out: number[] & { sequence?: boolean } = [];
  const count = Math.floor((end - start) / step) + 1;
  if (count > 1000) fail('D3137', `$range: at most 1000 values can be generated, but ${count} were requested`);
  for (let i = 0; i < count; i++) out.push(start + i * step);
  out.sequence = true;
  return out;
}

function hash(value: unknown, algorithm: string): string {
  const fn = HASHES[algorithm];
  if (!fn) fail('D3137', `$hash: the algorithm '${algorithm}' is not supported; use one of ${Object.keys(HASHES).join(', ')}`);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return fn(utf8Encode(text ?? 'null'));
}

function random(seed?: number): number {
  if (seed === undefined) return hooks.random();
  return createRandom(seed).next();
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return fail('D3137', `$parse: the argument is not valid JSON text: ${text.length > 80 ? text.slice(0, 77) + '...' : text}`);
  }
}

// jsonata's own $fromMillis, to format $now(picture, timezone) the way the library does.
let fromMillis: ((ms: number, picture?: string, timezone?: string) => string) | undefined;
function now(picture?: string, timezone?: string): string {
  if (picture === undefined && timezone === undefined) return new Date(nowMs()).toISOString();
  fromMillis ??= (jsonata('$fromMillis').evaluate(undefined) as { implementation: typeof fromMillis }).implementation;
  return fromMillis!(nowMs(), picture, timezone);
}

/** Adds AWS's functions to one compiled expression (done once per expression text, the compile is cached). */
export function registerAwsFunctions(expression: SyncExpression): void {
  const reg = expression.registerFunction.bind(expression) as (name: string, fn: unknown, signature: string) => void;
  reg('partition', partition, '<an:a>');
  reg('range', range, '<nnn:a<n>>');
  reg('hash', hash, '<xs:s>');
  reg('random', random, '<n?:n>');
  reg('uuid', () => hooks.uuid(), '<:s>');
  reg('parse', parse, '<s:x>');
  // $now/$millis read the virtual clock so a run replays identically.
  reg('millis', nowMs, '<:n>');
  reg('now', now, '<s?s?:s>');
  // AWS: "$eval is not available - use $parse instead". Unbound, a call fails like any non-function (T1006).
  expression.assign('eval', undefined);
}

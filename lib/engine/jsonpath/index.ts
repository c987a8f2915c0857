// AWS's restricted JSONPath: compile once (cached), query many times. The interpreter calls queryPath on
// every Parameters/InputPath/OutputPath/Choice field, so compiled forms live in a Map keyed by the text.

import type { JsonValue } from '../types';
import type { CompiledPath } from './ast';
import { collect, walkDefinite } from './evaluate';
import { parsePath, PathSyntaxError } from './parse';

export type { CompiledPath, Segment } from './ast';
export { PathSyntaxError } from './parse';
export { deepEqual } from './evaluate';

export type PathResult = { found: true; value: JsonValue } | { found: false };

const NOT_FOUND: PathResult = Object.freeze({ found: false }) as PathResult;
const cache = new Map<string, CompiledPath>();
const MAX_CACHE = 10_000;

/** Compiles (or fetches from the cache) a path; throws PathSyntaxError on bad syntax. */
export function compilePath(path: string): CompiledPath {
  let c = cache.get(path);
  if (c === undefined) {
    c = parsePath(path);
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(path, c);
  }
  return c;
}

/**
 * Evaluates `path` against `data`. A definite path that names nothing is `{found: false}`; an indefinite
 * path (wildcard, slice, union, deep scan, filter) always yields an array, `[]` when nothing matches.
 * `$$...` paths are evaluated against `data` too: the caller passes the context object for them.
 */
export function queryPath(path: string, data: JsonValue): PathResult {
  const c = compilePath(path);
  return queryCompiled(c, data);
}

export function queryCompiled(c: CompiledPath, data: JsonValue): PathResult {
  if (c.definite) {
    const v = c.segments.length === 0 ? data : walkDefinite(c.segments, data);
    return v === undefined ? NOT_FOUND : { found: true, value: v };
  }
  return { found: true, value: collect(c, data) };
}

/** null when the path is valid, else a message saying where and why it is not. */
export function validatePathSyntax(path: string): string | null {
  if (typeof path !== 'string') return 'a JSONPath must be a string';
  try {
    compilePath(path);
    return null;
  } catch (e) {
    if (e instanceof PathSyntaxError) return e.message;
    throw e;
  }
}

/** A reference path names one node by members and indexes only: what ResultPath accepts. */
export function isReferencePath(path: string): boolean {
  try {
    const c = compilePath(path);
    return c.root === '$' && c.reference;
  } catch {
    return false;
  }
}

/** True for a syntactically valid path that can only name one value (no wildcards, filters, slices). */
export function isDefinitePath(path: string): boolean {
  try {
    return compilePath(path).definite;
  } catch {
    return false;
  }
}

/** True when the path addresses the context object (`$$...`). */
export const isContextPath = (path: string): boolean => path.startsWith('$$');

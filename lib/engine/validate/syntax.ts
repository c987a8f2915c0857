// Syntax checks for the little languages inside a definition: AWS JSONPath (with `$$` context and
// `$var` variable roots), intrinsic function calls and JSONata `{% %}` expressions. Results are cached
// by text: the sandbox re-validates on every keystroke and most strings do not change between runs.
import { compileJsonata, isBuiltinFunctionName, isSyntaxProblem } from '../jsonata/compile';
import { compilePath, validatePathSyntax } from '../jsonpath/index';
import { validateIntrinsic } from '../intrinsics/index';

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const isVariableName = (s: string): boolean => VARIABLE_NAME.test(s);

export type PathKind = 'path' | 'reference';

export interface PathCheck {
  error: string | null;
  /** Variable named by a `$name...` path. */
  variable?: string;
}

const pathCache = new Map<string, PathCheck>();
const exprCache = new Map<string, string | null>();
const intrinsicCache = new Map<string, string | null>();
const MAX = 5000;

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= MAX) cache.clear();
  cache.set(key, value);
  return value;
}

/**
 * Checks a JSONPath as used in a JSONPath-language state. `reference` paths (ResultPath, ItemsPath, Variable,
 * the *Path fields) may name one node only: no wildcards, filters, slices or unions.
 */
export function checkPath(path: string, kind: PathKind): PathCheck {
  const key = kind + '\u0000' + path;
  const hit = pathCache.get(key);
  if (hit) return hit;
  return remember(pathCache, key, computePath(path, kind));
}

function computePath(path: string, kind: PathKind): PathCheck {
  if (!path.startsWith('$')) return { error: `'${path}' is not a JSONPath: a path starts with '$'` };
  let text = path;
  let variable: string | undefined;
  const m = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(path);
  if (m && path[1] !== '$') {
    // `$name.rest` reads the variable `name`; the rest is an ordinary path applied to its value.
    variable = m[1]!;
    text = '$' + path.slice(m[0].length);
  }
  const err = validatePathSyntax(text);
  if (err) return { error: variable ? `${err} (in the path after variable '$${variable}')` : err, ...(variable ? { variable } : {}) };
  if (kind === 'reference' && !compilePath(text).reference) {
    return {
      error: `'${path}' must be a reference path (members and indexes only: no wildcards, filters, slices or unions)`,
      ...(variable ? { variable } : {}),
    };
  }
  return variable ? { error: null, variable } : { error: null };
}

/** null when `text` is a well-formed intrinsic function call, else why not. */
export function checkIntrinsic(text: string): string | null {
  const hit = intrinsicCache.get(text);
  if (hit !== undefined) return hit;
  // Syntax, known function names and argument counts: AWS rejects all three when the machine is created.
  return remember(intrinsicCache, text, validateIntrinsic(text));
}

export const isIntrinsicText = (s: string): boolean => /^\s*States\.[A-Za-z0-9]+\s*\(/.test(s);

/** True for a string written as a JSONata expression: `{% ... %}`, whitespace around allowed. */
export function isExpression(s: unknown): s is string {
  return typeof s === 'string' && /^\s*\{%[\s\S]*%\}\s*$/.test(s);
}

/** True for a string that starts like a JSONata expression: `{%` begins it. */
export const looksLikeExpression = (s: unknown): boolean => typeof s === 'string' && /^\s*\{%/.test(s);

/** null when the JSONata inside `{% ... %}` parses, else jsonata's own complaint. */
export function checkExpression(text: string): string | null {
  const hit = exprCache.get(text);
  if (hit !== undefined) return hit;
  const body = text.trim().slice(2, -2);
  let err: string | null = null;
  if (body.trim() === '') err = 'the expression between {% and %} is empty';
  else {
    // The engine's own compiled copy (cached), so the browser bundle carries one jsonata, not two.
    const compiled = compileJsonata(body);
    if (isSyntaxProblem(compiled))
      err = `${compiled.message}${typeof compiled.position === 'number' ? ` (at character ${compiled.position})` : ''}`;
  }
  return remember(exprCache, text, err);
}

/**
 * Names of variables an expression reads (`$x`, `$x.y`), minus function calls, `$states`, local bindings and
 * JSONata's own functions passed as values (`$map($a, $string)`): those are not workflow variables.
 */
export function expressionVariables(text: string): string[] {
  const body = text.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  const bound = new Set<string>();
  for (const m of body.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)\s*:=/g)) bound.add(m[1]!);
  for (const m of body.matchAll(/function\s*\(([^)]*)\)/g)) {
    for (const p of m[1]!.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) bound.add(p[1]!);
  }
  const out = new Set<string>();
  for (const m of body.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)(\s*\()?/g)) {
    const name = m[1]!;
    if (m[2] || name === 'states' || bound.has(name) || isBuiltinFunctionName(name)) continue;
    out.add(name);
  }
  return [...out];
}

/** Variables an intrinsic call reads: `$name` arguments outside string literals. */
export function intrinsicVariables(text: string): string[] {
  const body = text.replace(/'(?:[^'\\]|\\.)*'/g, "''");
  const out = new Set<string>();
  for (const m of body.matchAll(/(?<![$\w])\$([A-Za-z_][A-Za-z0-9_]*)/g)) out.add(m[1]!);
  return [...out];
}

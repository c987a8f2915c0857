// `$name` and `$name.field[0]` in JSONPath fields (InputPath, OutputPath, ItemsPath, SecondsPath, TimestampPath,
// ErrorPath, CausePath, TimeoutSecondsPath ...): the path reads a workflow variable instead of the state's
// data. `$` alone, `$.x`, `$[...]` and `$$...` are ordinary paths. Recorded on AWS: InputPath "$theAnswer",
// SecondsPath "$waitTime", ItemsPath "$PokemonList", ErrorPath "$errorVar".

import { queryPath, type PathResult } from '../jsonpath/index';
import type { JsonValue } from '../types';

const VARIABLE_PATH = /^\$([A-Za-z_][A-Za-z0-9_]*)/;

/** The variable a path starts with and the rest as a path on its value ('$x.a' -> x, '$.a'), or undefined. */
export function variableOfPath(path: string): { name: string; rest: string } | undefined {
  if (path.length < 2 || path.charCodeAt(0) !== 36 /* $ */) return undefined;
  const m = VARIABLE_PATH.exec(path);
  if (!m) return undefined;
  return { name: m[1]!, rest: '$' + path.slice(m[0].length) };
}

const NOT_FOUND: PathResult = { found: false };

/**
 * Reads a variable path against `variables` (own properties, as Visit.variables provides them). Returns
 * undefined when `path` is not a variable path, so callers fall back to their usual lookup:
 *   const r = queryVariablePath(path, env.variables) ?? queryPath(path, input);
 */
export function queryVariablePath(path: string, variables: Record<string, JsonValue> | undefined): PathResult | undefined {
  const ref = variableOfPath(path);
  if (ref === undefined) return undefined;
  if (variables === undefined || !Object.prototype.hasOwnProperty.call(variables, ref.name)) return NOT_FOUND;
  const value = variables[ref.name]!;
  return ref.rest === '$' ? { found: true, value } : queryPath(ref.rest, value);
}

// The JSONPath forms of the fields a Map reads before it runs: ItemsPath and MaxConcurrency(Path). The
// JSONata forms (Items, MaxConcurrency as {% %}) are in dataflow-jsonata.ts; states reach either through
// their DataFlow.

import type { JsonObject, JsonValue } from '../types';
import type { ExpressionEnv } from '../expressions/env';
import { resolvePayloadTemplate } from '../payload-template';
import { StatesError } from '../errors';
import type { Visit } from './visit';
import { queryPath } from '../jsonpath';
import { jsonText } from '../json-text';
import { queryVariablePath } from '../variables/path';
import { STATES_ERRORS } from '../asl/errors';

/** A JSONPath field's path: $$ reads the context object, $name a variable, anything else the data. */
export function lookup(visit: Visit, path: string, data: JsonValue) {
  if (path.startsWith('$$')) return queryPath(path.slice(1), visit.context);
  return queryVariablePath(path, visit.variables) ?? queryPath(path, data);
}

export function readItems(visit: Visit<'Map'>, effective: JsonValue): JsonValue[] {
  const path = visit.state.def.ItemsPath;
  let items: JsonValue = effective;
  if (path !== undefined && path !== '$') {
    const r = lookup(visit, path, effective);
    if (!r.found) {
      throw new StatesError(STATES_ERRORS.Runtime, `Invalid path '${path}' : No results for path: ${path}`);
    }
    items = r.value;
  }
  if (!Array.isArray(items)) {
    throw new StatesError(STATES_ERRORS.Runtime, `Invalid path '${path ?? '$'}': The value at the path is not an array: ${jsonText(items)}`);
  }
  return items;
}

export function readMaxConcurrency(visit: Visit<'Map'>, effective: JsonValue): number {
  const def = visit.state.def;
  if (typeof def.MaxConcurrency === 'number') return def.MaxConcurrency;
  if (typeof def.MaxConcurrencyPath === 'string') {
    const r = lookup(visit, def.MaxConcurrencyPath, effective);
    const v = r.found ? r.value : undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      const shown = typeof v === 'string' ? v : jsonText(v ?? null);
      throw new StatesError(STATES_ERRORS.Runtime, `The MaxConcurrencyPath field refers to value "${shown}" which is not a valid integer: ${def.MaxConcurrencyPath}`);
    }
    return v;
  }
  return 0;
}

/** ItemSelector (or the legacy Parameters) of a JSONPath Map: `.$` keys read the effective input and $$.Map.Item. */
export function itemSelector(visit: Visit<'Map'>, effective: JsonValue): ((index: number, item: JsonValue) => JsonValue) | undefined {
  const def = visit.state.def;
  const selector = def.ItemSelector ?? def.Parameters;
  if (selector === undefined) return undefined;
  const field = def.ItemSelector !== undefined ? 'ItemSelector' : 'Parameters';
  const base = visit.context;
  return (index, item) => {
    const context: JsonObject = { ...base, Map: { Item: { Index: index, Value: item } } };
    const env: ExpressionEnv = { input: effective, context, variables: visit.variables, random: visit.random, uuid: visit.uuid };
    return resolvePayloadTemplate(selector, env, field);
  };
}

// What every Map (inline or distributed) reads before it runs: its compiled ItemProcessor, its items
// (ItemsPath) and MaxConcurrency(Path). Kept apart from the inline runner so the Distributed Map can use it
// without an import circle.

import type { JsonValue, StateMachineDefinition } from '../types';
import { StatesError } from '../errors';
import { compileMachine, type CompiledMachine } from '../runtime/compile';
import type { Visit } from '../runtime/visit';
import { queryPath } from '../jsonpath';
import { jsonText } from '../json-text';
import { queryVariablePath } from '../variables/path';
import { STATES_ERRORS } from '../asl/errors';

export function processorOf(visit: Visit): CompiledMachine {
  const cached = visit.state.cache.processor as CompiledMachine | undefined;
  if (cached) return cached;
  const def = (visit.state.def.ItemProcessor ?? visit.state.def.Iterator) as StateMachineDefinition;
  const compiled = compileMachine(def, visit.state.handlers, visit.state.queryLanguage);
  visit.state.cache.processor = compiled;
  return compiled;
}

function lookup(visit: Visit, path: string, data: JsonValue) {
  if (path.startsWith('$$')) return queryPath(path.slice(1), visit.context);
  return queryVariablePath(path, visit.variables) ?? queryPath(path, data);
}

export function readItems(visit: Visit, effective: JsonValue): JsonValue[] {
  const path = visit.state.def.ItemsPath as string | undefined;
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

export function readMaxConcurrency(visit: Visit, effective: JsonValue): number {
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

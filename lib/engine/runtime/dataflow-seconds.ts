// JSONPath's Task TimeoutSeconds and HeartbeatSeconds: a number, or the *SecondsPath twin (into the input,
// the context object or a variable) that must select a positive integer.

import type { JsonValue } from '../types';
import { StatesError } from '../errors';
import type { Visit } from './visit';
import { queryPath } from '../jsonpath';
import { queryVariablePath } from '../variables/path';
import { STATES_ERRORS } from '../asl/errors';

export type SecondsField = 'TimeoutSeconds' | 'HeartbeatSeconds';

/** `field` of a JSONPath Task (its *Path twin against `input`, the input after InputPath), or undefined. */
export function jsonPathSeconds(visit: Visit<'Task'>, input: JsonValue, field: SecondsField): number | undefined {
  const def = visit.state.def;
  const literal = def[field];
  if (typeof literal === 'number') return literal;
  const pathField = `${field}Path` as const;
  const path = def[pathField];
  if (typeof path !== 'string') return undefined;
  const r = path.startsWith('$$') ? queryPath(path.slice(1), visit.context) : queryVariablePath(path, visit.variables) ?? queryPath(path, input);
  if (!r.found || typeof r.value !== 'number' || !Number.isInteger(r.value) || r.value < 1) {
    throw new StatesError(STATES_ERRORS.Runtime, `The ${pathField} field refers to a value that is not a positive integer: ${path}`);
  }
  return r.value;
}

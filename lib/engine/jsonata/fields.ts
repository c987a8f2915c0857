// Fields whose JSONata value must have a given type: Map Items (array), Wait Seconds / Timestamp, Task
// TimeoutSeconds / HeartbeatSeconds, Map MaxConcurrency / ToleratedFailure*, Fail Error / Cause and Choice
// Condition. A literal is taken as written (the validator checked it); a `{% %}` result is checked here and a
// wrong type is States.QueryEvaluationError worded as AWS words it ("Expected 'array', but was 'number' for
// value: 1"). Causes for Items, Timestamp and Map input are recorded on AWS; the others follow that pattern.

import type { JsonValue } from '../types';
import { expressionBody, isJsonataString } from './detect';
import { causes, QueryEvaluationError } from './errors';
import { evaluateJsonata, type JsonataEnv } from './evaluate';
import { evaluateTemplate } from './template';

/** Map `Items` (a JSON array with `{% %}` inside, or one `{% %}`), or the state input when Items is absent. */
export function evaluateItems(items: JsonValue | undefined, env: JsonataEnv): JsonValue[] {
  if (items === undefined) {
    if (!Array.isArray(env.input)) throw new QueryEvaluationError(causes.mapInputNotArray(env.input));
    return env.input;
  }
  const value = isJsonataString(items) ? evaluateJsonata(items, env, 'Items') : evaluateTemplate(items, env, 'Items');
  if (!Array.isArray(value)) throw typeError(items, 'Items', 'array', value);
  return value;
}

/** A JSON value with `{% %}` anywhere (Arguments, Output, ItemSelector, ...). */
export { evaluateTemplate } from './template';

export interface IntegerBounds {
  min: number;
  max?: number;
}

/**
 * An integer field: Seconds (>= 0), TimeoutSeconds / HeartbeatSeconds (>= 1), MaxConcurrency (>= 0),
 * ToleratedFailureCount (>= 0).
 */
export function evaluateInteger(value: JsonValue, env: JsonataEnv, field: string, bounds: IntegerBounds): number {
  const v = isJsonataString(value) ? evaluateJsonata(value, env, field) : value;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw typeError(value, field, 'integer', v);
  if (v < bounds.min || (bounds.max !== undefined && v > bounds.max)) {
    const range = bounds.max === undefined ? `at least ${bounds.min}` : `between ${bounds.min} and ${bounds.max}`;
    throw new QueryEvaluationError(fieldPrefix(value, field) + `returned ${v}, but the value must be ${range}.`, field);
  }
  return v;
}

/** ToleratedFailurePercentage: a number from 0 to 100. */
export function evaluatePercentage(value: JsonValue, env: JsonataEnv, field: string): number {
  const v = isJsonataString(value) ? evaluateJsonata(value, env, field) : value;
  if (typeof v !== 'number') throw typeError(value, field, 'number', v);
  if (v < 0 || v > 100) {
    throw new QueryEvaluationError(fieldPrefix(value, field) + `returned ${v}, but the value must be between 0 and 100.`, field);
  }
  return v;
}

/** Wait `Timestamp`: an ISO-8601 extended offset date-time; returns epoch milliseconds. */
export function evaluateTimestamp(value: JsonValue, env: JsonataEnv, field = 'Timestamp'): number {
  const v = isJsonataString(value) ? evaluateJsonata(value, env, field) : value;
  if (typeof v !== 'string') throw typeError(value, field, 'string', v);
  const ms = parseIsoOffsetDateTime(v);
  if (ms === undefined) throw new QueryEvaluationError(causes.timestamp(v), field);
  return ms;
}

/** Fail `Error` / `Cause`: a string. */
export function evaluateString(value: JsonValue, env: JsonataEnv, field: string): string {
  const v = isJsonataString(value) ? evaluateJsonata(value, env, field) : value;
  if (typeof v !== 'string') throw typeError(value, field, 'string', v);
  return v;
}

/** Choice rule `Condition`: a boolean. */
export function evaluateCondition(value: JsonValue, env: JsonataEnv, field = 'Condition'): boolean {
  const v = isJsonataString(value) ? evaluateJsonata(value, env, field) : value;
  if (typeof v !== 'boolean') throw typeError(value, field, 'boolean', v);
  return v;
}

function typeError(source: JsonValue, field: string, expected: string, value: JsonValue): QueryEvaluationError {
  const expr = isJsonataString(source) ? expressionBody(source) : JSON.stringify(source);
  return new QueryEvaluationError(causes.unexpectedType(expr, field, expected, value), field);
}

function fieldPrefix(source: JsonValue, field: string): string {
  const expr = isJsonataString(source) ? expressionBody(source) : JSON.stringify(source);
  return `The JSONata expression '${expr}' specified for the field '${field}' `;
}

// YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm): "extended offset date-time". AWS rejects a space for the T, a
// missing offset and out-of-range fields (all three recorded in the corpus).
const ISO_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;

export function parseIsoOffsetDateTime(text: string): number | undefined {
  const m = ISO_OFFSET.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMs = 0;
  const zone = m[8]!;
  if (zone !== 'Z') {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 18 || om > 59) return undefined;
    offsetMs = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  const fraction = m[7] ? Number(`0.${m[7]}`) : 0;
  return Date.UTC(year, month - 1, day, hour, minute, second) + Math.floor(fraction * 1000) - offsetMs;
}

// Size quotas of workflow variables (developer guide "Passing data between states with variables", "Variable
// size limits"): one variable at most 256 KiB, the variables one Assign sets at most 256 KiB together, and
// all variables stored at once at most 10 MiB. Sizes are the UTF-8 length of the value's JSON text. Going over
// fails the state with States.Runtime (not catchable by States.ALL).

import { StatesError } from '../errors';
import { jsonBytesUpTo, jsonText, utf8Length } from '../json-text';
import type { JsonValue } from '../types';
import { STATES_ERRORS } from '../asl/errors';

export const MAX_VARIABLE_BYTES = 262_144;
export const MAX_ASSIGN_BYTES = 262_144;
export const MAX_TOTAL_VARIABLE_BYTES = 10 * 1024 * 1024;

/** Size of a variable as AWS counts it: the UTF-8 length of its JSON text. */
export function variableBytes(value: JsonValue): number {
  // Numbers, booleans and null print as ASCII: their JSON text length is their size.
  if (typeof value === 'number') return String(value).length;
  if (typeof value === 'boolean') return value ? 4 : 5;
  if (value === null) return 4;
  return utf8Length(jsonText(value));
}

/** Sizes are counted exactly up to this, for the message; past it a value is only "more than" it. */
const MEASURED_UP_TO = 8 * MAX_VARIABLE_BYTES;

/**
 * A new variable's size, counted only so far (a value of gigabytes is not serialised to learn that it is
 * too big, issue 14): exact up to 2 MiB, Infinity past it.
 */
export function assignedVariableBytes(value: JsonValue): number {
  return jsonBytesUpTo(value, MEASURED_UP_TO);
}

const sizeText = (bytes: number) => (Number.isFinite(bytes) ? `${bytes} bytes` : `more than ${MEASURED_UP_TO} bytes`);

export const limitCauses = {
  variable: (name: string, bytes: number) =>
    `The value assigned to the variable '${name}' is ${sizeText(bytes)}, which exceeds the maximum size of ${MAX_VARIABLE_BYTES} bytes for a single variable.`,
  assign: (bytes: number) =>
    `The variables assigned by the state are ${sizeText(bytes)} in total, which exceeds the maximum size of ${MAX_ASSIGN_BYTES} bytes for a single Assign.`,
  total: (bytes: number) =>
    `The variables stored by the execution are ${bytes} bytes in total, which exceeds the maximum size of ${MAX_TOTAL_VARIABLE_BYTES} bytes.`,
};

/** Checks one Assign's values against the per-variable and per-Assign quotas; returns their total size. */
export function checkAssignSizes(values: Record<string, JsonValue>): number {
  let total = 0;
  for (const name of Object.keys(values)) {
    const bytes = assignedVariableBytes(values[name]!);
    if (bytes > MAX_VARIABLE_BYTES) throw new StatesError(STATES_ERRORS.Runtime, limitCauses.variable(name, bytes));
    total += bytes;
  }
  if (total > MAX_ASSIGN_BYTES) throw new StatesError(STATES_ERRORS.Runtime, limitCauses.assign(total));
  return total;
}

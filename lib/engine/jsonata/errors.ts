// JSONata failures as AWS reports them. Every one is a States.QueryEvaluationError whose cause AWS prefixes
// with "An error occurred while executing the state 'X' (entered at the event id #N). " and, for a failure
// tied to one field, an EvaluationFailed history event {error, cause, location, state} before the state fails.
// The wording below is copied from executions recorded on AWS (../shared/conformance, tags jsonata /
// area:evaluate_jsonata / area:outputdecl); where the corpus has no recording, it follows the same pattern.

import { StatesError } from '../errors';
import type { JsonValue } from '../types';
import { STATES_ERRORS } from '../asl/errors';

export const QUERY_EVALUATION_ERROR = STATES_ERRORS.QueryEvaluationError;

/**
 * A JSONata evaluation failure. `detail` is the cause without the per-state prefix (the runtime knows the state
 * name and the id of its Entered event; see `statePrefixedCause`). `location` is the field, e.g. 'Output/result',
 * 'Items', 'Timestamp'; it is absent when AWS records none (e.g. a Map input that is not an array).
 */
export class QueryEvaluationError extends StatesError {
  constructor(
    readonly detail: string,
    readonly location?: string,
  ) {
    super(QUERY_EVALUATION_ERROR, detail);
    this.name = 'QueryEvaluationError';
  }
}

export const isQueryEvaluationError = (e: unknown): e is QueryEvaluationError => e instanceof QueryEvaluationError;

/** The prefix AWS puts in front of every runtime failure cause raised while a state runs. */
export function statePrefixedCause(stateName: string, enteredEventId: number, detail: string): string {
  return `An error occurred while executing the state '${stateName}' (entered at the event id #${enteredEventId}). ${detail}`;
}

/** `evaluationFailedEventDetails` of an EvaluationFailed event, keys in AWS's order. */
export function evaluationFailedDetails(
  stateName: string,
  cause: string,
  location: string | undefined,
): { cause: string; error: string; location?: string; state: string } {
  return location === undefined
    ? { cause, error: QUERY_EVALUATION_ERROR, state: stateName }
    : { cause, error: QUERY_EVALUATION_ERROR, location, state: stateName };
}

/** Compact JSON the way AWS prints a value inside a cause: {"foo":"bar"}, "string", 1, null. */
export function causeValue(value: JsonValue): string {
  return JSON.stringify(value) ?? 'null';
}

/** The JSON type name AWS uses in "Expected 'array', but was 'object'". */
export function jsonTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  return typeof value; // 'string' | 'number' | 'boolean'
}

// --------------------------------------------------------------------------------------------- causes

export const causes = {
  returnedUndefined: (expr: string, field: string) =>
    `The JSONata expression '${expr}' specified for the field '${field}' returned nothing (undefined).`,
  threw: (expr: string, field: string, code: string | undefined, message: string) =>
    `The JSONata expression '${expr}' specified for the field '${field}' threw an error during evaluation. ` +
    (code ? `${code}: ${message}` : message),
  unexpectedType: (expr: string, field: string, expected: string, value: JsonValue) =>
    `The JSONata expression '${expr}' specified for the field '${field}' returned an unexpected result type. ` +
    `Expected '${expected}', but was '${jsonTypeName(value)}' for value: ${causeValue(value)}`,
  unsupportedType: (expr: string, field: string) =>
    `The JSONata expression '${expr}' specified for the field '${field}' returned an unsupported result type.`,
  mapInputNotArray: (value: JsonValue) => `Map state input must be an array but was: ${causeValue(value)}`,
  timestamp: (value: string) =>
    `The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${value}`,
  syntax: (expr: string, field: string, code: string | undefined, message: string) =>
    `The JSONata expression '${expr}' specified for the field '${field}' could not be parsed. ` +
    (code ? `${code}: ${message}` : message),
};

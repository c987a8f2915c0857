// JSONPath's Fail fields: Error and Cause as literal strings, or ErrorPath and CausePath (a path into the
// input, the context object or a variable, or an intrinsic function) that must select a string.

import type { JsonValue } from '../types';
import { StatesError } from '../errors';
import type { Visit } from './visit';
import { queryPath } from '../jsonpath';
import { evaluateIntrinsic, isIntrinsicExpression } from '../intrinsics';
import { jsonText } from '../json-text';
import { queryVariablePath } from '../variables/path';
import { STATES_ERRORS } from '../asl/errors';

/** What a Fail state fails with; undefined where it names neither a value nor a path. */
export interface FailFields {
  error: string | undefined;
  cause: string | undefined;
}

export function jsonPathFailFields(visit: Visit<'Fail'>, input: JsonValue): FailFields {
  const def = visit.state.def;
  return {
    error: resolveField(visit, input, def.Error, def.ErrorPath, 'ErrorPath'),
    cause: resolveField(visit, input, def.Cause, def.CausePath, 'CausePath'),
  };
}

function resolveField(visit: Visit, input: JsonValue, literal: unknown, path: unknown, pathField: string): string | undefined {
  if (typeof path === 'string') {
    visit.input = input;
    let value: JsonValue;
    if (isIntrinsicExpression(path)) value = evaluateIntrinsic(path, visit);
    else {
      const data = path.startsWith('$$') ? visit.context : input;
      const found = queryVariablePath(path, visit.variables) ?? queryPath(path.startsWith('$$') ? path.slice(1) : path, data);
      if (!found.found) {
        throw new StatesError(
          STATES_ERRORS.Runtime,
          `The JSONPath '${path}' specified for the field '${pathField}' could not be found in the input '${jsonText(input)}'`,
        );
      }
      value = found.value;
    }
    if (typeof value !== 'string') {
      // AWS fails the state with States.Runtime here; it does not turn [1,2] into the text "[1,2]" (issue 14).
      const shown = jsonText(value);
      throw new StatesError(
        STATES_ERRORS.Runtime,
        `The value selected by ${pathField} '${path}' is not a string: ${shown.length > 200 ? `${shown.slice(0, 200)}...` : shown}. ${pathField} must select a string.`,
      );
    }
    return value;
  }
  return typeof literal === 'string' ? literal : undefined;
}

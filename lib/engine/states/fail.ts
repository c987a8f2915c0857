// Fail: ends the machine with Error/Cause (or ErrorPath/CausePath, which may also be intrinsic functions).
// It has an Entered event and no Exited event; with neither Error nor Cause the failure names neither.

import type { JsonValue } from '../types';
import { StatesError } from '../errors';
import type { StateHandler } from '../runtime/state-handler';
import { RunFailure } from '../runtime/outcome';
import type { Visit } from '../runtime/visit';
import { queryPath } from '../jsonpath';
import { evaluateIntrinsic, isIntrinsicExpression } from '../intrinsics';
import { jsonText } from '../json-text';
import { queryVariablePath } from '../variables/path';
import { jsonataFailFields } from '../runtime/dataflow-jsonata';
import { STATES_ERRORS } from '../asl/errors';

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

export const failState: StateHandler<'Fail'> = {
  kind: 'sync',
  run(visit, input) {
    const def = visit.state.def;
    if (visit.state.queryLanguage === 'JSONata') {
      const fields = jsonataFailFields(visit, input);
      throw new RunFailure(fields.error, fields.cause);
    }
    const error = resolveField(visit, input, def.Error, def.ErrorPath, 'ErrorPath');
    const cause = resolveField(visit, input, def.Cause, def.CausePath, 'CausePath');
    throw new RunFailure(error, cause);
  },
};

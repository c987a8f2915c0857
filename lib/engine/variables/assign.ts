// Evaluating an `Assign` block, in either query language. Evaluation never writes: the runtime evaluates
// Assign (and Output/OutputPath) against the variables from before the state, then commits with commitAssign.
// That is AWS's rule "all Assign expressions see the values from before the state".
//
// JSONata: every `{% %}` string (at any depth) is an expression; `$states.result` / `$states.errorOutput` are
//   available where the state has them. Failures are located as 'Assign/<name>'.
// JSONPath: a key ending in `.$` takes a path ($.x on the state's data, $$.x on the context object, $name.x on
//   a variable) or an intrinsic function; other values are literal, nested objects included.

import { evaluateTemplate } from '../jsonata/template';
import type { JsonataEnv } from '../jsonata/evaluate';
import { resolvePayloadTemplate } from '../payload-template';
import type { JsonObject, QueryLanguage } from '../types';
import type { VariableValues } from './store';

/**
 * The values an Assign sets, by variable name. `env.input` is what JSONPath `$` means here: the state's result
 * after ResultSelector (Task/Map/Parallel), its input otherwise, the error output in a Catch.
 */
export function evaluateAssign(assign: JsonObject, language: QueryLanguage, env: JsonataEnv): VariableValues {
  if (language === 'JSONata') {
    return evaluateTemplate(assign, env, 'Assign') as VariableValues;
  }
  // The payload template drops the `.$` suffix, so its keys are the variable names.
  return resolvePayloadTemplate(assign, env, 'Assign') as VariableValues;
}

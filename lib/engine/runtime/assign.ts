// Assign inside a state visit. The data flows (dataflow.ts, dataflow-jsonata.ts) evaluate the Assign block
// that applies - the state's, the matched Choice rule's, or the Catcher's - into `visit.assigned`, against
// the variables from before the state; the run loop commits it once the state's output is known. A Catcher's
// Assign replaces the state's (the state failed), and an empty Assign sets nothing (no assignedVariables).

import type { JsonObject, JsonValue } from '../types';
import { evaluateAssign } from '../variables/assign';
import { commitAssign, flattenVariables } from '../variables/store';
import type { JsonataEnv } from '../jsonata/evaluate';
import type { Visit } from './visit';

function isNonEmptyObject(block: unknown): block is JsonObject {
  if (block === null || typeof block !== 'object' || Array.isArray(block)) return false;
  for (const _ in block) return true;
  return false;
}

/** JSONPath Assign: `.$` values read `$` = `dollar` (the result after ResultSelector, or the effective input). */
export function assignJsonPath(visit: Visit, block: unknown, dollar: JsonValue): void {
  if (!isNonEmptyObject(block)) {
    visit.assigned = undefined;
    return;
  }
  visit.input = dollar;
  visit.assigned = evaluateAssign(block, 'JSONPath', visit);
}

/** JSONata Assign: `{% %}` values see `$states` as `env` describes it. */
export function assignJsonata(visit: Visit, block: unknown, env: JsonataEnv): void {
  visit.assigned = isNonEmptyObject(block) ? evaluateAssign(block, 'JSONata', env) : undefined;
}

/** Stores what the visit assigned (size quotas checked; States.Runtime when exceeded). */
export function commitVisitAssign(visit: Visit): void {
  if (visit.assigned !== undefined) commitAssign(visit.frame.scope.values, visit.assigned);
}

/** The variables a state sees, inherited ones included, for StateTrace.variables. */
export function traceVariables(visit: Visit): JsonObject {
  return flattenVariables(visit.frame.scope.values);
}

// AWS validates a definition when the state machine is created, for its type (an EXPRESS machine may not use
// .sync, .waitForTaskToken or Activities), so an invalid definition never starts. startExecution does the same
// check and ends the run with the errors as its cause, instead of running a machine AWS would refuse.

import type { ExecutionType, StateMachineDefinition } from '../types';
import { validateDefinition } from '../validate';

// Keyed by the definition object: a sandbox or a grader runs the same definition many times.
const checked = new WeakMap<object, Map<ExecutionType, string | null>>();

export function definitionProblems(definition: StateMachineDefinition, type: ExecutionType): string | null {
  if (definition === null || typeof definition !== 'object') return validationCause(definition, type);
  let byType = checked.get(definition);
  if (!byType) checked.set(definition, (byType = new Map()));
  let hit = byType.get(type);
  if (hit === undefined) {
    hit = validationCause(definition, type);
    byType.set(type, hit);
  }
  return hit;
}

function validationCause(definition: unknown, type: ExecutionType): string | null {
  const errors = validateDefinition(definition, { type }).filter((d) => d.severity === 'error');
  if (errors.length === 0) return null;
  const lines = errors.slice(0, 10).map((d) => `${d.path.length ? d.path.join('.') : '(top level)'}: ${d.message}`);
  if (errors.length > 10) lines.push(`... and ${errors.length - 10} more`);
  return `The definition is not valid for a ${type} state machine (AWS would refuse to create it): ${lines.join('; ')}`;
}

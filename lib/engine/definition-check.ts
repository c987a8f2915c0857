// AWS validates a definition when the state machine is created, for its type (an EXPRESS machine may not use
// .sync, .waitForTaskToken or Activities), so an invalid definition never starts. startExecution does the same
// check and ends the run with the errors as its cause, instead of running a machine AWS would refuse.

import type { Diagnostic, ExecutionType, StateMachineDefinition } from './types';
import { validateDefinition } from './validate';

// Keyed by the definition object: a sandbox or a grader runs the same definition many times.
const checked = new WeakMap<object, Map<ExecutionType, Diagnostic[]>>();

/** The validator's errors for this type (what CreateStateMachine would refuse with), computed once per object. */
export function validationErrors(definition: StateMachineDefinition, type: ExecutionType): Diagnostic[] {
  if (definition === null || typeof definition !== 'object') return errorsOf(definition, type);
  let byType = checked.get(definition);
  if (!byType) checked.set(definition, (byType = new Map()));
  let hit = byType.get(type);
  if (hit === undefined) byType.set(type, (hit = errorsOf(definition, type)));
  return hit;
}

/** Records what parseDefinition(text, { type }) already found, so the definition is not validated twice. */
export function rememberValidation(definition: StateMachineDefinition, type: ExecutionType, errors: Diagnostic[]): void {
  let byType = checked.get(definition);
  if (!byType) checked.set(definition, (byType = new Map()));
  byType.set(type, errors);
}

/** The cause an execution of an invalid definition fails with, or null when AWS would accept it. */
export function definitionProblems(definition: StateMachineDefinition, type: ExecutionType): string | null {
  return validationCause(validationErrors(definition, type), type);
}

function errorsOf(definition: unknown, type: ExecutionType): Diagnostic[] {
  return validateDefinition(definition, { type }).filter((d) => d.severity === 'error');
}

function validationCause(errors: Diagnostic[], type: ExecutionType): string | null {
  if (errors.length === 0) return null;
  const lines = errors.slice(0, 10).map((d) => `${d.path.length ? d.path.join('.') : '(top level)'}: ${d.message}`);
  if (errors.length > 10) lines.push(`... and ${errors.length - 10} more`);
  return `The definition is not valid for a ${type} state machine (AWS would refuse to create it): ${lines.join('; ')}`;
}

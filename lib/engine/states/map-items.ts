// What every Map (inline or distributed) compiles before it runs: its ItemProcessor. Kept apart from the
// inline runner so the Distributed Map can use it without an import circle. Items and MaxConcurrency are
// read through the state's DataFlow (runtime/dataflow.ts), per query language.

import { compileMachine, type CompiledMachine } from '../runtime/compile';
import type { Visit } from '../runtime/visit';
import { StatesError } from '../errors';
import { STATES_ERRORS } from '../asl/errors';

export function processorOf(visit: Visit<'Map'>): CompiledMachine {
  const cached = visit.state.cache.processor as CompiledMachine | undefined;
  if (cached) return cached;
  const def = visit.state.def.ItemProcessor ?? visit.state.def.Iterator;
  // The validator requires one of the two; an unvalidated definition gets the interpreter's own refusal.
  if (def === undefined) throw new StatesError(STATES_ERRORS.Runtime, `The Map state '${visit.state.name}' has no ItemProcessor.`);
  const compiled = compileMachine(def, visit.state.handlers, visit.state.queryLanguage);
  visit.state.cache.processor = compiled;
  return compiled;
}

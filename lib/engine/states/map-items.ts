// What every Map (inline or distributed) compiles before it runs: its ItemProcessor. Kept apart from the
// inline runner so the Distributed Map can use it without an import circle. Items and MaxConcurrency are
// read through the state's DataFlow (runtime/dataflow.ts), per query language.

import type { StateMachineDefinition } from '../types';
import { compileMachine, type CompiledMachine } from '../runtime/compile';
import type { Visit } from '../runtime/visit';

export function processorOf(visit: Visit): CompiledMachine {
  const cached = visit.state.cache.processor as CompiledMachine | undefined;
  if (cached) return cached;
  const def = (visit.state.def.ItemProcessor ?? visit.state.def.Iterator) as StateMachineDefinition;
  const compiled = compileMachine(def, visit.state.handlers, visit.state.queryLanguage);
  visit.state.cache.processor = compiled;
  return compiled;
}

// What crosses the worker boundary for an engine run: plain data only (structured clone), so task handlers
// are described (a world, faults, a mock config test case), never passed as functions.

import type { ExecutionResult, JsonValue, StartOptions, StateMachineDefinition } from '../engine';
import type { ServiceOptions } from '../engine/services/index';
import type { UncoveredInvocation, World } from '../engine/services';

/** StartOptions without the members that are functions or live objects. */
export type PlainStartOptions = Omit<StartOptions, 'tasks' | 'signal' | 'onProgress' | 'onStateEntered' | 'wallClock'>;

export interface EngineRunRequest {
  definition: StateMachineDefinition;
  input: JsonValue;
  options?: PlainStartOptions;
  /** Answer Task states with the simulated services (see lib/engine/services); none when absent. */
  services?: ServiceOptions;
}

export interface EngineRunResponse {
  /** The run's result, without its redrive checkpoint (entries/engine-run.ts says why). */
  result: ExecutionResult;
  /** The world as the run left it (only with `services`). */
  world?: World;
  uncoveredInvocations?: UncoveredInvocation[];
}

/**
 * What actually crosses into the worker: the input as JSON text. Structured clone recurses, so an input
 * nested some thousands of levels deep could not even be handed over; JSON.parse has no such limit.
 */
export interface EngineRunWire extends Omit<EngineRunRequest, 'input'> {
  inputText: string;
}

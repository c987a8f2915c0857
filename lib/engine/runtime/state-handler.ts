// The contract between the interpreter loop and one state type (lib/engine/states/*.ts).

import type { JsonValue, StateType } from '../types';
import type { Yielded } from './sleep';
import type { Visit } from './visit';
import type { CompiledState } from './compile';

/** What a state hands back: its output and the next state (undefined ends the machine or branch). */
export interface StateStep {
  output: JsonValue;
  next: string | undefined;
}

/**
 * A state that takes time or waits for an answer: it yields a Sleep (virtual time passing, see sleep.ts) or
 * a task handler's pending Promise and gets the settled value back, so runs without asynchronous handlers
 * never touch the microtask queue.
 */
export type StateGenerator = Generator<Yielded, StateStep, unknown>;

/**
 * The handler of one state type: it is handed visits of its own type only (runtime/compile.ts pairs each
 * state with the handler of its Type), so `visit.state.def` is that type's member of the AslState union.
 */
export type StateHandler<T extends StateType = StateType> = (
  | { kind: 'sync'; run(visit: Visit<T>, input: JsonValue): StateStep }
  | { kind: 'generator'; run(visit: Visit<T>, input: JsonValue): StateGenerator }
) & {
  /**
   * Whether a visit of `state` would do nothing but hand its input on to `state.next` (a Pass with no data-flow
   * field): the run loop then moves on without building a visit, unless it records a trace.
   */
  forwardsInput?(state: CompiledState<T>): boolean;
};

/** State type -> its handler (states/registry.ts); Parallel and Map compile their inner machines with it. */
export type StateHandlers = { [T in StateType]: StateHandler<T> };

// The contract between the interpreter loop and one state type (lib/engine/states/*.ts).

import type { JsonValue } from '../types';
import type { Yielded } from './sleep';
import type { Visit } from './visit';

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

export type StateHandler =
  | { kind: 'sync'; run(visit: Visit, input: JsonValue): StateStep }
  | { kind: 'generator'; run(visit: Visit, input: JsonValue): StateGenerator };

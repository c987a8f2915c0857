// The contract between the interpreter loop and one state type (lib/engine/states/*.ts).

import type { JsonValue } from '../types';
import type { Visit } from './visit';

/** What a state hands back: its output and the next state (undefined ends the machine or branch). */
export interface StateStep {
  output: JsonValue;
  next: string | undefined;
}

/**
 * Runs while a task handler's Promise is pending: the loop yields the Promise and gets its settled value
 * back, so runs without asynchronous handlers never touch the microtask queue.
 */
export type StateGenerator = Generator<Promise<unknown>, StateStep, unknown>;

export type StateHandler =
  | { kind: 'sync'; run(visit: Visit, input: JsonValue): StateStep }
  | { kind: 'generator'; run(visit: Visit, input: JsonValue): StateGenerator };

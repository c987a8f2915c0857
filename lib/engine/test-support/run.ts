// Helpers for the engine's unit tests: run a definition and look at its events.

import type { ExecutionResult, HistoryEvent, JsonValue, StartOptions, StateMachineDefinition } from '../types';
import { startExecution } from '../start';

export function run(definition: object, input: JsonValue = {}, options: StartOptions = {}): Promise<ExecutionResult> {
  return startExecution(definition as StateMachineDefinition, input, options);
}

export const types = (r: ExecutionResult): string[] => r.events.map((e) => e.type);

export function eventsOf(r: ExecutionResult, type: string): HistoryEvent[] {
  return r.events.filter((e) => e.type === type);
}

/** Seconds between the start of the run and an event's virtual timestamp. */
export function secondsAt(r: ExecutionResult, e: HistoryEvent): number {
  return (Date.parse(e.timestamp) - Date.parse(r.startDate!)) / 1000;
}

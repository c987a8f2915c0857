// Test helpers for the integrations: a one-Task machine run against the simulated services.

import type { JsonObject, JsonValue, StateMachineDefinition } from '../../types';
import type { FaultRule } from '../faults';
import { runWithServices } from '../run';
import type { WorldInit } from '../world';

export function oneTask(resource: string, parameters?: JsonObject, extra: JsonObject = {}): StateMachineDefinition {
  const task: JsonObject = { Type: 'Task', Resource: resource, End: true, ...extra };
  if (parameters) task.Parameters = parameters;
  return { StartAt: 'Call', States: { Call: task as never } };
}

export function runTask(resource: string, parameters: JsonObject | undefined, world: WorldInit = {}, options: { input?: JsonValue; faults?: FaultRule[]; extra?: JsonObject } = {}) {
  return runWithServices(oneTask(resource, parameters, options.extra), options.input ?? {}, { world, ...(options.faults ? { faults: options.faults } : {}) });
}

export const types = (events: { type: string }[]) => events.map((e) => e.type);

export function eventOf<T = Record<string, unknown>>(events: Record<string, unknown>[], type: string, detailsKey: string): T {
  const event = events.find((e) => e.type === type);
  if (!event) throw new Error(`no ${type} event`);
  return event[detailsKey] as T;
}

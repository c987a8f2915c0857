// The context object ($$). Building it costs an allocation per state, so it is built only when an expression
// asks for it (see Visit.context in visit.ts).

import type { JsonObject, JsonValue } from '../types';

export interface ContextBase {
  Execution: JsonObject;
  StateMachine: JsonObject;
  overrides?: JsonObject;
}

export interface ContextExtras {
  stateName: string;
  enteredTime: string;
  retryCount?: number;
  taskToken?: string;
  mapItem?: { index: number; value: JsonValue };
}

export function buildContextObject(base: ContextBase, x: ContextExtras): JsonObject {
  const state: JsonObject = { Name: x.stateName, EnteredTime: x.enteredTime };
  if (x.retryCount !== undefined) state.RetryCount = x.retryCount;
  const ctx: JsonObject = { Execution: base.Execution, StateMachine: base.StateMachine, State: state };
  if (x.taskToken !== undefined) ctx.Task = { Token: x.taskToken };
  if (x.mapItem !== undefined) ctx.Map = { Item: { Index: x.mapItem.index, Value: x.mapItem.value } };
  if (base.overrides) {
    for (const key of Object.keys(base.overrides)) {
      const over = base.overrides[key];
      const cur = ctx[key];
      ctx[key] =
        over !== null && typeof over === 'object' && !Array.isArray(over) && cur !== null && typeof cur === 'object' && !Array.isArray(cur)
          ? { ...cur, ...over }
          : (over as JsonValue);
    }
  }
  return ctx;
}

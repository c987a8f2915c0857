'use client';
// What the graph, the table and the inspector show for a finished run at the timeline's position.
import { useMemo } from 'react';
import type { StateTrace } from '../../../lib/engine/types';
import type { GraphModel } from '../lib/graph-model';
import { nodeIdForTracePath } from '../lib/graph-model';
import { historyRows, type HistoryRow } from '../lib/history-rows';
import { nameResolver, outcomesFromHistory, outcomesFromTrace, withChildOutcomes, type OutcomeMap } from '../lib/outcomes';
import type { RunResponse } from '../worker/protocol';

export interface RunView {
  rows: HistoryRow[];
  outcomes: OutcomeMap | undefined;
  activeId: string | undefined;
  /** Trace entries by graph node id. */
  visitsByNode: Map<string, StateTrace[]>;
}

export function useRunView(model: GraphModel, response: RunResponse | undefined, step: number): RunView {
  const result = response?.result;
  const rows = useMemo(() => historyRows(result?.events ?? []), [result]);
  const resolve = useMemo(() => nameResolver(model.byId), [model]);
  const visitsByNode = useMemo(() => {
    const map = new Map<string, StateTrace[]>();
    for (const t of result?.trace ?? []) {
      const id = nodeIdForTracePath(t.path.length ? t.path : [t.stateName], model.byId);
      map.set(id, [...(map.get(id) ?? []), t]);
    }
    return map;
  }, [result, model]);
  const outcomes = useMemo(() => {
    if (!result) return undefined;
    const events = result.events;
    const last = !events.length || step >= events.length - 1;
    const own = last && result.trace ? outcomesFromTrace(result.trace, model.byId) : events.length ? outcomesFromHistory(events, step + 1, resolve) : undefined;
    // At the end of the run, a Distributed Map's states show what its child executions did.
    const all = last ? withChildOutcomes(own ?? new Map(), result, model.byId) : own;
    return own === undefined && all?.size === 0 ? undefined : all;
  }, [result, step, model, resolve]);
  const activeId = useMemo(() => {
    const row = rows[step];
    if (!row || !row.step || step >= rows.length - 1) return undefined;
    return resolve(row.step);
  }, [rows, step, resolve]);
  return { rows, outcomes, activeId, visitsByNode };
}

// The event history as the console's table shows it: id, type, step, elapsed time, details.
import type { HistoryEvent } from '../../../lib/engine/types';
import { stateNameOf } from './outcomes';

export interface HistoryRow {
  id: number;
  type: string;
  /** The state the event belongs to ('' for execution-level events). */
  step: string;
  /** Milliseconds since the execution started, on the virtual clock. */
  elapsedMs: number;
  timestamp: string;
  /** The `<x>EventDetails` objects with input/output JSON text parsed back into values. */
  details: Record<string, unknown>;
  kind: 'ok' | 'fail' | 'neutral';
}

const JSON_TEXT_FIELDS = new Set(['input', 'output', 'parameters', 'result']);

function parseDetails(details: unknown): unknown {
  if (typeof details !== 'object' || details === null || Array.isArray(details)) return details;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    if (JSON_TEXT_FIELDS.has(key) && typeof value === 'string') {
      try {
        out[key] = JSON.parse(value);
      } catch {
        out[key] = value;
      }
    } else out[key] = value;
  }
  return out;
}

function kindOf(type: string): HistoryRow['kind'] {
  if (/(Failed|TimedOut|Aborted)$/.test(type) || type === 'FailStateEntered') return 'fail';
  if (/(Succeeded|Exited)$/.test(type)) return 'ok';
  return 'neutral';
}

/**
 * Rows for the history table. The step of an event without a state name is the state the event chain last
 * entered (following previousEventId, as AWS links a Task's events to its TaskStateEntered).
 */
export function historyRows(events: readonly HistoryEvent[]): HistoryRow[] {
  const start = events.length ? Date.parse(events[0]!.timestamp) : 0;
  const stepById = new Map<number, string>();
  return events.map((e) => {
    let step = stateNameOf(e);
    const iteration = (e.mapIterationStartedEventDetails ?? e.mapIterationSucceededEventDetails ?? e.mapIterationFailedEventDetails ?? e.mapIterationAbortedEventDetails) as
      | { name?: string; index?: number }
      | undefined;
    if (step === undefined && iteration?.name) step = `${iteration.name} #${iteration.index ?? '?'}`;
    if (step === undefined) step = stepById.get(e.previousEventId) ?? '';
    if (e.type.startsWith('Execution')) step = '';
    stepById.set(e.id, step);
    const details: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(e)) if (key.endsWith('Details')) details[key] = parseDetails(value);
    const t = Date.parse(e.timestamp);
    return {
      id: e.id,
      type: e.type,
      step,
      elapsedMs: Number.isFinite(t) && Number.isFinite(start) ? t - start : 0,
      timestamp: e.timestamp,
      details,
      kind: kindOf(e.type),
    };
  });
}

/** "0 ms", "250 ms", "1.5 s", "20 min 3 s", "2 h 5 min", "3 d 4 h". */
export function formatElapsed(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '–';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${Number.isInteger(s) ? s : s.toFixed(s < 10 ? 2 : 1)} s`;
  const totalS = Math.floor(s);
  const d = Math.floor(totalS / 86400);
  const h = Math.floor((totalS % 86400) / 3600);
  const m = Math.floor((totalS % 3600) / 60);
  const sec = totalS % 60;
  if (d > 0) return h ? `${d} d ${h} h` : `${d} d`;
  if (h > 0) return m ? `${h} h ${m} min` : `${h} h`;
  return sec ? `${m} min ${sec} s` : `${m} min`;
}

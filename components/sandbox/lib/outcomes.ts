// Colours for the graph: what happened to each state, from the history (any prefix of it, for the timeline)
// or from the engine's StateTrace (exact, for the finished run).
import type { ExecutionResult, HistoryEvent, StateTrace } from '../../../lib/engine/types';
import { nodeIdForTracePath, type GraphNode } from './graph-model';

export type Outcome = 'running' | 'succeeded' | 'retried' | 'caught' | 'failed';

export interface NodeOutcome {
  outcome: Outcome;
  visits: number;
  retries: number;
}

export type OutcomeMap = Map<string, NodeOutcome>;

const RANK: Record<Outcome, number> = { running: 0, succeeded: 1, retried: 2, caught: 3, failed: 4 };

interface Open {
  node: string;
  failed: boolean;
  retries: number;
  /** Start events seen in this visit: a second TaskScheduled / MapStateStarted is a retry. */
  starts: number;
}

const RETRY_STARTS = new Set(['TaskScheduled', 'LambdaFunctionScheduled', 'ActivityScheduled', 'MapStateStarted', 'ParallelStateStarted']);

/** A state's own failure events (not a branch or iteration failure, which the state itself may still handle). */
const isFailureEvent = (type: string) =>
  /^(Task|LambdaFunction|Activity)(Failed|TimedOut|StartFailed|ScheduleFailed|SubmitFailed)$/.test(type) ||
  type === 'MapStateFailed' ||
  type === 'ParallelStateFailed' ||
  type === 'MapRunFailed' ||
  type === 'MapIterationFailed' ||
  type === 'ExecutionFailed' ||
  type === 'EvaluationFailed';

/** Name of the state an entered/exited event is about. */
export function stateNameOf(event: HistoryEvent): string | undefined {
  const d = (event.stateEnteredEventDetails ?? event.stateExitedEventDetails) as { name?: unknown } | undefined;
  return typeof d?.name === 'string' ? d.name : undefined;
}

/**
 * Outcomes after the first `upTo` events. Heuristics follow AWS's history: a retry repeats TaskScheduled (or
 * Map/ParallelStateStarted) after a failure, a caught failure still exits the state, an uncaught one does not.
 */
export function outcomesFromHistory(
  events: readonly HistoryEvent[],
  upTo: number,
  idForName: (name: string) => string | undefined,
): OutcomeMap {
  const result: OutcomeMap = new Map();
  const open: Open[] = [];
  // The most notable finished outcome per node over all its visits (Map iterations, loops); 'running'
  // shows only while a visit is open.
  const finished = new Map<string, Outcome>();
  const set = (node: string, outcome: Outcome, retries: number, newVisit: boolean) => {
    const prev = result.get(node);
    const visits = (prev?.visits ?? 0) + (newVisit ? 1 : 0);
    let shown = outcome;
    if (outcome !== 'running') {
      const before = finished.get(node);
      if (!before || RANK[outcome] > RANK[before]) finished.set(node, outcome);
      shown = finished.get(node)!;
    }
    result.set(node, { outcome: shown, visits, retries: (prev?.retries ?? 0) + retries });
  };
  const ownerOf = (type: string): Open | undefined => {
    // Map/Parallel events belong to the innermost open state of that type; task events to the innermost Task.
    const wanted = type.startsWith('Map') ? 'Map' : type.startsWith('Parallel') ? 'Parallel' : 'Task';
    for (let i = open.length - 1; i >= 0; i--) if (typeOfNode.get(open[i]!.node) === wanted) return open[i];
    return open[open.length - 1];
  };
  const typeOfNode = new Map<string, string>();

  const n = Math.min(upTo, events.length);
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    const t = e.type;
    if (t.endsWith('StateEntered')) {
      const name = stateNameOf(e);
      const node = name !== undefined ? idForName(name) : undefined;
      if (!node) continue;
      typeOfNode.set(node, t.slice(0, -'StateEntered'.length));
      if (t === 'FailStateEntered') {
        set(node, 'failed', 0, true);
        continue;
      }
      open.push({ node, failed: false, retries: 0, starts: 0 });
      set(node, 'running', 0, true);
    } else if (t.endsWith('StateExited')) {
      const name = stateNameOf(e);
      const node = name !== undefined ? idForName(name) : undefined;
      const idx = open.map((o) => o.node).lastIndexOf(node ?? '');
      if (idx < 0) continue;
      const o = open.splice(idx, 1)[0]!;
      set(o.node, o.failed ? 'caught' : o.retries > 0 ? 'retried' : 'succeeded', o.retries, false);
    } else if (RETRY_STARTS.has(t)) {
      const o = ownerOf(t);
      if (o && ++o.starts > 1) {
        o.failed = false;
        o.retries++;
        set(o.node, 'running', 0, false);
      }
    } else if (t === 'ExecutionFailed' || t === 'ExecutionTimedOut' || t === 'ExecutionAborted') {
      for (const o of open) set(o.node, o.failed || t !== 'ExecutionAborted' ? 'failed' : 'running', o.retries, false);
      open.length = 0;
    } else if (isFailureEvent(t)) {
      const o = ownerOf(t);
      if (o) o.failed = true;
    }
  }
  return result;
}

/** Exact outcomes of a finished run from its trace; Map iterations fold into one node. */
export function outcomesFromTrace(trace: readonly StateTrace[], byId: Map<string, GraphNode>): OutcomeMap {
  const result: OutcomeMap = new Map();
  for (const t of trace) {
    const node = nodeIdForTracePath(t.path.length ? t.path : [t.stateName], byId);
    const outcome: Outcome = t.outcome === 'succeeded' ? (t.retries > 0 ? 'retried' : 'succeeded') : t.outcome;
    const prev = result.get(node);
    result.set(node, {
      outcome: prev && RANK[prev.outcome] > RANK[outcome] ? prev.outcome : outcome,
      visits: (prev?.visits ?? 0) + 1,
      retries: (prev?.retries ?? 0) + t.retries,
    });
  }
  return result;
}

/** The first graph node with a given state name (state names are unique in a valid machine). */
export function nameResolver(byId: Map<string, GraphNode>): (name: string) => string | undefined {
  const index = new Map<string, string>();
  for (const [id, node] of byId) if (node.stateName !== undefined && !index.has(node.stateName)) index.set(node.stateName, id);
  return (name) => index.get(name);
}

/**
 * The states inside a Distributed Map run in child executions, whose histories are not the parent's: colour
 * them from the children's transition counts (kept for billing even when no history is recorded). A state
 * the children entered succeeded, or failed if it is a Fail state; the visits are the children's entries.
 * Outcomes already known (from a trace or history) are kept.
 */
export function withChildOutcomes(outcomes: OutcomeMap, result: ExecutionResult, byId: Map<string, GraphNode>): OutcomeMap {
  const children = result.billing.childExecutions ?? [];
  if (!children.length || !result.mapRuns?.length) return outcomes;
  const merged: OutcomeMap = new Map(outcomes);
  for (const run of result.mapRuns) {
    const billed = children.find((c) => c.mapStateName === (run.label ?? run.stateName));
    const counts = billed?.transitionsByState;
    if (!counts) continue;
    const mapId = [...byId.values()].find((n) => n.kind === 'map' && n.stateName === run.stateName)?.id;
    if (mapId === undefined) continue;
    for (const [id, node] of byId) {
      if (!id.startsWith(`${mapId}/`) || node.stateName === undefined || merged.has(id)) continue;
      const visits = Object.hasOwn(counts, node.stateName) ? counts[node.stateName]! : 0;
      if (visits > 0) merged.set(id, { outcome: node.stateType === 'Fail' ? 'failed' : 'succeeded', visits, retries: 0 });
    }
  }
  return merged;
}

// What happened in one run, in the terms the checks and the feedback talk about: which states were entered
// and how many attempts each took, which errors each raised, what a Catch handled, and where the run failed.
// Read from the run's trace (one entry per state visit) and its history (the error of every failed attempt).
import type { ExecutionResult, HistoryEvent, StateDefinition, StateMachineDefinition, StateTrace, StateType } from '../engine/types';
import type { World } from '../engine/services';
import { STATES_ERRORS } from '../engine/asl/errors';
import { statesByName } from './definition';

export interface CaughtError {
  state: string;
  error: string;
  next?: string;
  attempts: number;
}

export interface FailurePoint {
  state: string;
  type: StateType;
  error?: string;
  cause?: string;
  attempts: number;
  /** A parent state (Parallel, Map) the failure ended, when the failing state is nested. */
  within?: string;
}

export interface Observation {
  result: ExecutionResult;
  definition: StateMachineDefinition;
  world: World;
  states: Map<string, StateDefinition>;
  /** Visits by state name, nested states included. */
  visits: Map<string, number>;
  /** Attempts by state name: each visit is one attempt plus its retries. */
  attempts: Map<string, number>;
  /** Errors each state raised, in order (retried attempts included). */
  errors: Map<string, string[]>;
  caught: CaughtError[];
  failure?: FailurePoint;
  /** Simulated milliseconds spent in each state (entered to exited, every visit), from the history. */
  durations: Map<string, number>;
}

/** Walks back along previousEventId to the *StateEntered event an event belongs to. */
function enteredStateOf(event: HistoryEvent, byId: Map<number, HistoryEvent>): string | undefined {
  let e: HistoryEvent | undefined = event;
  for (let guard = 0; e && guard < 10_000; guard++) {
    if (e.type.endsWith('StateEntered')) return (e.stateEnteredEventDetails as { name?: string } | undefined)?.name;
    e = byId.get(e.previousEventId);
  }
  return undefined;
}

const FAILED_ATTEMPT = /^(Task|LambdaFunction|Activity)(Failed|TimedOut|StartFailed|SubmitFailed)$/;

function errorsFromHistory(events: HistoryEvent[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!events.some((e) => FAILED_ATTEMPT.test(e.type))) return out;
  const byId = new Map(events.map((e) => [e.id, e]));
  for (const event of events) {
    if (!FAILED_ATTEMPT.test(event.type)) continue;
    const details = Object.entries(event).find(([k]) => k.endsWith('EventDetails'))?.[1] as { error?: string } | undefined;
    const state = enteredStateOf(event, byId);
    if (state === undefined) continue;
    out.set(state, [...(out.get(state) ?? []), details?.error ?? (event.type.endsWith('TimedOut') ? STATES_ERRORS.Timeout : 'an error')]);
  }
  return out;
}

/** Time in each state: each *StateExited is paired with the latest unpaired *StateEntered of that name. */
function durationsFromHistory(events: HistoryEvent[]): Map<string, number> {
  const open = new Map<string, number[]>();
  const out = new Map<string, number>();
  for (const e of events) {
    const entered = e.type.endsWith('StateEntered');
    if (!entered && !e.type.endsWith('StateExited')) continue;
    const name = ((entered ? e.stateEnteredEventDetails : e.stateExitedEventDetails) as { name?: string } | undefined)?.name;
    if (name === undefined) continue;
    const at = Date.parse(e.timestamp);
    if (entered) open.set(name, [...(open.get(name) ?? []), at]);
    else {
      const stack = open.get(name);
      const start = stack?.pop();
      if (start !== undefined && Number.isFinite(at - start)) out.set(name, (out.get(name) ?? 0) + (at - start));
    }
  }
  return out;
}

export function observe(result: ExecutionResult, world: World, definition: StateMachineDefinition): Observation {
  const trace: StateTrace[] = result.trace ?? [];
  const visits = new Map<string, number>();
  const attempts = new Map<string, number>();
  const caught: CaughtError[] = [];
  let failure: FailurePoint | undefined;
  for (const t of trace) {
    visits.set(t.stateName, (visits.get(t.stateName) ?? 0) + 1);
    attempts.set(t.stateName, (attempts.get(t.stateName) ?? 0) + 1 + t.retries);
    if (t.outcome === 'caught') {
      const c: CaughtError = { state: t.stateName, error: t.error ?? 'an error', attempts: 1 + t.retries };
      if (t.next !== undefined) c.next = t.next;
      caught.push(c);
    }
    if (t.outcome === 'failed') {
      // The first failed visit is where the failure started; later ones are the parents it ended.
      if (failure === undefined) {
        failure = { state: t.stateName, type: t.stateType, attempts: 1 + t.retries };
        if (t.error !== undefined) failure.error = t.error;
        if (t.cause !== undefined) failure.cause = t.cause;
      } else if (t.path.length === 1 && t.stateName !== failure.state) {
        failure.within = t.stateName;
      }
    }
  }
  const errors = errorsFromHistory(result.events);
  for (const c of caught) if (!errors.has(c.state)) errors.set(c.state, [c.error]);
  if (failure?.error !== undefined && !errors.has(failure.state)) errors.set(failure.state, [failure.error]);
  const observation: Observation = { result, definition, world, states: statesByName(definition), visits, attempts, errors, caught, durations: durationsFromHistory(result.events) };
  if (failure !== undefined) observation.failure = failure;
  return observation;
}

// Pass states with nothing to evaluate hand their input on unchanged: no visit, no data flow, just a count
// and two history events each. A run of them is the hottest path of a chain of Pass states (the engine
// benchmark's workload, and every Map iteration of Pass states), so it runs here in a plain loop rather than one
// generator step each, and where no limit can stop it, in batches: one tight loop that counts the states and
// writes their events with one text and one timestamp, the same counts and events as one by one.

import type { JsonValue } from '../types';
import type { CompiledState } from './compile';
import type { Execution } from './execution';
import type { Frame } from './frame';
import { RunFailure } from './outcome';
import { enteredEvent, exitedEvent } from './history-log';
import { STATES_ERRORS } from '../asl/errors';

/**
 * Runs `first` and the forwarding states after it. Returns the first state that needs a visit, or null when a
 * forwarding state ended the run. `inputText`: the run's verbatim input, echoed by its first Entered event.
 */
export function forwardThrough(
  exec: Execution,
  first: CompiledState,
  current: JsonValue,
  frame: Frame,
  counts: number[],
  inputText: string | undefined,
): CompiledState | null {
  const history = exec.history;
  let state = first;
  for (;;) {
    // A batch may skip the per-transition checks only where none could fire; the verbatim first input goes alone.
    const room = inputText === undefined ? Math.min(exec.uncheckedRoom(), history.forwardRoom()) : 0;
    if (room > 0) state = batch(exec, state, current, frame, counts, room);
    else {
      frame.at = state.name;
      frame.atInput = current;
      frame.lanes = undefined;
      exec.enter(state, counts);
      history.forwarded(frame.thread, state.enteredType, state.exitedType, state.name, current, inputText);
      inputText = undefined;
    }
    if (state.next === undefined) return null;
    const next = state.nextState;
    if (next === undefined) throw new RunFailure(STATES_ERRORS.Runtime, `State '${state.name}' moves to '${state.next}', which does not exist.`);
    if (!next.forwards) return next;
    state = next;
  }
}

/**
 * Counts and records `first` and the forwarding states after it, at most `room`, stopping after one that ends
 * the run or moves to a missing or non-forwarding state; returns the last one. The states are counted one by
 * one here, or logged as one batch for the tally to count if it needs to (Tally.logs). The event ids live in
 * locals for the loop.
 */
function batch(exec: Execution, first: CompiledState, current: JsonValue, frame: Frame, counts: number[], room: number): CompiledState {
  const tally = exec.tally;
  const logged = tally.logs(counts);
  const events = exec.history.openBatch(current);
  let state = first;
  let n = 0;
  if (events === undefined) {
    for (;;) {
      if (!logged) tally.count(state, counts);
      if (++n >= room) break;
      const next = state.nextState;
      if (next === undefined || !next.forwards) break;
      state = next;
    }
  } else {
    const { events: out, text, timestamp } = events;
    let id = events.id;
    let slot = events.slot;
    let previous = frame.thread.prev;
    for (;;) {
      if (!logged) tally.count(state, counts);
      out[slot++] = enteredEvent(id + 1, previous, timestamp, state.enteredType, text, state.name);
      out[slot++] = exitedEvent(id + 2, id + 1, timestamp, state.exitedType!, text, state.name);
      id += 2;
      previous = id;
      if (++n >= room) break;
      const next = state.nextState;
      if (next === undefined || !next.forwards) break;
      state = next;
    }
    events.id = id;
    events.slot = slot;
  }
  if (logged) tally.logBatch(first, n);
  exec.transitions += n;
  exec.history.closeBatch(frame.thread, events, n);
  // Where a redrive would resume if a later state failed before the next visit set it.
  frame.at = state.name;
  frame.atInput = current;
  frame.lanes = undefined;
  return state;
}

// The interpreter loop: runs one state machine (the top level, a Parallel branch or a Map iteration) from
// StartAt until a terminal state. It is a generator only so that an asynchronous task handler can suspend
// it; without one it runs straight through with no awaits.

import type { JsonObject, JsonValue, RedrivePoint } from '../types';
import type { CompiledMachine, CompiledState } from './compile';
import type { Execution } from './execution';
import type { Frame } from './frame';
import type { StateStep } from './state-handler';
import { Visit } from './visit';
import { forwardThrough } from './forward-run';
import { RunFailure, RunHalt, toRunFailure } from './outcome';
import { RetryCounter } from './retry';
import { errorMatches } from './error-match';
import { dataFlowFor } from './dataflow';
import { exceedsPayloadLimit } from '../json-text';
import { commitVisitAssign, traceVariables } from './assign';
import { reportEvaluationFailed } from './dataflow-jsonata';
import { BranchAbort, sleep, type Yielded } from './sleep';
import { STATES_ERRORS } from '../asl/errors';

export type RunGenerator = Generator<Yielded, JsonValue, unknown>;

export function* runMachine(
  exec: Execution,
  machine: CompiledMachine,
  input: JsonValue,
  frame: Frame,
  /** Verbatim text for the first StateEntered input (AWS echoes the StartExecution input). */
  firstInputText?: string,
  /** A redrive: start at the state that did not succeed, with the input it had (runtime/redrive-point.ts). */
  resume?: RedrivePoint,
): RunGenerator {
  const first = resume === undefined ? machine.startAt : resume.state;
  let state: CompiledState | undefined = machine.states[first];
  let current = resume === undefined ? input : resume.input;
  let redrive = resume !== undefined && (resume.lanes !== undefined || resume.mapRun !== undefined) ? resume : undefined;
  let inputText = firstInputText;
  const history = exec.history;
  const counts = exec.countsOf(machine);
  for (;;) {
    if (state === undefined) throw new RunFailure(STATES_ERRORS.Runtime, `No state named '${first}' in this state machine.`);
    if (state.forwards && exec.traces === undefined) {
      // Pass states with nothing to evaluate: their output is their input (already measured), no visit needed.
      const after = forwardThrough(exec, state, current, frame, counts, inputText);
      inputText = undefined;
      redrive = undefined;
      if (after === null) return current;
      state = after;
      continue;
    }
    // Where a redrive would resume this run (a Map or Parallel adds its lanes to frame.lanes).
    frame.at = state.name;
    frame.atInput = current;
    frame.lanes = undefined;
    exec.enter(state, counts);
    const enteredId = history.stateEntered(frame.thread, state.enteredType, state.name, current, inputText);
    inputText = undefined;
    const lanes = redrive;
    redrive = undefined;
    // One visit of the state, inline rather than a generator of its own per visit (a visit is most states).
    const visit = new Visit(exec, state, frame, enteredId, current);
    if (lanes !== undefined) visit.redrive = lanes;
    let step: StateStep;
    try {
      if (state.retriers !== undefined || state.catchers !== undefined) step = yield* runWithRecovery(visit, current);
      else if (state.handler.kind === 'sync') step = state.handler.run(visit, current);
      else step = yield* state.handler.run(visit, current);
      // Assign takes effect once the whole state has been evaluated against the old values.
      if (visit.assigned !== undefined) commitVisitAssign(visit);
    } catch (e) {
      throw visitFailed(visit, e);
    }
    visitSucceeded(visit, current, step);
    const { output, next } = step;
    if (next === undefined) return output;
    const nextState: CompiledState | undefined = next === state.next ? state.nextState : machine.states[next];
    if (nextState === undefined) throw new RunFailure(STATES_ERRORS.Runtime, `State '${state.name}' moves to '${next}', which does not exist.`);
    state = nextState;
    current = output;
  }
}

/** Records a visit that failed (Aborted, the failed event, its trace) and returns what to throw on. */
function visitFailed(visit: Visit, e: unknown): unknown {
  const { exec, state, frame } = visit;
  const history = exec.history;
  if (e instanceof BranchAbort) {
    // Stopped because a sibling branch or iteration failed: AWS records the state as aborted.
    history.emit({ prev: e.anchor }, `${state.type}StateAborted`, undefined, undefined, false);
    if (visit.trace) pushTrace(exec, visit, new RunFailure(undefined, 'Stopped because a sibling branch or iteration failed.'));
    return e;
  }
  reportEvaluationFailed(visit, e);
  const failure = toRunFailure(e, state.name, visit.enteredEventId);
  if (visit.failedEventType !== undefined && failure instanceof RunFailure) {
    history.emit(frame.thread, visit.failedEventType);
    visit.failedEventType = undefined;
  }
  if (visit.trace) pushTrace(exec, visit, failure);
  return failure;
}

/** A visit that succeeded: checks the output's size, records the Exited event and the trace. */
function visitSucceeded(visit: Visit, input: JsonValue, step: StateStep): void {
  const { exec, state, frame } = visit;
  // An output that is the input object itself was already measured when it came in.
  if (step.output !== input && exceedsPayloadLimit(step.output, exec.payloadLimit)) {
    const failure = new RunFailure(
      STATES_ERRORS.DataLimitExceeded,
      `The state/task '${state.name}' returned a result with a size exceeding the maximum number of bytes service limit.`,
    );
    if (visit.trace) pushTrace(exec, visit, failure);
    throw failure;
  }
  if (state.exitedType !== undefined) exec.history.stateExited(frame.thread, state.exitedType, state.name, step.output, visit.assigned);
  if (visit.trace) {
    visit.trace.output = step.output;
    if (step.next !== undefined) visit.trace.next = step.next;
    pushTrace(exec, visit, undefined);
  }
}

/** Runs a state that has Retry and/or Catch: failed attempts are retried on the virtual clock, then caught. */
function* runWithRecovery(visit: Visit, input: JsonValue): Generator<Yielded, StateStep, unknown> {
  const state = visit.state;
  const exec = visit.exec;
  const isTask = state.type === 'Task';
  const retry = state.retriers ? new RetryCounter(state.retriers) : undefined;
  for (;;) {
    try {
      if (state.handler.kind === 'sync') return state.handler.run(visit, input);
      return yield* state.handler.run(visit, input);
    } catch (e) {
      if (e instanceof BranchAbort) throw e;
      reportEvaluationFailed(visit, e);
      const failure = toRunFailure(e, state.name, visit.enteredEventId);
      if (failure instanceof RunHalt) throw failure;
      const error = failure.error ?? '';
      if (retry !== undefined) {
        const delay = retry.nextDelayMs(error, isTask, exec.random.next);
        if (delay !== null) {
          visit.failedEventType = undefined;
          exec.countRetry(state);
          yield* sleep(delay);
          visit.retryCount++;
          visit.resetContext();
          if (visit.trace) visit.trace.retries = visit.retryCount;
          continue;
        }
      }
      const catcher = state.catchers?.find((c) => errorMatches(c.ErrorEquals, error, isTask));
      if (catcher === undefined) throw failure;
      if (visit.failedEventType !== undefined) {
        exec.history.emit(visit.frame.thread, visit.failedEventType);
        visit.failedEventType = undefined;
      }
      const errorObject: JsonObject = {};
      if (failure.error !== undefined) errorObject.Error = failure.error;
      if (failure.cause !== undefined) errorObject.Cause = failure.cause;
      const output = dataFlowFor(visit).catchOutput(visit, input, errorObject, catcher);
      if (visit.trace) {
        visit.trace.outcome = 'caught';
        if (failure.error !== undefined) visit.trace.error = failure.error;
        if (failure.cause !== undefined) visit.trace.cause = failure.cause;
      }
      return { output, next: catcher.Next };
    }
  }
}

function pushTrace(exec: Execution, visit: Visit, failure: RunFailure | RunHalt | undefined): void {
  const trace = visit.trace!;
  if (failure !== undefined) {
    trace.outcome = 'failed';
    if (failure.error !== undefined) trace.error = failure.error;
    if (failure.cause !== undefined) trace.cause = failure.cause;
  }
  // Every state shows the variables it can see (after its own Assign), so the inspector can follow them.
  const variables = traceVariables(visit);
  if (visit.assigned !== undefined || Object.keys(variables).length > 0) trace.variables = variables;
  exec.traces!.push(trace);
}

// startExecution: sets up an Execution, runs the top-level machine and turns the outcome into an
// ExecutionResult (a value, never a throw, for anything the definition or input can cause).

import type { ExecutionResult, ExecutionStatus, ExecutionType, JsonObject, JsonValue, RedriveCheckpoint, StartOptions, StateMachineDefinition } from './types';
import { isoTime, parseStartTime } from './runtime/clock';
import { compileMachine, type CompiledMachine } from './runtime/compile';
import { Execution, STANDARD_HISTORY_LIMIT } from './runtime/execution';
import { newFrame, type Frame } from './runtime/frame';
import { pointOf, restoredScope } from './runtime/redrive-point';
import { RunFailure, RunHalt } from './runtime/outcome';
import { runMachine } from './runtime/run-machine';
import { VariableScope } from './runtime/scope';
import type { Thread } from './runtime/history';
import { attachEvents } from './runtime/attach-events';
import type { ContextBase } from './runtime/context-object';
import { jsonText, exceedsPayloadLimit, releaseTextCache } from './json-text';
import { stateHandlers } from './states';
import { runIdentity, type RunIdentity } from './run-identity';
import { StatesError } from './errors';
import { attachMapRuns } from './states/distributed-map/registry';
import { definitionProblems } from './definition-check';
import { Sleep, sleepOn, type Yielded } from './runtime/sleep';
import { STATES_ERRORS } from './asl/errors';

/** The top of a run: it yields sleeps (drive moves the clock) and pending task answers (awaited). */
type RunGenerator = Generator<Yielded, JsonValue, unknown>;

const isPromise = (v: unknown): v is Promise<unknown> => typeof (v as Promise<unknown> | null)?.then === 'function';

export function startExecution(
  definition: StateMachineDefinition,
  input: JsonValue = {},
  options: StartOptions = {},
): Promise<ExecutionResult> {
  return runCompiled(definition, input, options, undefined);
}

/** What compileStateMachine worked out once: the validation verdict and the compiled state table. */
export interface Precompiled {
  problems: string | null;
  machine: CompiledMachine | undefined;
  compileError: unknown;
  /** The type the machine was compiled for: it wins over any `type` in the run's options. */
  type: ExecutionType;
}

/** A redrive (lib/engine/redrive): the stopped execution's checkpoint, its result and the new attempt's time. */
export interface Resumption {
  checkpoint: RedriveCheckpoint;
  previous: ExecutionResult;
  redriveCount: number;
  redriveMs: number;
}

export function runCompiled(
  definition: StateMachineDefinition,
  input: JsonValue,
  options: StartOptions,
  pre: Precompiled | undefined,
  resumption?: Resumption,
): Promise<ExecutionResult> {
  try {
    const run = prepare(definition, input, options, pre, resumption);
    if (run instanceof Promise) return run;
    return Promise.resolve(run);
  } catch (e) {
    return Promise.reject(e);
  }
}

function prepare(
  definition: StateMachineDefinition,
  input: JsonValue,
  options: StartOptions,
  pre: Precompiled | undefined,
  resumption: Resumption | undefined,
): ExecutionResult | Promise<ExecutionResult> {
  const startMs = parseStartTime(options.startTime);
  const id = runIdentity(options, pre?.type);
  const { type, name, machineName, roleArn, machineArn, executionArn } = id;
  const startIso = isoTime(startMs);
  // $$ is built when an expression first reads it: most states of most runs never do.
  const overrides = options.context;
  const contextBase = (): ContextBase => {
    const execCtx: JsonObject = { Id: executionArn, Input: input, StartTime: startIso, Name: name, RoleArn: roleArn };
    if (type === 'STANDARD') execCtx.RedriveCount = resumption?.redriveCount ?? 0;
    // $$.Execution.RedriveTime exists only once the execution has been redriven.
    if (resumption !== undefined) execCtx.RedriveTime = new Date(resumption.redriveMs).toISOString();
    return {
      Execution: overrides?.Execution && typeof overrides.Execution === 'object' ? { ...execCtx, ...(overrides.Execution as JsonObject) } : execCtx,
      StateMachine: { Id: machineArn, Name: machineName, ...((overrides?.StateMachine as JsonObject | undefined) ?? {}) },
      overrides: overrides ? Object.fromEntries(Object.entries(overrides).filter(([k]) => k !== 'Execution' && k !== 'StateMachine')) : undefined,
    };
  };
  const timeout = typeof definition.TimeoutSeconds === 'number' ? definition.TimeoutSeconds : undefined;
  // A redriven attempt runs on the clock from the redrive; its TimeoutSeconds counts from there too.
  const exec = new Execution(options, resumption?.redriveMs ?? startMs, timeout, contextBase, input, undefined, type);
  exec.startNested = startExecution;
  const top: Thread = { prev: 0 };
  const frame = newFrame(top, [], new VariableScope(), undefined);
  const base: Base = { exec, top, frame, id, startIso, definition, input, options, startMs };
  if (resumption !== undefined) return resume(base, pre, resumption);
  if (options.inputString !== undefined) exec.history.pin(input, options.inputString);
  if (exec.history.record) {
    // The input's text only for the event: without history the size check below does not need it.
    const inputText = options.inputString ?? jsonText(input);
    exec.history.emit(top, 'ExecutionStarted', 'executionStartedEventDetails', { input: inputText, inputDetails: { truncated: false }, roleArn }, false);
  } else {
    exec.history.emit(top, 'ExecutionStarted', undefined, undefined, false);
  }
  if (exceedsPayloadLimit(input, exec.payloadLimit)) {
    return finish(base, new RunFailure(STATES_ERRORS.DataLimitExceeded, 'The execution input exceeds the maximum number of bytes service limit.'));
  }
  const problems = options.validate === false ? null : pre ? pre.problems : definitionProblems(definition, type);
  if (problems) return finish(base, new RunFailure(STATES_ERRORS.InvalidDefinition, problems));
  let gen: RunGenerator;
  try {
    if (pre?.compileError !== undefined) throw pre.compileError;
    const machine = pre?.machine ?? compileMachine(definition, stateHandlers);
    exec.history.reserve(machine.eventsSeen);
    base.machine = machine;
    gen = runMachine(exec, machine, input, frame, options.inputString);
  } catch (e) {
    return finish(base, e);
  }
  return drive(base, gen);
}

/** The redriven attempt: the old history, ExecutionRedriven, then the run from where it stopped. */
function resume(base: Base, pre: Precompiled | undefined, resumption: Resumption): ExecutionResult | Promise<ExecutionResult> {
  const { exec, top, frame } = base;
  const { previous, checkpoint } = resumption;
  exec.history.continueAfter(previous.events, previous.billing.historyEvents);
  top.prev = previous.billing.historyEvents;
  exec.history.emit(top, 'ExecutionRedriven', 'executionRedrivenEventDetails', { redriveCount: resumption.redriveCount });
  base.redrive = resumption;
  let gen: RunGenerator;
  try {
    if (pre?.compileError !== undefined) throw pre.compileError;
    const machine = pre?.machine ?? compileMachine(base.definition, stateHandlers);
    const point = checkpoint.point ?? undefined;
    restoredScope(frame.scope, point);
    gen = runMachine(exec, machine, base.input, frame, undefined, point);
  } catch (e) {
    return finish(base, e);
  }
  return drive(base, gen);
}

interface Base {
  exec: Execution;
  top: Thread;
  frame: Frame;
  id: RunIdentity;
  startIso: string;
  definition: StateMachineDefinition;
  input: JsonValue;
  options: StartOptions;
  startMs: number;
  redrive?: Resumption;
  /** The machine run, once known: finish tells it how many events this run recorded. */
  machine?: CompiledMachine;
}

/** Runs synchronously until a task handler returns a Promise; only then does the run become asynchronous. */
function drive(base: Base, gen: RunGenerator): ExecutionResult | Promise<ExecutionResult> {
  const r = step(base, gen, undefined, undefined, false);
  return isPromise(r) ? driveAsync(base, gen, r) : r;
}

/**
 * Resumes the run with `sent` (or throws `thrown` into it) and runs it until it finishes (its result) or waits
 * for a task handler's answer (that promise). Sleeps move the run's clock here (sleepOn, as ownClock does for
 * a Distributed Map child): past the deadline the timeout is thrown into the state that was waiting. (Doing it
 * here rather than through ownClock spares a generator and a generator step a run.)
 */
function step(base: Base, gen: RunGenerator, sent: unknown, thrown: unknown, hasThrown: boolean): ExecutionResult | Promise<unknown> {
  for (;;) {
    let r: IteratorResult<Yielded, JsonValue>;
    try {
      r = hasThrown ? gen.throw(thrown) : gen.next(sent);
    } catch (e) {
      return finish(base, e);
    }
    hasThrown = false;
    sent = undefined;
    if (r.done) return finish(base, undefined, r.value);
    const y = r.value;
    if (y instanceof Sleep) {
      const stopped = sleepOn(base.exec, y);
      if (stopped !== undefined) {
        thrown = stopped.halt;
        hasThrown = true;
      }
      continue;
    }
    if (isPromise(y)) return y;
    sent = y;
  }
}

async function driveAsync(base: Base, gen: RunGenerator, pending: Promise<unknown>): Promise<ExecutionResult> {
  const signal = base.exec.options.signal;
  let current: Promise<unknown> = pending;
  for (;;) {
    let value: unknown;
    let failed = false;
    let error: unknown;
    try {
      value = await withAbort(current, signal);
    } catch (e) {
      failed = true;
      error = e;
    }
    if (failed && error instanceof RunHalt) return finish(base, error);
    const r = failed ? step(base, gen, undefined, error, true) : step(base, gen, value, undefined, false);
    if (!isPromise(r)) return r;
    current = r;
  }
}

function withAbort<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return p;
  if (signal.aborted) return Promise.reject(new RunHalt('ABORTED', undefined, undefined));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new RunHalt('ABORTED', undefined, undefined));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

function finish(base: Base, failure: unknown, output?: JsonValue): ExecutionResult {
  const { exec, top } = base;
  const history = exec.history;
  let status: ExecutionStatus = 'SUCCEEDED';
  let error: string | undefined;
  let cause: string | undefined;
  if (failure === undefined) {
    history.emit(top, 'ExecutionSucceeded', 'executionSucceededEventDetails', history.record ? { output: history.text(output), outputDetails: { truncated: false } } : undefined);
  } else {
    let f: RunFailure | RunHalt;
    if (failure instanceof RunFailure || failure instanceof RunHalt) f = failure;
    else if (failure instanceof StatesError) f = new RunFailure(failure.error, failure.causeText);
    else f = new RunFailure(STATES_ERRORS.Runtime, `Internal engine error: ${failure instanceof Error ? failure.message : String(failure)}`);
    error = f.error;
    cause = f.cause;
    const details: Record<string, string> = {};
    if (error !== undefined) details.error = error;
    if (cause !== undefined) details.cause = cause;
    if (f instanceof RunHalt) status = f.status;
    else status = 'FAILED';
    const type = status === 'ABORTED' ? 'ExecutionAborted' : status === 'TIMED_OUT' ? 'ExecutionTimedOut' : 'ExecutionFailed';
    history.emit(top, type, type.charAt(0).toLowerCase() + type.slice(1) + 'EventDetails', details);
    output = undefined;
  }
  const result: ExecutionResult = {
    status,
    events: [],
    billing: {
      stateTransitions: exec.transitions,
      durationMs: exec.clock.now - exec.startMs,
      historyEvents: history.count,
      transitionsByState: exec.transitionsByState(),
    },
    executionArn: base.id.executionArn,
    startDate: base.startIso,
    stopDate: isoTime(exec.clock.now),
  };
  if (base.machine !== undefined) base.machine.eventsSeen = history.objectsHeld;
  attachEvents(result, history);
  if (output !== undefined) result.output = output;
  if (error !== undefined) result.error = error;
  if (cause !== undefined) result.cause = cause;
  if (exec.traces !== undefined) result.trace = exec.traces;
  if (base.redrive !== undefined) {
    result.redriveCount = base.redrive.redriveCount;
    result.redriveDate = new Date(base.redrive.redriveMs).toISOString();
  }
  // RedriveExecution takes Standard executions that did not succeed (API reference "RedriveExecution").
  if (status !== 'SUCCEEDED' && base.id.type === 'STANDARD') result.redrive = checkpointOf(base, exec);
  // Distributed Map runs: ExecutionResult.mapRuns and billing.childExecutions.
  attachMapRuns(exec, result);
  exec.releaseCounts();
  releaseTextCache();
  return result;
}

function checkpointOf(base: Base, exec: Execution): RedriveCheckpoint {
  const checkpoint: RedriveCheckpoint = {
    definition: base.definition,
    input: base.input,
    type: base.id.type,
    name: base.id.name,
    stateMachineName: base.id.machineName,
    roleArn: base.id.roleArn,
    accountId: base.id.account,
    region: base.id.region,
    seed: base.id.seed,
    startMs: base.startMs,
    point: pointOf(base.frame),
  };
  if (base.options.inputString !== undefined) checkpoint.inputString = base.options.inputString;
  if (base.options.context !== undefined) checkpoint.context = base.options.context;
  if (exec.history.count > STANDARD_HISTORY_LIMIT) checkpoint.historyLimitReached = true;
  return checkpoint;
}

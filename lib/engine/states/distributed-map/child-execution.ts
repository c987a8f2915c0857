// One child workflow execution of a Distributed Map: an execution of its own (own history, own virtual
// clock starting when its slot in the pool frees up, own transition count and limits: an EXPRESS child
// times out after 5 minutes, a STANDARD child fails past 25,000 history events). It reuses the runtime's
// interpreter loop; only the start and end events are written here, as startExecution writes them.

import type { ExecutionStatus, ExecutionType, HistoryEvent, JsonObject, JsonValue, StartOptions } from '../../types';
import { StatesError } from '../../errors';
import type { CompiledMachine } from '../../runtime/compile';
import { Execution } from '../../runtime/execution';
import { RunFailure, RunHalt } from '../../runtime/outcome';
import { ownClock } from '../../runtime/sleep';
import { runMachine } from '../../runtime/run-machine';
import { newFrame } from '../../runtime/frame';
import { VariableScope } from '../../runtime/scope';
import type { Thread } from '../../runtime/history';
import { jsonBytesUpTo, jsonText } from '../../json-text';
import { adoptMapRuns } from './registry';
import { STATES_ERRORS } from '../../asl/errors';

/** What every child of one Map Run shares. */
export interface ChildPlan {
  processor: CompiledMachine;
  type: ExecutionType;
  /** `arn:aws:states:<region>:<account>:<execution|express>:<machine>/<label>:` */
  arnPrefix: string;
  stateMachine: JsonObject;
  roleArn: string;
  /** Options handed to each child's Execution (tasks, signal, limits); seed and recordHistory are per child. */
  base: StartOptions;
  /** Seed of the first child; child i uses seed + i, so every child has its own random stream. */
  seed: number;
  /** The execution whose result reports this Map Run (Map Runs nested in children are moved there). */
  owner: Execution;
}

export interface ChildRun {
  name: string;
  arn: string;
  status: Exclude<ExecutionStatus, 'ABORTED'>;
  output?: JsonValue;
  error?: string;
  cause?: string;
  startMs: number;
  endMs: number;
  inputBytes: number;
  transitions: number;
  byState: Record<string, number>;
  historyEvents: number;
  /** Recorded only for kept children. */
  events: HistoryEvent[];
}

// Children of a pool often start at the same virtual millisecond: remember the last ISO text.
let lastIsoMs = Number.NaN;
let lastIso = '';
function isoOf(ms: number): string {
  if (ms !== lastIsoMs) {
    lastIsoMs = ms;
    lastIso = new Date(ms).toISOString();
  }
  return lastIso;
}

/**
 * Byte size of a child's input, counted no further than just past the quota (an item of gigabytes is not
 * serialised to learn that it is too big): exact up to `limit`, `limit + 1` past it.
 */
function inputSize(input: JsonValue, limit: number): number {
  const bytes = jsonBytesUpTo(input, limit);
  return Number.isFinite(bytes) ? bytes : limit + 1;
}

export function* runChild(
  plan: ChildPlan,
  name: string,
  input: JsonValue,
  startMs: number,
  index: number,
  record: boolean,
  /** The input's size when already known (ItemBatcher measures its batches). */
  knownBytes?: number,
): Generator<Promise<unknown>, ChildRun, unknown> {
  const arn = plan.arnPrefix + name;
  const options: StartOptions = Object.assign({ seed: plan.seed + index, recordHistory: record, type: plan.type }, plan.base);
  const execCtx: JsonObject = { Id: arn, Input: input, StartTime: isoOf(startMs), Name: name, RoleArn: plan.roleArn };
  if (plan.type === 'STANDARD') execCtx.RedriveCount = 0;
  const exec = new Execution(options, startMs, undefined, { Execution: execCtx, StateMachine: plan.stateMachine }, input, plan.owner.wallDeadline);
  exec.startNested = plan.owner.startNested;
  const history = exec.history;
  const top: Thread = { prev: 0 };
  const inputBytes = knownBytes ?? inputSize(input, exec.payloadLimit);
  if (record) {
    history.emit(top, 'ExecutionStarted', 'executionStartedEventDetails', { input: jsonText(input), inputDetails: { truncated: false }, roleArn: plan.roleArn }, false);
  } else {
    history.emit(top, 'ExecutionStarted', undefined, undefined, false);
  }
  let status: ChildRun['status'] = 'SUCCEEDED';
  let output: JsonValue | undefined;
  let error: string | undefined;
  let cause: string | undefined;
  if (inputBytes > exec.payloadLimit) {
    status = 'FAILED';
    error = STATES_ERRORS.DataLimitExceeded;
    cause = 'The execution input exceeds the maximum number of bytes service limit.';
  } else {
    try {
      // A child is an execution of its own: its Waits and tasks move its own clock.
      output = yield* ownClock(exec, runMachine(exec, plan.processor, input, newFrame(top, [], new VariableScope(), undefined)));
    } catch (e) {
      // An abort or the run's wall-clock budget stops the whole Map Run (and the parent): let it through.
      if (e instanceof RunHalt && (e.status === 'ABORTED' || e.wholeRun)) throw e;
      if (e instanceof RunHalt) {
        status = e.status === 'TIMED_OUT' ? 'TIMED_OUT' : 'FAILED';
        error = e.error;
        cause = e.cause;
      } else if (e instanceof RunFailure) {
        status = 'FAILED';
        error = e.error;
        cause = e.cause;
      } else if (e instanceof StatesError) {
        status = 'FAILED';
        error = e.error;
        cause = e.causeText;
      } else {
        status = 'FAILED';
        error = STATES_ERRORS.Runtime;
        cause = `Internal engine error: ${e instanceof Error ? e.message : String(e)}`;
      }
    }
  }
  if (status === 'SUCCEEDED') {
    history.emit(top, 'ExecutionSucceeded', 'executionSucceededEventDetails', record ? { output: jsonText(output ?? null), outputDetails: { truncated: false } } : undefined);
  } else {
    const type = status === 'TIMED_OUT' ? 'ExecutionTimedOut' : 'ExecutionFailed';
    const details: Record<string, string> = {};
    if (error !== undefined) details.error = error;
    if (cause !== undefined) details.cause = cause;
    history.emit(top, type, type === 'ExecutionTimedOut' ? 'executionTimedOutEventDetails' : 'executionFailedEventDetails', record ? details : undefined);
  }
  adoptMapRuns(exec, plan.owner);
  const run: ChildRun = {
    name,
    arn,
    status,
    startMs,
    endMs: exec.clock.now,
    inputBytes,
    transitions: exec.transitions,
    byState: exec.transitionsByState(),
    historyEvents: history.count,
    events: history.events,
  };
  if (output !== undefined) run.output = output;
  if (error !== undefined) run.error = error;
  if (cause !== undefined) run.cause = cause;
  exec.releaseCounts();
  return run;
}

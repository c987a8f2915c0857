// How a run, a branch or a state ends abnormally. A RunFailure is an ordinary state failure (Retry/Catch and
// enclosing Map/Parallel states may handle it); a RunHalt ends the whole execution at once (abort, timeout,
// engine limits) and nothing catches it.

import type { ExecutionStatus } from '../types';
import { StatesError } from '../errors';
import { STATES_ERRORS, errorNameSet } from '../asl/errors';

export class RunFailure {
  constructor(
    /** Undefined only for a Fail state that names no Error. */
    readonly error: string | undefined,
    readonly cause: string | undefined,
  ) {}
}

export class RunHalt {
  constructor(
    readonly status: Exclude<ExecutionStatus, 'SUCCEEDED'>,
    readonly error: string | undefined,
    readonly cause: string | undefined,
    /**
     * A limit of the whole run (the wall-clock budget) rather than of one execution: it ends the parent of a
     * Distributed Map child too, where an ordinary halt only fails that child.
     */
    readonly wholeRun = false,
  ) {}
}

/** Prefix AWS puts on the causes of runtime errors it raises itself (recorded in the conformance corpus). */
const PREFIXED = errorNameSet(STATES_ERRORS.Runtime, STATES_ERRORS.QueryEvaluationError, STATES_ERRORS.IntrinsicFailure);

export function toRunFailure(e: unknown, stateName: string, enteredEventId: number): RunFailure | RunHalt {
  if (e instanceof RunFailure || e instanceof RunHalt) return e;
  if (e instanceof StatesError) {
    let cause = e.causeText;
    if (PREFIXED.has(e.error) && cause !== undefined && !cause.startsWith('An error occurred while executing the state')) {
      cause = `An error occurred while executing the state '${stateName}' (entered at the event id #${enteredEventId}). ${cause}`;
    }
    return new RunFailure(e.error, cause);
  }
  const message = e instanceof Error ? e.message : String(e);
  const prefix = `An error occurred while executing the state '${stateName}' (entered at the event id #${enteredEventId}).`;
  // Data nested thousands of levels deep (an input, or what an expression built) can exhaust the stack of
  // an evaluation that walks it recursively: the data's doing, not an engine bug.
  if (e instanceof RangeError && /call stack/i.test(message)) {
    return new RunFailure(STATES_ERRORS.Runtime, `${prefix} The data is nested too deeply to be evaluated (${message}).`);
  }
  // Errors of the engine's own kinds (e.g. a malformed JSONPath in an unvalidated definition) are the
  // definition's fault; JavaScript's built-in errors mean a bug in the engine. Neither may crash the caller.
  if (e instanceof Error && !(e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError || e.constructor === Error)) {
    return new RunFailure(STATES_ERRORS.Runtime, `${prefix} ${message}`);
  }
  return new RunFailure(STATES_ERRORS.Runtime, `${prefix} Internal engine error: ${message}`);
}

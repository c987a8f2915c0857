// Runtime errors are data: a spec error name (so Retry/Catch can match on it) and a cause.
// Every part of the engine throws StatesError for a runtime failure; the interpreter turns it into a
// failed state (Retry/Catch) or a failed execution.

import type { ErrorName } from './asl/errors';

export class StatesError extends Error {
  constructor(
    /** The error name as AWS reports it: one of STATES_ERRORS, or a name a Fail state or task chose. */
    public readonly error: ErrorName,
    /** The cause text, in AWS's wording where the conformance corpus records it. */
    public readonly causeText: string | undefined,
  ) {
    super(causeText ? `${error}: ${causeText}` : error);
    this.name = 'StatesError';
  }
}

export const isStatesError = (e: unknown): e is StatesError => e instanceof StatesError;

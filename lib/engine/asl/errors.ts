// The error names the service itself raises, spelled once. Retry and Catch match on these strings, so a
// typo ('States.Timout') would silently never match: code refers to STATES_ERRORS.Timeout instead.
// https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html#error-handling-error-representation

export const STATES_ERRORS = {
  ALL: 'States.ALL',
  BranchFailed: 'States.BranchFailed',
  DataLimitExceeded: 'States.DataLimitExceeded',
  ExceedToleratedFailureThreshold: 'States.ExceedToleratedFailureThreshold',
  HeartbeatTimeout: 'States.HeartbeatTimeout',
  IntrinsicFailure: 'States.IntrinsicFailure',
  /** Not an error AWS raises in a run: CreateStateMachine's refusal, reported by startExecution as a failure. */
  InvalidDefinition: 'States.InvalidDefinition',
  ItemReaderFailed: 'States.ItemReaderFailed',
  NoChoiceMatched: 'States.NoChoiceMatched',
  ParameterPathFailure: 'States.ParameterPathFailure',
  Permissions: 'States.Permissions',
  QueryEvaluationError: 'States.QueryEvaluationError',
  ResultPathMatchFailure: 'States.ResultPathMatchFailure',
  ResultWriterFailed: 'States.ResultWriterFailed',
  Runtime: 'States.Runtime',
  TaskFailed: 'States.TaskFailed',
  Timeout: 'States.Timeout',
} as const;

/** One of the service's own error names. */
export type StatesErrorName = (typeof STATES_ERRORS)[keyof typeof STATES_ERRORS];

/** An error a state can fail with: the service's own, or any name a Fail state or a task chooses. */
export type ErrorName = StatesErrorName | (string & {});

/** The names a run can raise, so the ones Retry and Catch can match (States.InvalidDefinition is not one). */
export const RUNTIME_ERROR_NAMES: readonly string[] = Object.values(STATES_ERRORS).filter((n) => n !== STATES_ERRORS.InvalidDefinition);

/** A set of error names typed as strings, so any error name can be looked up in it. */
export const errorNameSet = (...names: StatesErrorName[]): ReadonlySet<string> => new Set<string>(names);

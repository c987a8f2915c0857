// Which Retry/Catch entry an error matches, per the spec's "Errors" section and what AWS does:
// States.ALL matches everything except States.Runtime and States.DataLimitExceeded (those end the run
// unless named explicitly); States.TaskFailed matches any error a Task raises except States.Timeout.

import { STATES_ERRORS, errorNameSet } from '../asl/errors';

const NOT_CAUGHT_BY_ALL = errorNameSet(STATES_ERRORS.Runtime, STATES_ERRORS.DataLimitExceeded);
const NOT_TASK_FAILED = errorNameSet(STATES_ERRORS.Timeout, STATES_ERRORS.Runtime, STATES_ERRORS.DataLimitExceeded, STATES_ERRORS.HeartbeatTimeout);

export function errorMatches(errorEquals: readonly string[], error: string, raisedByTask: boolean): boolean {
  for (const name of errorEquals) {
    if (name === error) return true;
    if (name === STATES_ERRORS.ALL && !NOT_CAUGHT_BY_ALL.has(error)) return true;
    if (name === STATES_ERRORS.TaskFailed && raisedByTask && !NOT_TASK_FAILED.has(error)) return true;
  }
  return false;
}

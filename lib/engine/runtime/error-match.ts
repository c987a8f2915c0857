// Which Retry/Catch entry an error matches, per the spec's "Errors" section and what AWS does:
// States.ALL matches everything except States.Runtime and States.DataLimitExceeded (those end the run
// unless named explicitly); States.TaskFailed matches any error a Task raises except States.Timeout.

const NOT_CAUGHT_BY_ALL = new Set(['States.Runtime', 'States.DataLimitExceeded']);
const NOT_TASK_FAILED = new Set(['States.Timeout', 'States.Runtime', 'States.DataLimitExceeded', 'States.HeartbeatTimeout']);

export function errorMatches(errorEquals: readonly string[], error: string, raisedByTask: boolean): boolean {
  for (const name of errorEquals) {
    if (name === error) return true;
    if (name === 'States.ALL' && !NOT_CAUGHT_BY_ALL.has(error)) return true;
    if (name === 'States.TaskFailed' && raisedByTask && !NOT_TASK_FAILED.has(error)) return true;
  }
  return false;
}

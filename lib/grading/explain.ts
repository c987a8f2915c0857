// Plain-language descriptions of a run and of the Retry/Catch that shaped it, for feedback such as
// "it failed at 'ConvertWithGlue' after 2 attempts with Glue.AWSGlueException: its Retry on States.ALL has
// MaxAttempts 1". Which retrier applies follows the engine's own matching (States.ALL, States.TaskFailed).
import { errorMatches } from '../engine/runtime/error-match';
import type { MapRunSummary, StateDefinition } from '../engine/types';
import { STATES_ERRORS } from '../engine/asl/errors';
import type { Observation } from './observation';

interface RetrierLike {
  ErrorEquals?: unknown;
  MaxAttempts?: unknown;
}
interface CatcherLike {
  ErrorEquals?: unknown;
  Next?: unknown;
}

const quote = (name: string) => `'${name}'`;

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function errorList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function isTask(state: StateDefinition | undefined): boolean {
  return state?.Type === 'Task';
}

/** The Retry entry that handles `error` at this state, as the engine picks it (the first that matches). */
function matchingRetrier(state: StateDefinition, error: string): RetrierLike | undefined {
  const retry = Array.isArray(state.Retry) ? (state.Retry as RetrierLike[]) : [];
  return retry.find((r) => errorMatches(errorList(r.ErrorEquals), error, isTask(state)));
}

function maxAttemptsText(r: RetrierLike): string {
  if (typeof r.MaxAttempts !== 'number') return 'MaxAttempts 3 (the default, as it sets none)';
  return r.MaxAttempts === 0 ? 'MaxAttempts 0, so it never retries' : `MaxAttempts ${r.MaxAttempts}`;
}

/** "it has no Retry", "its Retry does not cover X", "its Retry on States.ALL has MaxAttempts 3". */
export function describeRetry(state: StateDefinition | undefined, error: string | undefined): string {
  if (!state) return '';
  const retry = Array.isArray(state.Retry) ? (state.Retry as RetrierLike[]) : [];
  if (retry.length === 0) return 'it has no Retry';
  if (error === undefined) {
    return retry.length === 1 ? `its Retry has ${maxAttemptsText(retry[0]!)}` : `its Retry has ${retry.length} entries (${retry.map((r) => `${errorList(r.ErrorEquals).join(', ')}: ${maxAttemptsText(r)}`).join('; ')})`;
  }
  const r = matchingRetrier(state, error);
  if (!r) {
    const covered = retry.flatMap((x) => errorList(x.ErrorEquals));
    return `its Retry does not cover ${error} (it retries ${covered.join(', ') || 'nothing'})`;
  }
  return `its Retry on ${errorList(r.ErrorEquals).join(', ')} has ${maxAttemptsText(r)}`;
}

/** "no Catch handles it", "its Catch does not cover X", "its Catch on States.ALL goes to 'AlertTeam'". */
export function describeCatch(state: StateDefinition | undefined, error: string | undefined): string {
  if (!state) return '';
  const catches = Array.isArray(state.Catch) ? (state.Catch as CatcherLike[]) : [];
  if (catches.length === 0) return 'it has no Catch';
  if (error === undefined) return `its Catch goes to ${catches.map((c) => quote(String(c.Next))).join(' or ')}`;
  const c = catches.find((x) => errorMatches(errorList(x.ErrorEquals), error, isTask(state)));
  if (!c) return `its Catch does not cover ${error}`;
  return `its Catch on ${errorList(c.ErrorEquals).join(', ')} goes to ${quote(String(c.Next))}`;
}

/** The error a state raised most often in this run (what its Retry was judged on). */
export function mainError(obs: Observation, state: string): string | undefined {
  const errors = obs.errors.get(state);
  if (!errors?.length) return undefined;
  const counts = new Map<string, number>();
  for (const e of errors) counts.set(e, (counts.get(e) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

function caughtText(obs: Observation): string {
  return obs.caught
    .map((c) => `${quote(c.state)} failed with ${c.error} after ${plural(c.attempts, 'attempt')} and its Catch went to ${c.next ? quote(c.next) : 'the next state'}`)
    .join(', then ');
}

const TRANSITION_CAP = /maxTransitions/;
/** The engine's causes start by naming the state, which the sentence already does. */
const ENGINE_CAUSE_PREFIX = /^An error occurred while executing the state '[^']*' \(entered at the event id #\d+\)\. /;

/** One clause saying how the run went: "it ended SUCCEEDED after ...", "it failed at 'X' after 2 attempts ...". */
export function describeRun(obs: Observation): string {
  const r = obs.result;
  const caught = caughtText(obs);
  if (r.status === 'SUCCEEDED') return `it ended SUCCEEDED${caught ? ` after ${caught}` : ''}`;
  if (r.cause && TRANSITION_CAP.test(r.cause)) {
    return `it was stopped after ${plural(r.billing.stateTransitions - 1, 'state transition')}: it seems to loop without end`;
  }
  const f = obs.failure;
  const status = r.status;
  if (status === 'TIMED_OUT') {
    const limit = typeof obs.definition.TimeoutSeconds === 'number' ? `its TimeoutSeconds of ${obs.definition.TimeoutSeconds.toLocaleString('en-US')}` : 'the longest an execution of its type may run';
    return `${prefix(caught)}the execution timed out after ${durationText(r.billing.durationMs)}${f ? ` while in ${quote(f.state)}` : ''}, at ${limit}`;
  }
  if (!f) return `it ended ${status}${r.error ? ` with ${r.error}` : ''}${r.cause ? ` (${truncate(r.cause, 160)})` : ''}`;
  const within = f.within ? ` inside ${quote(f.within)}` : '';
  if (f.type === 'Fail') {
    return `it ended ${status} at Fail state ${quote(f.state)}${within}${f.error ? ` with ${f.error}` : ''}${caught ? ` after ${caught}` : ''}`;
  }
  const state = obs.states.get(f.state);
  if (f.error === STATES_ERRORS.ExceedToleratedFailureThreshold) {
    const run = obs.result.mapRuns?.find((m) => m.stateName === f.state);
    if (run) return `${prefix(caught)}it failed at ${quote(f.state)}${within}: ${describeMapRunFailures(run)}`;
  }
  if (f.error === STATES_ERRORS.DataLimitExceeded) {
    return `${prefix(caught)}it failed at ${quote(f.state)}${within} with States.DataLimitExceeded: a result or an input there is larger than the 256 KiB payload quota`;
  }
  const retry = describeRetry(state, f.error);
  const catchText = f.error ? describeCatch(state, f.error) : '';
  const why = retry === 'it has no Retry' && catchText === 'it has no Catch' ? 'it has neither a Retry nor a Catch' : [retry, catchText].filter(Boolean).join(', and ');
  const causeText = f.error === STATES_ERRORS.Runtime && f.cause ? ` (${truncate(f.cause.replace(ENGINE_CAUSE_PREFIX, ''), 240)})` : '';
  return `${prefix(caught)}it failed at ${quote(f.state)}${within} after ${plural(f.attempts, 'attempt')}${f.error ? ` with ${f.error}` : ''}${causeText}${why ? `: ${why}` : ''}`;
}

/** "45 s", "12 min", "3.5 h", "365 days". */
export function durationText(ms: number): string {
  const s = ms / 1000;
  if (s < 120) return `${+s.toFixed(1)} s`;
  if (s < 7200) return `${+(s / 60).toFixed(1)} min`;
  if (s < 172_800) return `${+(s / 3600).toFixed(1)} h`;
  return `${+(s / 86_400).toFixed(1)} days`;
}

function prefix(caught: string): string {
  return caught ? `${caught}; then ` : '';
}

/** "1 of 20 items failed (5%, with InvalidInvoiceError), more than it tolerates (ToleratedFailurePercentage 0)". */
export function describeMapRunFailures(run: MapRunSummary): string {
  const failed = run.itemCounts.failed + run.itemCounts.timedOut;
  const total = run.itemCounts.total;
  const share = total ? Math.round((1000 * failed) / total) / 10 : 0;
  const errors = [...new Set(run.children.filter((c) => c.status !== 'SUCCEEDED' && c.error).map((c) => c.error!))];
  const tolerated = [
    run.toleratedFailurePercentage ? `ToleratedFailurePercentage ${run.toleratedFailurePercentage}` : '',
    run.toleratedFailureCount ? `ToleratedFailureCount ${run.toleratedFailureCount}` : '',
  ].filter(Boolean);
  const limit = tolerated.length ? tolerated.join(', ') : 'no failure at all, as it sets no ToleratedFailurePercentage or ToleratedFailureCount';
  return `${failed.toLocaleString('en-US')} of ${plural(total, 'item')} failed (${share}%${errors.length ? `, with ${errors.slice(0, 3).join(', ')}` : ''}), more than it tolerates (${limit})`;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A JSON value short enough for a sentence. */
export function brief(value: unknown, max = 120): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return truncate(text ?? 'nothing', max);
}

// The path the run took: states entered or avoided, attempts per state (retries included), errors caught.
import type { Expectations } from '../../content/scenario-schema';
import { describeCatch, describeRetry, describeRun, mainError, plural } from '../explain';
import type { CheckResult } from '../types';
import { fail, pass, quote, type CheckContext } from './context';

export function checkVisited(states: string[], { obs }: CheckContext): CheckResult[] {
  return states.map((s) =>
    obs.visits.has(s) ? pass('visited', `the run entered ${quote(s)}`) : fail('visited', `the run should enter ${quote(s)}, but it never did: ${describeRun(obs)}`),
  );
}

export function checkNotVisited(states: string[], { obs }: CheckContext): CheckResult[] {
  return states.map((s) => {
    if (!obs.visits.has(s)) return pass('notVisited', `the run never entered ${quote(s)}`);
    const n = obs.visits.get(s)!;
    return fail('notVisited', `the run should never enter ${quote(s)}, but it entered it${n > 1 ? ` ${plural(n, 'time')}` : ''}; ${describeRun(obs)}`);
  });
}

type AttemptsSpec = NonNullable<Expectations['attempts']>[string];

function wanted(spec: AttemptsSpec): { text: string; ok: (n: number) => boolean } {
  if (typeof spec === 'number') return { text: spec === 1 ? 'once' : `${spec} times`, ok: (n) => n === spec };
  const { min, max } = spec;
  if (min !== undefined && max !== undefined) return { text: `${min} to ${max} times`, ok: (n) => n >= min && n <= max };
  if (min !== undefined) return { text: `at least ${plural(min, 'time')}`, ok: (n) => n >= min };
  if (max !== undefined) return { text: `at most ${plural(max, 'time')}`, ok: (n) => n <= max };
  return { text: 'any number of times', ok: () => true };
}

export function checkAttempts(attempts: Record<string, AttemptsSpec>, { obs }: CheckContext): CheckResult[] {
  return Object.entries(attempts).map(([state, spec]) => {
    const w = wanted(spec);
    const n = obs.attempts.get(state) ?? 0;
    if (w.ok(n)) return pass('attempts', `${quote(state)} was attempted ${n === 1 ? 'once' : `${n} times`}`);
    if (n === 0) return fail('attempts', `${quote(state)} should be attempted ${w.text}, but the run never reached it: ${describeRun(obs)}`);
    const visits = obs.visits.get(state) ?? 0;
    if (visits > 1 && n === visits) {
      // Entered again and again without retries: a loop, not a Retry, made the attempts.
      return fail('attempts', `${quote(state)} should be attempted ${w.text}, but the run entered it ${visits} times; ${describeRun(obs)}`);
    }
    const error = mainError(obs, state);
    const why = describeRetry(obs.states.get(state), error);
    const errorText = error ? ` (it failed with ${error})` : '';
    return fail('attempts', `${quote(state)} should be attempted ${w.text}, but it was attempted ${n === 1 ? 'once' : `${n} times`}${errorText}${why ? `: ${why}` : ''}`);
  });
}

export function checkCaught(expected: NonNullable<Expectations['caught']>, { obs }: CheckContext): CheckResult[] {
  return expected.map(({ state, error }) => {
    const what = error ?? 'its error';
    const hit = obs.caught.find((c) => c.state === state && (error === undefined || c.error === error));
    if (hit) return pass('caught', `a Catch on ${quote(state)} handled ${hit.error}`);
    const other = obs.caught.find((c) => c.state === state);
    if (other) return fail('caught', `a Catch on ${quote(state)} should handle ${what}, but it handled ${other.error} instead`);
    if (obs.failure?.state === state) {
      const why = describeCatch(obs.states.get(state), obs.failure.error);
      return fail('caught', `a Catch on ${quote(state)} should handle ${what}, but nothing caught it${why ? `: ${why}` : ''}; ${describeRun(obs)}`);
    }
    if (!obs.visits.has(state)) return fail('caught', `a Catch on ${quote(state)} should handle ${what}, but the run never reached ${quote(state)}: ${describeRun(obs)}`);
    return fail('caught', `a Catch on ${quote(state)} should handle ${what}, but ${quote(state)} never failed for good: ${describeRun(obs)}`);
  });
}

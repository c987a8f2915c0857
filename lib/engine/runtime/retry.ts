// Retry bookkeeping for one state visit: each retrier counts its own attempts, the wait grows by BackoffRate,
// is capped by MaxDelaySeconds and, with JitterStrategy FULL, is drawn uniformly below that cap from the
// run's seeded random source. Defaults (IntervalSeconds 1, MaxAttempts 3, BackoffRate 2.0) are the spec's.

import { errorMatches } from './error-match';

export interface Retrier {
  ErrorEquals: string[];
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
  JitterStrategy?: 'FULL' | 'NONE';
}

export class RetryCounter {
  private readonly attempts: number[];

  constructor(private readonly retriers: readonly Retrier[]) {
    this.attempts = retriers.map(() => 0);
  }

  /** Milliseconds to wait before the next attempt, or null when the error is not (or no longer) retried. */
  nextDelayMs(error: string, raisedByTask: boolean, random: () => number): number | null {
    for (let i = 0; i < this.retriers.length; i++) {
      const r = this.retriers[i]!;
      if (!errorMatches(r.ErrorEquals, error, raisedByTask)) continue;
      const maxAttempts = r.MaxAttempts ?? 3;
      const done = this.attempts[i]!;
      if (done >= maxAttempts) return null;
      this.attempts[i] = done + 1;
      return retryDelayMs(r, done, random);
    }
    return null;
  }
}

/**
 * Longest back-off computed, in seconds: far past any execution's deadline (a Standard run lasts at most a
 * year), yet finite, so `IntervalSeconds: 99999999, BackoffRate: 2` over many attempts cannot overflow to
 * Infinity (or to NaN once jitter multiplies it by 0) and simply times the run out.
 */
const MAX_BACKOFF_SECONDS = 1e12;

export function retryDelayMs(r: Retrier, attempt: number, random: () => number): number {
  const interval = r.IntervalSeconds ?? 1;
  const rate = r.BackoffRate ?? 2;
  let seconds = interval * Math.pow(rate, attempt);
  if (!(seconds <= MAX_BACKOFF_SECONDS)) seconds = MAX_BACKOFF_SECONDS;
  if (r.MaxDelaySeconds !== undefined && seconds > r.MaxDelaySeconds) seconds = r.MaxDelaySeconds;
  if (r.JitterStrategy === 'FULL') seconds = random() * seconds;
  return Math.round(seconds * 1000);
}

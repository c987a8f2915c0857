import { describe, expect, it } from 'vitest';
import { retryDelayMs, RetryCounter } from './retry';
import { errorMatches } from './error-match';

describe('retry delays', () => {
  it('uses the spec defaults: 1 s, x2, 3 attempts', () => {
    const c = new RetryCounter([{ ErrorEquals: ['E'] }]);
    const r = () => 0.5;
    expect([c.nextDelayMs('E', false, r), c.nextDelayMs('E', false, r), c.nextDelayMs('E', false, r), c.nextDelayMs('E', false, r)]).toEqual([1000, 2000, 4000, null]);
  });

  it('caps at MaxDelaySeconds and scales by the random draw with FULL jitter', () => {
    expect(retryDelayMs({ ErrorEquals: ['E'], IntervalSeconds: 10, BackoffRate: 10, MaxDelaySeconds: 50 }, 3, () => 0)).toBe(50_000);
    expect(retryDelayMs({ ErrorEquals: ['E'], IntervalSeconds: 10, JitterStrategy: 'FULL' }, 1, () => 0.25)).toBe(5000);
  });

  it('never retries with MaxAttempts 0 and counts attempts per retrier', () => {
    const c = new RetryCounter([{ ErrorEquals: ['A'], MaxAttempts: 0 }, { ErrorEquals: ['States.ALL'], MaxAttempts: 1 }]);
    expect(c.nextDelayMs('A', false, Math.random)).toBeNull();
    expect(c.nextDelayMs('B', false, Math.random)).toBe(1000);
    expect(c.nextDelayMs('B', false, Math.random)).toBeNull();
  });
});

describe('error matching', () => {
  it('States.ALL matches everything except States.Runtime and States.DataLimitExceeded', () => {
    expect(errorMatches(['States.ALL'], 'Custom', false)).toBe(true);
    expect(errorMatches(['States.ALL'], 'States.Runtime', false)).toBe(false);
    expect(errorMatches(['States.ALL'], 'States.DataLimitExceeded', false)).toBe(false);
  });

  it('States.TaskFailed matches Task errors except States.Timeout', () => {
    expect(errorMatches(['States.TaskFailed'], 'Lambda.ServiceException', true)).toBe(true);
    expect(errorMatches(['States.TaskFailed'], 'States.Timeout', true)).toBe(false);
    expect(errorMatches(['States.TaskFailed'], 'Custom', false)).toBe(false);
  });
});

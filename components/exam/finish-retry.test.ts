import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeFinish, FinishRetry, retryDelayMs, RETRY_BASE_MS, RETRY_CAP_MS, type FinishResult, type FinishState } from './finish-retry';

describe('retryDelayMs', () => {
  it('doubles from the base, stops at the cap, and keeps the jitter within the upper half of each step', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, () => 1))).toEqual([RETRY_BASE_MS, 2 * RETRY_BASE_MS, 4 * RETRY_BASE_MS, 8 * RETRY_BASE_MS]);
    expect([1, 2, 3].map((n) => retryDelayMs(n, () => 0))).toEqual([RETRY_BASE_MS / 2, RETRY_BASE_MS, 2 * RETRY_BASE_MS]);
    expect(retryDelayMs(30, () => 1)).toBe(RETRY_CAP_MS);
    expect(retryDelayMs(30, () => 0)).toBe(RETRY_CAP_MS / 2);
    for (let i = 0; i < 200; i++) {
      const d = retryDelayMs(3, Math.random);
      expect(d).toBeGreaterThanOrEqual(2 * RETRY_BASE_MS);
      expect(d).toBeLessThanOrEqual(4 * RETRY_BASE_MS);
    }
  });
});

describe('FinishRetry', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A finish() that fails (network) `failures` times, then answers `then`. */
  function server(failures: number, then: FinishResult = { status: 'finished' }) {
    const calls: number[] = [];
    const finish = vi.fn(async () => {
      calls.push(Date.now());
      if (calls.length <= failures) throw new TypeError('Failed to fetch');
      return then;
    });
    return { finish, calls };
  }

  function start(finish: () => Promise<FinishResult>) {
    const states: FinishState[] = [];
    const c = new FinishRetry({ finish, onState: (s) => states.push(s), random: () => 1 });
    return { c, states };
  }

  it('backs off 2 s, 4 s, 8 s between tries and stops once the server has recorded the exam', async () => {
    const { finish, calls } = server(3);
    const { c, states } = start(finish);
    const t0 = Date.now();
    c.submit();
    await vi.advanceTimersByTimeAsync(0);
    expect(c.current).toMatchObject({ status: 'waiting', attempt: 1, retryAt: t0 + 2_000 });
    expect(describeFinish(c.current, t0 + 1)).toMatch(/Submitting… retrying in 2 s\.$/);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(finish).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(finish).toHaveBeenCalledTimes(2);
    expect(c.current).toMatchObject({ status: 'waiting', attempt: 2 });
    expect(describeFinish(c.current, Date.now())).toMatch(/retrying in 4 s\.$/);
    await vi.advanceTimersByTimeAsync(4_000 + 8_000);
    expect(finish).toHaveBeenCalledTimes(4);
    expect(c.current).toEqual({ status: 'finished' });
    expect(calls.map((t) => t - t0)).toEqual([0, 2_000, 6_000, 14_000]);

    // Recorded: no more tries, whatever the clock or the runner's ticks do.
    c.submit();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(finish).toHaveBeenCalledTimes(4);
    expect(states.map((s) => s.status)).toEqual(['submitting', 'waiting', 'submitting', 'waiting', 'submitting', 'waiting', 'submitting', 'finished']);
  });

  it('ignores repeated submits while a try is in flight (the runner asks every second at 0:00)', async () => {
    let resolve: (r: FinishResult) => void = () => {};
    const finish = vi.fn(() => new Promise<FinishResult>((r) => (resolve = r)));
    const { c } = start(finish);
    c.submit();
    c.submit();
    c.submit();
    expect(finish).toHaveBeenCalledTimes(1);
    resolve({ status: 'finished' });
    await vi.advanceTimersByTimeAsync(0);
    expect(c.current.status).toBe('finished');
  });

  it('"Try now" while waiting tries at once and cancels the scheduled retry', async () => {
    const { finish } = server(1);
    const { c } = start(finish);
    c.submit();
    await vi.advanceTimersByTimeAsync(0);
    expect(c.current.status).toBe('waiting');
    c.submit();
    await vi.advanceTimersByTimeAsync(0);
    expect(c.current).toEqual({ status: 'finished' });
    await vi.advanceTimersByTimeAsync(RETRY_CAP_MS);
    expect(finish).toHaveBeenCalledTimes(2);
  });

  it('does not retry an answer that will not change, and says why', async () => {
    const { finish } = server(0, { status: 'invalid', message: 'No such exam.' });
    const { c } = start(finish);
    c.submit();
    await vi.advanceTimersByTimeAsync(RETRY_CAP_MS * 3);
    expect(finish).toHaveBeenCalledTimes(1);
    expect(c.current).toEqual({ status: 'failed', message: 'No such exam.' });
    expect(describeFinish(c.current, Date.now())).toBe('No such exam.');
  });

  it('stops retrying once disposed (the page was left)', async () => {
    const { finish } = server(99);
    const { c } = start(finish);
    c.submit();
    await vi.advanceTimersByTimeAsync(0);
    c.dispose();
    await vi.advanceTimersByTimeAsync(RETRY_CAP_MS * 5);
    expect(finish).toHaveBeenCalledTimes(1);
  });
});

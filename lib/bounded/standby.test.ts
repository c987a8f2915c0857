// Standby workers (standby.ts, issue 12): warmed ahead of time on a built-in input, used for ONE run, then
// terminated; a run finds a fresh worker when no standby is ready. Real worker threads on the real bundles.

import { afterEach, describe, expect, it } from 'vitest';
import { runBounded } from './run';
import { dropStandby, keepStandby, standbyReady, standbyState } from './standby';
import { boundedSlots } from './slots';
import type { SelfTestRequest } from './entries/self-test';

const run = (request: SelfTestRequest, timeoutMs = 5000) => runBounded<unknown>('self-test', request, { timeoutMs });
const warmUp = (): SelfTestRequest => ({ kind: 'remember', value: 'warm-up' });

afterEach(async () => {
  await dropStandby('self-test');
});

describe('standby workers', () => {
  it('serves each run from a standby used once: what one run leaves is not seen by the next', async () => {
    keepStandby('self-test', warmUp);
    await standbyReady('self-test');
    const first = await run({ kind: 'remember', value: 'secret of run 1' });
    // The standby ran the warm-up (built-in data) and nothing else before this run.
    expect(first).toMatchObject({ ok: true, value: 'warm-up', worker: 'standby' });
    await expect.poll(() => standbyState('self-test'), { timeout: 10_000 }).toBe('ready');
    const second = await run({ kind: 'remember', value: 'secret of run 2' });
    expect(second).toMatchObject({ ok: true, value: 'warm-up', worker: 'standby' });
    expect(second.ok && second.value).not.toBe('secret of run 1');
  });

  it('terminates an endless loop served by a standby at its budget, counted from the hand-over', async () => {
    keepStandby('self-test', warmUp);
    await standbyReady('self-test');
    const started = Date.now();
    const r = await run({ kind: 'spin', label: "state 'Forever'" }, 1000);
    const took = Date.now() - started;
    expect(r).toMatchObject({ ok: false, reason: 'timeout', worker: 'standby', lastReport: "state 'Forever'" });
    expect(took).toBeGreaterThanOrEqual(950);
    expect(took).toBeLessThan(10_000);
    // The next run gets a new standby (warmed once the terminated one has exited), and it works.
    await expect.poll(() => standbyState('self-test'), { timeout: 10_000 }).toBe('ready');
    expect(await run({ kind: 'echo', value: 7 })).toMatchObject({ ok: true, value: 7, worker: 'standby' });
  });

  it('does not let the warm-up label pass for the run’s own', async () => {
    keepStandby('self-test', () => ({ kind: 'echo', value: 1 }) satisfies SelfTestRequest);
    await standbyReady('self-test');
    const r = await run({ kind: 'spin' }, 500);
    expect(r).toMatchObject({ ok: false, reason: 'timeout', worker: 'standby' });
    expect(r.ok === false && r.lastReport).toBeFalsy();
  });

  it('falls back to a fresh worker when no standby is ready, and when the limits differ', async () => {
    keepStandby('self-test', warmUp);
    // Not awaited: the standby is still warming, so this run starts its own worker.
    const during = await run({ kind: 'remember', value: 'x' });
    expect(during).toMatchObject({ ok: true, value: null, worker: 'fresh' });
    await standbyReady('self-test');
    const other = await runBounded<unknown>('self-test', { kind: 'echo', value: 2 }, { timeoutMs: 5000, maxHeapMb: 64 });
    expect(other).toMatchObject({ ok: true, value: 2, worker: 'fresh' });
    await dropStandby('self-test');
    expect(await run({ kind: 'echo', value: 3 })).toMatchObject({ ok: true, value: 3, worker: 'fresh' });
  });

  it('answers bad input as a value on a standby too', async () => {
    keepStandby('self-test', warmUp);
    await standbyReady('self-test');
    const r = await runBounded('self-test', { kind: 'echo', value: () => 1 }, { timeoutMs: 5000 });
    expect(r).toMatchObject({ ok: false, reason: 'crashed', worker: 'standby' });
    expect(r.ok === false && r.message).toMatch(/could not start/);
    await expect.poll(() => boundedSlots.running, { timeout: 10_000 }).toBe(0);
  });
});

// The bounded-run contract: a value comes back, or why not (timeout, memory, crashed), and the caller is
// never held past its budget. Each test starts real worker threads on the real bundles.

import { describe, expect, it } from 'vitest';
import { runBounded } from './run';
import type { SelfTestRequest } from './entries/self-test';

const run = (request: SelfTestRequest, timeoutMs = 5000, maxHeapMb?: number) =>
  runBounded<unknown>('self-test', request, { timeoutMs, ...(maxHeapMb !== undefined ? { maxHeapMb } : {}) });

describe('runBounded', () => {
  it('returns the value the worker produced', async () => {
    const r = await run({ kind: 'echo', value: { a: [1, 'two', null], b: { c: true } } });
    expect(r).toMatchObject({ ok: true, value: { a: [1, 'two', null], b: { c: true } } });
  });

  it('terminates a loop that never yields at its budget and reports the last label', async () => {
    const started = Date.now();
    const r = await run({ kind: 'spin', label: "state 'Forever'" }, 1500);
    const took = Date.now() - started;
    expect(r).toMatchObject({ ok: false, reason: 'timeout', lastReport: "state 'Forever'" });
    expect(r.ok === false && r.message).toMatch(/wall-clock budget of 1.5 s/);
    // Not a speed target: only that the caller got control back soon after the budget, not never.
    expect(took).toBeGreaterThanOrEqual(1400);
    expect(took).toBeLessThan(10_000);
  });

  it('terminates a catastrophically backtracking regular expression from outside', async () => {
    const r = await run({ kind: 'regex', length: 60 }, 1500);
    expect(r).toMatchObject({ ok: false, reason: 'timeout' });
  });

  it('stops a worker at its heap limit', async () => {
    const r = await run({ kind: 'allocate' }, 30_000, 64);
    expect(r).toMatchObject({ ok: false, reason: 'memory' });
    expect(r.ok === false && r.message).toMatch(/64 MiB/);
  });

  it('turns an error thrown by the work into a crash with its message', async () => {
    const r = await run({ kind: 'throw', message: 'bad thing' });
    expect(r).toMatchObject({ ok: false, reason: 'crashed', message: 'RangeError: bad thing' });
  });

  it('reports a worker that exits without answering', async () => {
    const r = await run({ kind: 'exit' });
    expect(r).toMatchObject({ ok: false, reason: 'crashed' });
    expect(r.ok === false && r.message).toMatch(/exited \(code 3\)/);
  });

  it('reports a value that cannot be sent back instead of waiting for it', async () => {
    const r = await run({ kind: 'unclonable' });
    expect(r).toMatchObject({ ok: false, reason: 'crashed' });
    expect(r.ok === false && r.message).toMatch(/cannot be sent back/);
  });

  it('reports an input that cannot be sent to the worker', async () => {
    const r = await runBounded('self-test', { kind: 'echo', value: () => 1 }, { timeoutMs: 5000 });
    expect(r).toMatchObject({ ok: false, reason: 'crashed' });
    expect(r.ok === false && r.message).toMatch(/could not start/);
  });

  it("gives the worker none of the caller's environment variables", async () => {
    process.env.STEPWISE_BOUNDED_SECRET = 'x';
    try {
      const r = await run({ kind: 'env' });
      expect(r.ok && r.value).toEqual([]);
    } finally {
      delete process.env.STEPWISE_BOUNDED_SECRET;
    }
  });
});

// The bookkeeping of issue 16's load protocol (the load itself needs a production build: run the script).
import { describe, expect, it } from 'vitest';
import { summarize } from '../bench-progress.mjs';
import { addressFor, findSaturation, runPaced, spanBreakdown, updateJar } from './bench-protocol.mjs';

const response = (...cookies: string[]) => {
  const headers = new Headers();
  for (const c of cookies) headers.append('set-cookie', c);
  return { headers };
};

describe('bench protocol', () => {
  it('keeps a cookie jar as a browser would: set, replace, and drop on an expired cookie', () => {
    const jar = updateJar(new Map(), response('stepwise.session_token=abc.sig; Path=/; HttpOnly', 'stepwise.session_data=one; Max-Age=60'));
    expect([...jar]).toEqual([
      ['stepwise.session_token', 'abc.sig'],
      ['stepwise.session_data', 'one'],
    ]);
    updateJar(jar, response('stepwise.session_data=two; Max-Age=60'));
    expect(jar.get('stepwise.session_data')).toBe('two');
    updateJar(jar, response('stepwise.session_data=; Max-Age=0'));
    expect(jar.has('stepwise.session_data')).toBe(false);
    expect(jar.get('stepwise.session_token')).toBe('abc.sig');
  });

  it('gives each learner its own address', () => {
    expect(new Set(Array.from({ length: 600 }, (_, i) => addressFor(i))).size).toBe(600);
  });

  it('stops the saturation search at the first level whose p95 passes the limit, keeping the last one under it', async () => {
    // A fake server: latency grows with concurrency (10 ms per concurrent learner).
    const runLoad = async (clients: unknown[], { durationMs }: { durationMs: number }) => ({
      results: Array.from({ length: 20 }, () => ({ ms: clients.length * 10, ok: true, status: 200, message: null })),
      elapsedMs: durationMs,
    });
    const clients = Array.from({ length: 50 }, (_, i) => i);
    const found = await findSaturation(clients, { levels: [1, 4, 8, 16, 32], stepMs: 1000, p95LimitMs: 100, runLoad, summarize });
    expect(found.rows.map((r) => r.concurrency)).toEqual([1, 4, 8, 16]);
    expect(found.saturatedAt).toMatchObject({ concurrency: 16, p95: 160, throughput: 20, lastUnder: { concurrency: 8, p95: 80 } });
    const never = await findSaturation(clients.slice(0, 4), { levels: [1, 4, 8], stepMs: 1000, p95LimitMs: 100, runLoad, summarize });
    expect(never.saturatedAt).toBeNull();
    expect(never.rows.map((r) => r.concurrency)).toEqual([1, 4]);
  });

  it('paces each learner to about one request per interval, never two at once', async () => {
    let inFlight = 0;
    let most = 0;
    const client = {
      async write() {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight -= 1;
        return { ok: true, status: 200, message: null };
      },
    };
    const { results } = await runPaced([client], { durationMs: 1000, intervalMs: 100 });
    expect(most).toBe(1);
    // A random first delay of up to one interval, then one request per 90-110 ms: at most 1 + 1000/90.
    // (A loaded machine only delays timers, so the lower bound is loose.)
    expect(results.length).toBeGreaterThanOrEqual(4);
    expect(results.length).toBeLessThanOrEqual(12);
  });

  it('divides the server spans recorded between two snapshots by the actions in between', () => {
    const series = (count: number, totalMs: number) => ({ count, totalMs, samples: [] });
    const before = { series: { action: series(10, 100), db: series(10, 30) } };
    const after = { series: { action: series(30, 500), db: series(30, 90), pglite: series(200, 80) } };
    const spans = spanBreakdown(before, after);
    expect(spans?.actions).toBe(20);
    expect(spans?.rows.action).toEqual({ perAction: 1, msPerAction: 20 });
    expect(spans?.rows.db).toEqual({ perAction: 1, msPerAction: 3 });
    // A span first seen after the first snapshot counts whole.
    expect(spans?.rows.pglite).toEqual({ perAction: 10, msPerAction: 4 });
    expect(spanBreakdown(after, after)).toBeNull();
    expect(spanBreakdown(null, null)).toBeNull();
  });
});

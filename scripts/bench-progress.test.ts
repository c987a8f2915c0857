// The arithmetic of scripts/bench-progress.mjs (the load itself needs a production build: run the script).
import { describe, expect, it } from 'vitest';
import { breakdown, cpuByPackage, parseArgs, percentile, summarize } from './bench-progress.mjs';

describe('bench-progress', () => {
  it('reads its options, with the issue’s defaults (50 clients, no think time)', () => {
    expect(parseArgs([])).toMatchObject({ clients: 50, duration: 20, think: 0, profile: true, cpuProf: false });
    expect(parseArgs(['--clients', '8', '--duration', '5', '--think', '2000', '--cpu-prof', '--no-profile'])).toMatchObject({
      clients: 8,
      duration: 5,
      think: 2000,
      cpuProf: true,
      profile: false,
    });
    expect(() => parseArgs(['--clients', '0'])).toThrow(/positive integer/);
    expect(() => parseArgs(['--bogus'])).toThrow(/unknown option/);
  });

  it('runs issue 16’s whole protocol by default: 2 s pacing for 30 s, every phase, the app’s session cache', () => {
    expect(parseArgs([])).toMatchObject({ guest: false, interval: 2000, steady: 30, phases: ['steady', 'saturation', 'postgres', 'crash'], sessionCache: null });
    expect(parseArgs(['--phases', 'crash,steady', '--session-cache', '0', '--guest'])).toMatchObject({ phases: ['crash', 'steady'], sessionCache: 0, guest: true });
    expect(() => parseArgs(['--phases', 'steady,nap'])).toThrow(/--phases takes a list of steady, saturation, postgres, crash/);
    expect(() => parseArgs(['--session-cache', '-5'])).toThrow(/whole seconds/);
  });

  it('sends answers as the quiz pages do (the JSON route) unless told to use the server action', () => {
    expect(parseArgs([]).via).toBe('route');
    expect(parseArgs(['--via', 'action']).via).toBe('action');
    expect(() => parseArgs(['--via', 'carrier-pigeon'])).toThrow(/--via takes route .* or action/);
    expect(parseArgs([]).refresh).toBe(false);
    expect(parseArgs(['--refresh']).refresh).toBe(true);
  });

  it('takes nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises throughput, latency and errors by kind', () => {
    const results = [
      { ms: 10, ok: true, status: 200, message: null },
      { ms: 30, ok: true, status: 200, message: null },
      { ms: 20, ok: false, status: 500, message: 'boom' },
      { ms: 40, ok: false, status: 500, message: 'boom' },
    ];
    expect(summarize({ results, elapsedMs: 2000 })).toMatchObject({
      requests: 4,
      throughput: 2,
      p50: 20,
      max: 40,
      mean: 25,
      errors: 2,
      errorKinds: { '500 boom': 2 },
    });
  });

  it('splits a request’s time into Next.js, the action, Prisma, the wait for PGlite and PGlite', () => {
    const s = (count: number, totalMs: number) => ({ count, totalMs, samples: [totalMs / count] });
    const parts = breakdown(
      { series: { action: s(10, 400), db: s(10, 350), adapter: s(30, 300), pglite: s(60, 60) } },
      { mean: 100 },
    );
    expect(parts?.queriesPerAction).toBe(3);
    expect(parts?.meanMs).toEqual({ request: 100, outsideAction: 60, actionOwn: 5, prisma: 5, waitingForPglite: 24, pglite: 6 });
    expect(breakdown({ series: {} }, { mean: 1 })).toBeNull();
  });

  it('adds up a CPU profile by package, WASM and native time counted for their JavaScript caller, within a window', () => {
    const frame = (url: string, functionName = 'f') => ({ url, functionName });
    const profile = {
      startTime: 1_000,
      nodes: [
        { id: 1, callFrame: frame('', '(root)'), children: [2, 5, 6, 7] },
        { id: 2, callFrame: frame('file:///x/node_modules/@electric-sql/pglite/dist/index.js'), children: [3] },
        { id: 3, callFrame: frame('wasm://wasm/021d3ac6', 'wasm-function[1]'), children: [4] },
        { id: 4, callFrame: frame('', 'writeUtf8String') },
        { id: 5, callFrame: frame('file:///x/node_modules/@prisma/client/runtime/client.js') },
        { id: 6, callFrame: frame('node:internal/http') },
        { id: 7, callFrame: frame('', '(idle)') },
      ],
      // sample times: 2000, 4000, 6000, 7000, 11000, 12000
      samples: [2, 3, 4, 5, 6, 7],
      timeDeltas: [1000, 2000, 2000, 1000, 4000, 1000],
    };
    const all = cpuByPackage(profile);
    expect(all[0]).toEqual({ name: 'PGlite (WASM Postgres)', ms: 5, share: 5 / 11 });
    expect(all.map((r) => r.name)).toEqual(['PGlite (WASM Postgres)', 'Node.js (http, streams, crypto, fs)', 'Prisma (client, query compiler)', '(idle)']);
    // Only the samples stamped between 3,000 and 7,500 µs.
    expect(cpuByPackage(profile, { startUs: 3_000, endUs: 7_500 })).toEqual([
      { name: 'PGlite (WASM Postgres)', ms: 4, share: 0.8 },
      { name: 'Prisma (client, query compiler)', ms: 1, share: 0.2 },
    ]);
  });
});

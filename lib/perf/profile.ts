import { writeFileSync } from 'node:fs';

/**
 * Opt-in timings of the server's write path, for scripts/bench-progress.mjs (issue 14: "profile the
 * progress write path: action, Prisma, PGlite"). Off unless STEPWISE_PROFILE_FILE names a file; then
 * every span's durations are kept per label and written there as JSON once a second and at exit. Off,
 * `measure` just calls its function.
 */
const file = process.env.STEPWISE_PROFILE_FILE;
export const profiling = Boolean(file);

type Series = { count: number; totalMs: number; samples: number[] };
const MAX_SAMPLES = 200_000;

const series: Map<string, Series> = ((globalThis as { __stepwiseProfile?: Map<string, Series> }).__stepwiseProfile ??= new Map());

export function record(label: string, ms: number): void {
  let s = series.get(label);
  if (!s) series.set(label, (s = { count: 0, totalMs: 0, samples: [] }));
  s.count += 1;
  s.totalMs += ms;
  if (s.samples.length < MAX_SAMPLES) s.samples.push(ms);
}

/** Runs `fn`, recording how long it took under `label` when profiling is on. */
export function measure<T>(label: string, fn: () => Promise<T>): Promise<T> {
  if (!profiling) return fn();
  const start = performance.now();
  return fn().finally(() => record(label, performance.now() - start));
}

/** The same for synchronous work (PGlite's engine calls). */
export function measureSync<T>(label: string, fn: () => T): T {
  if (!profiling) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    record(label, performance.now() - start);
  }
}

function flush() {
  const out: Record<string, Series> = Object.fromEntries(series);
  writeFileSync(file!, JSON.stringify({ pid: process.pid, writtenAt: new Date().toISOString(), series: out }));
}

if (profiling && !(globalThis as { __stepwiseProfileFlush?: boolean }).__stepwiseProfileFlush) {
  (globalThis as { __stepwiseProfileFlush?: boolean }).__stepwiseProfileFlush = true;
  setInterval(flush, 1000).unref();
  process.on('exit', flush);
}

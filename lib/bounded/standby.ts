// Standby workers (issue 12): a worker started ahead of time for one entry and WARMED by running the entry
// once on a built-in warm-up input that holds no user data (e.g. a scenario's reference solution), so the
// JIT and the WebAssembly compiles (the QuickJS handler sandbox) are paid before a submission arrives.
// A standby then serves exactly ONE real input (runBounded hands it over by postMessage) and is terminated
// afterwards like any bounded worker; a new standby is started once that worker has exited. Nothing a
// submission leaves behind can reach the next one: they never share an isolate.
//
// Limits: at most one standby per entry; its warm-up holds one of boundedSlots (slots.ts) while it runs,
// so warming never exceeds the concurrency cap; an idle standby holds its heap (capped like any worker)
// but no slot. When no standby is ready, runBounded starts a fresh worker as before.

import { Worker } from 'node:worker_threads';
import { ensureBundle } from './bundle';
import { createReportBuffer } from './report';
import { boundedSlots } from './slots';
import type { BoundedWorkerData } from './serve';
import { DEFAULT_MAX_HEAP_MB, DEFAULT_MAX_YOUNG_MB, DEFAULT_STACK_MB, STARTUP_TIMEOUT_MS, type BoundedEntryName, type BoundedLimits, type WorkerMessage } from './types';

export type WorkerLimits = Required<Omit<BoundedLimits, 'timeoutMs'>>;

export function workerLimits(limits: Omit<BoundedLimits, 'timeoutMs'>): WorkerLimits {
  return {
    maxHeapMb: limits.maxHeapMb ?? DEFAULT_MAX_HEAP_MB,
    maxYoungMb: limits.maxYoungMb ?? DEFAULT_MAX_YOUNG_MB,
    stackMb: limits.stackMb ?? DEFAULT_STACK_MB,
  };
}

export function resourceLimits(l: WorkerLimits) {
  return { maxOldGenerationSizeMb: l.maxHeapMb, maxYoungGenerationSizeMb: l.maxYoungMb, stackSizeMb: l.stackMb };
}

interface StandbySpec {
  /** Builds the warm-up input: built-in content only, never anything a user sent. */
  warmUp: () => unknown;
  limits: WorkerLimits;
}

export interface Standby {
  name: BoundedEntryName;
  worker: Worker;
  report: SharedArrayBuffer;
  limits: WorkerLimits;
  ready: boolean;
}

const specs = new Map<BoundedEntryName, StandbySpec>();
const pool = new Map<BoundedEntryName, Standby | 'starting'>();
const readyWaiters = new Map<BoundedEntryName, (() => void)[]>();

/**
 * Keeps one warmed standby worker for `name` from now on (idempotent). `limits` are the resource limits the
 * runs will ask for: a run with other limits gets a fresh worker, since limits are fixed at a worker's start.
 */
export function keepStandby(name: BoundedEntryName, warmUp: () => unknown, limits: Omit<BoundedLimits, 'timeoutMs'> = {}): void {
  if (!specs.has(name)) specs.set(name, { warmUp, limits: workerLimits(limits) });
  refillStandby(name);
}

/** Stops keeping a standby for `name` and terminates the idle one (tests, shutdown). */
export async function dropStandby(name: BoundedEntryName): Promise<void> {
  specs.delete(name);
  const s = pool.get(name);
  pool.delete(name);
  if (s && s !== 'starting') await s.worker.terminate();
}

/**
 * Resolves when `name`'s standby is ready, or at once when none is warming (none kept, or the last one
 * died idle: the next run then starts a fresh worker and refills). For benchmarks and tests, not requests.
 */
export function standbyReady(name: BoundedEntryName): Promise<void> {
  const s = pool.get(name);
  if (!specs.has(name) || s === undefined || (s !== 'starting' && s.ready)) return Promise.resolve();
  // The standby is unref'd: keep the process alive while someone waits for it.
  const keepAlive = setInterval(() => undefined, 1000);
  return new Promise((resolve) =>
    readyWaiters.set(name, [
      ...(readyWaiters.get(name) ?? []),
      () => {
        clearInterval(keepAlive);
        resolve();
      },
    ]),
  );
}

/** Where `name`'s standby is: none, warming, or ready (tests). */
export function standbyState(name: BoundedEntryName): 'none' | 'warming' | 'ready' {
  const s = pool.get(name);
  return s === undefined ? 'none' : s === 'starting' || !s.ready ? 'warming' : 'ready';
}

function wakeWaiters(name: BoundedEntryName): void {
  const waiters = readyWaiters.get(name) ?? [];
  readyWaiters.delete(name);
  for (const w of waiters) w();
}

/** Takes the ready standby for `name` if it suits `limits`; it leaves the pool for good (used once). */
export function takeStandby(name: BoundedEntryName, limits: BoundedLimits): Standby | undefined {
  const s = pool.get(name);
  if (!s || s === 'starting' || !s.ready) return undefined;
  const want = workerLimits(limits);
  if (want.maxHeapMb !== s.limits.maxHeapMb || want.maxYoungMb !== s.limits.maxYoungMb || want.stackMb !== s.limits.stackMb) return undefined;
  pool.delete(name);
  s.worker.removeAllListeners();
  return s;
}

/** Starts a standby for `name` in the background if one is kept and none exists. */
export function refillStandby(name: BoundedEntryName): void {
  const spec = specs.get(name);
  if (!spec || pool.has(name)) return;
  pool.set(name, 'starting');
  void startStandby(name, spec);
}

async function startStandby(name: BoundedEntryName, spec: StandbySpec): Promise<void> {
  let release: (() => void) | undefined;
  const giveUp = () => {
    release?.();
    release = undefined;
    if (pool.get(name) === 'starting' || (pool.get(name) as Standby | undefined)?.worker === standby?.worker) pool.delete(name);
    wakeWaiters(name);
  };
  let standby: Standby | undefined;
  try {
    const file = ensureBundle(name);
    release = await boundedSlots.acquire();
    if (specs.get(name) !== spec) return giveUp();
    const report = createReportBuffer();
    const worker = new Worker(file, {
      workerData: { report, warmUp: spec.warmUp() } satisfies BoundedWorkerData,
      resourceLimits: resourceLimits(spec.limits),
      env: {},
      stdout: false,
      stderr: false,
    });
    standby = { name, worker, report, limits: spec.limits, ready: false };
    const s = standby;
    pool.set(name, s);
    const timer = setTimeout(() => {
      void worker.terminate();
    }, STARTUP_TIMEOUT_MS);
    timer.unref();
    worker.on('message', (message: WorkerMessage<unknown>) => {
      if (!('ready' in message)) return;
      clearTimeout(timer);
      release?.();
      release = undefined;
      if (message.ready) {
        s.ready = true;
        wakeWaiters(name);
      } else {
        // A warm-up that fails would fail again: stop keeping a standby (runs use fresh workers).
        console.warn(`Bounded entry '${name}': the standby's warm-up failed (${message.message}); runs use fresh workers.`);
        specs.delete(name);
        void worker.terminate();
      }
    });
    // An idle standby that dies (memory, crash) is simply dropped; the next run starts a fresh worker and
    // refills afterwards. No restart loop here.
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      clearTimeout(timer);
      giveUp();
    });
    // An idle standby must not keep a CLI or a test process alive (after the listeners: adding one refs).
    worker.unref();
  } catch (e) {
    // A missing bundle or a warm-up input that cannot be cloned: runs fall back to fresh workers, which
    // report the problem themselves.
    specs.delete(name);
    giveUp();
    if (!(e instanceof Error && e.name === 'BoundedBundleMissing')) console.warn(`Bounded entry '${name}': no standby (${String(e)})`);
  }
}

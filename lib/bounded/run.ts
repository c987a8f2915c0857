// The caller's side of a bounded run: start a worker thread on an entry's bundle, hand it the input, and
// terminate it from outside when the wall-clock budget passes. Terminating a worker stops it even inside a
// single native evaluation (a backtracking regular expression, a deep recursion) that no check in the
// code itself could interrupt, so nothing the input says can hold the caller past its budget.

import { Worker } from 'node:worker_threads';
import { BoundedBundleMissing, ensureBundle } from './bundle';
import { createReportBuffer, readReport } from './report';
import { boundedSlots } from './slots';
import type { BoundedWorkerData } from './serve';
import { refillStandby, resourceLimits, takeStandby, workerLimits, type Standby } from './standby';
import {
  STARTUP_TIMEOUT_MS,
  type BoundedEntryName,
  type BoundedFailure,
  type BoundedWorkerKind,
  type BoundedLimits,
  type BoundedResult,
  type WorkerMessage,
} from './types';

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${+(ms / 1000).toFixed(1)} s`;
}

/**
 * Runs the entry `name` (lib/bounded/entries.json) on `input` in a worker thread that serves this run only:
 * a warmed standby when one is kept and ready (standby.ts), else a fresh one. Resolves with the
 * entry's value, or with why it did not produce one; it never rejects, and never outlives the worker's start
 * plus `timeoutMs` by more than the time a terminate takes. A missing bundle (production without a build) rejects with
 * BoundedBundleMissing: that is a deployment mistake, not something an input can cause.
 */
export async function runBounded<T>(name: BoundedEntryName, input: unknown, limits: BoundedLimits): Promise<BoundedResult<T>> {
  let file: string;
  try {
    file = ensureBundle(name);
  } catch (e) {
    throw e instanceof BoundedBundleMissing ? e : new BoundedBundleMissing(String(e));
  }
  // At most boundedSlots.max workers at once in this process (lib/bounded/slots.ts); the rest wait here.
  // The slot is given back when the worker has exited, not when its answer arrives.
  const release = await boundedSlots.acquire();
  // A warmed standby (standby.ts) when one is ready, else a fresh worker; either serves this run only.
  const standby = takeStandby(name, limits);
  const finish = () => {
    release();
    // The next standby warms once this run's worker is gone, so the warm-up never competes with a run.
    refillStandby(name);
  };
  return standby ? runOnStandby<T>(standby, input, limits, finish) : runInWorker<T>(file, input, limits, finish);
}

/** Hands `input` to a warmed standby; its budget starts now, at the hand-over. */
function runOnStandby<T>(standby: Standby, input: unknown, limits: BoundedLimits, release: () => void): Promise<BoundedResult<T>> {
  const started = Date.now();
  const { worker, report } = standby;
  // The warm-up's label is not the run's.
  Atomics.store(new Int32Array(report, 0, 1), 0, 0);
  worker.ref();
  return new Promise((resolve) => {
    const outcome = watch<T>(worker, report, started, standby.limits.maxHeapMb, 'standby', resolve, release);
    outcome.budget(limits.timeoutMs);
    try {
      worker.postMessage({ input });
    } catch (e) {
      outcome.fail('crashed', `The work could not start: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
}

function runInWorker<T>(file: string, input: unknown, limits: BoundedLimits, release: () => void): Promise<BoundedResult<T>> {
  const started = Date.now();
  const wanted = workerLimits(limits);
  const report = createReportBuffer();
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(file, {
        workerData: { input, report } satisfies BoundedWorkerData,
        resourceLimits: resourceLimits(wanted),
        // The worker gets no copy of the caller's environment variables (secrets stay out of reach).
        env: {},
        stdout: false,
        stderr: false,
      });
    } catch (e) {
      release();
      // The input could not be cloned into the worker (a function, a class instance with private state...).
      const message = `The work could not start: ${e instanceof Error ? e.message : String(e)}`;
      resolve({ ok: false, reason: 'crashed', message, ms: Date.now() - started, worker: 'fresh' });
      return;
    }
    const outcome = watch<T>(worker, report, started, wanted.maxHeapMb, 'fresh', resolve, release);
    outcome.startup(limits.timeoutMs);
  });
}

/** Listens to a worker serving one run and settles that run once: value, timeout, memory or crash. */
function watch<T>(
  worker: Worker,
  report: SharedArrayBuffer,
  started: number,
  maxHeapMb: number,
  kind: BoundedWorkerKind,
  resolve: (r: BoundedResult<T>) => void,
  release: () => void,
) {
  let settled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let budgetMs: number | undefined;
  const done = (result: BoundedResult<T>) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    resolve(result);
    // Nothing more is wanted from the worker; terminate() is a no-op if it already exited.
    void worker.terminate();
  };
  const fail = (reason: BoundedFailure, message: string) => {
    const lastReport = readReport(report);
    done({ ok: false, reason, message, ms: Date.now() - started, worker: kind, ...(lastReport !== undefined ? { lastReport } : {}) });
  };
  const budget = (ms: number) => {
    budgetMs = ms;
    clearTimeout(timer);
    timer = setTimeout(() => {
      fail('timeout', `Stopped after its wall-clock budget of ${seconds(ms)}.`);
    }, Math.max(0, ms));
  };
  let startupBudget: number | undefined;
  worker.on('message', (message: WorkerMessage<T>) => {
    if ('ready' in message) return;
    if ('started' in message) {
      // A fresh worker's budget starts once its code is loaded; a standby's started at the hand-over.
      if (startupBudget !== undefined && budgetMs === undefined) budget(startupBudget);
      return;
    }
    if (message.ok) done({ ok: true, value: message.value, ms: Date.now() - started, worker: kind });
    else fail('crashed', message.message);
  });
  worker.on('error', (error: Error & { code?: string }) => {
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') fail('memory', `Stopped at its memory limit of ${maxHeapMb} MiB of heap.`);
    else fail('crashed', `${error.name}: ${error.message}`);
  });
  worker.on('exit', (code) => {
    release();
    fail('crashed', `The worker exited (code ${code}) without an answer.`);
  });
  return {
    fail,
    budget,
    /** For a fresh worker: a start-up limit, then `ms` of budget from its `started` message. */
    startup(ms: number) {
      startupBudget = ms;
      timer = setTimeout(() => {
        fail('crashed', `The worker did not start within ${seconds(STARTUP_TIMEOUT_MS)}; the machine may be overloaded.`);
      }, STARTUP_TIMEOUT_MS);
    },
  };
}

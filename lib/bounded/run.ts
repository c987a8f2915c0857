// The caller's side of a bounded run: start a worker thread on an entry's bundle, hand it the input, and
// terminate it from outside when the wall-clock budget passes. Terminating a worker stops it even inside a
// single native evaluation (a backtracking regular expression, a deep recursion) that no check in the
// code itself could interrupt, so nothing the input says can hold the caller past its budget.

import { Worker } from 'node:worker_threads';
import { BoundedBundleMissing, ensureBundle } from './bundle';
import { createReportBuffer, readReport } from './report';
import type { BoundedWorkerData } from './serve';
import {
  DEFAULT_MAX_HEAP_MB,
  DEFAULT_MAX_YOUNG_MB,
  DEFAULT_STACK_MB,
  STARTUP_TIMEOUT_MS,
  type BoundedEntryName,
  type BoundedFailure,
  type BoundedLimits,
  type BoundedResult,
  type WorkerMessage,
} from './types';

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${+(ms / 1000).toFixed(1)} s`;
}

/**
 * Runs the entry `name` (lib/bounded/entries.json) on `input` in a fresh worker thread. Resolves with the
 * entry's value, or with why it did not produce one; it never rejects, and never outlives the worker's start
 * plus `timeoutMs` by more than the time a terminate takes. A missing bundle (production without a build) rejects with
 * BoundedBundleMissing: that is a deployment mistake, not something an input can cause.
 */
export function runBounded<T>(name: BoundedEntryName, input: unknown, limits: BoundedLimits): Promise<BoundedResult<T>> {
  const started = Date.now();
  let file: string;
  try {
    file = ensureBundle(name);
  } catch (e) {
    return Promise.reject(e instanceof BoundedBundleMissing ? e : new BoundedBundleMissing(String(e)));
  }
  const maxHeapMb = limits.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
  const report = createReportBuffer();
  return new Promise((resolve) => {
    let settled = false;
    let worker: Worker | undefined;
    const done = (result: BoundedResult<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
      // Nothing more is wanted from the worker; terminate() is a no-op if it already exited.
      void worker?.terminate();
    };
    const fail = (reason: BoundedFailure, message: string) => {
      const lastReport = readReport(report);
      done({ ok: false, reason, message, ms: Date.now() - started, ...(lastReport !== undefined ? { lastReport } : {}) });
    };
    let timer = setTimeout(() => {
      fail('crashed', `The worker did not start within ${seconds(STARTUP_TIMEOUT_MS)}; the machine may be overloaded.`);
    }, STARTUP_TIMEOUT_MS);
    try {
      worker = new Worker(file, {
        workerData: { input, report } satisfies BoundedWorkerData,
        resourceLimits: {
          maxOldGenerationSizeMb: maxHeapMb,
          maxYoungGenerationSizeMb: limits.maxYoungMb ?? DEFAULT_MAX_YOUNG_MB,
          stackSizeMb: limits.stackMb ?? DEFAULT_STACK_MB,
        },
        // The worker gets no copy of the caller's environment variables (secrets stay out of reach).
        env: {},
        stdout: false,
        stderr: false,
      });
    } catch (e) {
      // The input could not be cloned into the worker (a function, a class instance with private state...).
      fail('crashed', `The work could not start: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    worker.on('message', (message: WorkerMessage<T>) => {
      if ('started' in message) {
        clearTimeout(timer);
        timer = setTimeout(() => {
          fail('timeout', `Stopped after its wall-clock budget of ${seconds(limits.timeoutMs)}.`);
        }, Math.max(0, limits.timeoutMs));
        return;
      }
      if (message.ok) done({ ok: true, value: message.value, ms: Date.now() - started });
      else fail('crashed', message.message);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') fail('memory', `Stopped at its memory limit of ${maxHeapMb} MiB of heap.`);
      else fail('crashed', `${error.name}: ${error.message}`);
    });
    worker.on('exit', (code) => {
      fail('crashed', `The worker exited (code ${code}) without an answer.`);
    });
  });
}

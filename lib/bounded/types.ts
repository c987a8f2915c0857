// The contract of a bounded run (see README.md): a value, never a throw and never a hang.

import entries from './entries.json';

/** Every worker entry, by name: the one table the runner and scripts/build-bounded.mjs both read. */
export const BOUNDED_ENTRIES: Readonly<Record<BoundedEntryName, string>> = entries;
export type BoundedEntryName = keyof typeof entries;

/** Which worker served a run: a warmed standby (standby.ts) or one started for it. Both serve one run only. */
export type BoundedWorkerKind = 'standby' | 'fresh';

export const BOUNDED_FAILURES = ['timeout', 'memory', 'crashed'] as const;
export type BoundedFailure = (typeof BOUNDED_FAILURES)[number];

export type BoundedResult<T> =
  | { ok: true; value: T; ms: number; worker?: BoundedWorkerKind }
  | {
      ok: false;
      worker?: BoundedWorkerKind;
      reason: BoundedFailure;
      /** One sentence for a person: what ended the work and what limit applied. */
      message: string;
      ms: number;
      /** The last progress label the work reported (e.g. the state it was in) before it ended. */
      lastReport?: string;
    };

export interface BoundedLimits {
  /**
   * Wall-clock budget of the work, counted from when the worker has loaded its code and received the input
   * (starting a worker takes 50-500 ms that no input can stretch; STARTUP_TIMEOUT_MS bounds it separately).
   * Past it the worker is terminated.
   */
  timeoutMs: number;
  /** V8 old-generation heap cap of the worker in MiB (default 256). */
  maxHeapMb?: number;
  /** V8 young-generation cap in MiB (default 32). */
  maxYoungMb?: number;
  /** Stack size of the worker's main thread in MiB (default 4, Node's default). */
  stackMb?: number;
}

/** A worker that has not loaded its code after this long (a machine under heavy load) is given up on. */
export const STARTUP_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_HEAP_MB = 256;
export const DEFAULT_MAX_YOUNG_MB = 32;
export const DEFAULT_STACK_MB = 4;

/**
 * What the worker posts back: `started` once its code is loaded and the work begins, then the outcome. A
 * standby (standby.ts) first posts `ready` (or why its warm-up failed) before it is handed its input.
 */
export type WorkerMessage<T> =
  | { started: true }
  | { ok: true; value: T }
  | { ok: false; message: string }
  | { ready: true }
  | { ready: false; message: string };

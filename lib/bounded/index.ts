// Bounded runs: untrusted work in a worker thread with a wall-clock budget and a heap cap, answered as a
// value. Node only (worker_threads); the browser's run worker has its own (components/sandbox). README.md.

export { runBounded } from './run';
export { keepStandby, dropStandby, standbyReady } from './standby';
export { BoundedBundleMissing, bundlePath, ensureBundle, staleReason, BOUNDED_BUILD_DIR } from './bundle';
export {
  BOUNDED_ENTRIES,
  BOUNDED_FAILURES,
  DEFAULT_MAX_HEAP_MB,
  type BoundedEntryName,
  type BoundedFailure,
  type BoundedLimits,
  type BoundedResult,
  type BoundedWorkerKind,
} from './types';
export { runEngineBounded, type EngineBudget, type EngineRunRequest, type EngineRunResponse, type PlainStartOptions } from './engine';

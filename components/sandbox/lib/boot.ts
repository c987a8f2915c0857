// Where a sandbox's first text comes from: a shared link (the URL hash) beats the learner's saved edit,
// which beats the definition the page or lesson gave. The browser is read once per mounted sandbox and the
// answer kept, so the store's snapshot never changes afterwards (useSyncExternalStore needs a stable one).
import type { ExecutionType } from '../../../lib/engine/types';
import { loadSaved, type SavedSandbox } from './storage';
import { decodeShare } from './url-state';

export interface Boot {
  definition: string;
  input: string;
  /** Run settings from a shared link. */
  settings?: { type: ExecutionType; seed?: number; faults: string; testCase: string };
  notice: string;
  /** A shared link reproduces its run as soon as the engine is ready. */
  autoRun: boolean;
}

export interface BootSource {
  shareInUrl: boolean;
  storageId: string;
  initialDefinition: string;
  initialInput: string;
}

export interface BootBrowser {
  hash: () => string;
  saved: (id: string) => SavedSandbox | null;
}

const browser: BootBrowser = { hash: () => globalThis.location?.hash ?? '', saved: (id) => loadSaved(id) };

/** The first text for a sandbox, or null when it should keep the one it was given. */
export function readBoot(source: BootSource, from: BootBrowser = browser): Boot | null {
  const shared = source.shareInUrl ? decodeShare(from.hash()) : null;
  if (shared) {
    return {
      definition: shared.definition,
      input: shared.input,
      settings: {
        type: shared.type ?? 'STANDARD',
        ...(shared.seed !== undefined ? { seed: shared.seed } : {}),
        faults: shared.faults ?? '',
        testCase: shared.testCase ?? '',
      },
      notice: 'Loaded from a shared link.',
      autoRun: true,
    };
  }
  const saved = from.saved(source.storageId);
  if (saved && (saved.definition !== source.initialDefinition || saved.input !== source.initialInput)) {
    return { definition: saved.definition, input: saved.input, notice: 'Restored your last edit. Use Reset to get the original back.', autoRun: false };
  }
  return null;
}

/** A useSyncExternalStore store that reads the browser on its first client snapshot and keeps that answer. */
export function createBootStore(source: BootSource, from: BootBrowser = browser) {
  let read = false;
  let boot: Boot | null = null;
  return {
    // Nothing to listen to: the answer is read once and never changes.
    subscribe: () => () => {},
    get: (): Boot | null => {
      if (!read) {
        read = true;
        boot = readBoot(source, from);
      }
      return boot;
    },
    /** While the server renders and the page hydrates there is no browser to read. */
    getServer: (): Boot | null => null,
  };
}

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { measureSync, profiling } from '../perf/profile';
import { acquireFolderLock, type FolderLockHandle } from './folder-lock.mjs';

/**
 * One PGlite instance per data folder, shared and reference-counted.
 *
 * Why: opening the same folder twice at the same time corrupted it for good, and pglite-prisma-adapter
 * 0.6.1 never closes PGlite on dispose (prisma-offline.md, pitfall 4). Every user (the app's Prisma
 * client, the migration CLI, tests) goes through `acquirePGlite` and gives its reference back with
 * `release`; the last release closes the instance so its files are flushed and the folder unlocked.
 *
 * Within a process that is enough; across processes the folder lock (folder-lock.mjs) is taken before
 * the folder is opened, so a second process is refused with a message naming the first (issue 14).
 */
type Entry = { db: PGlite; refs: number; ready: Promise<void>; lock: FolderLockHandle };

// Kept on globalThis so Next's hot reload (which re-evaluates modules) still sees the open instances.
const registry: Map<string, Entry> = ((globalThis as { __pgliteRegistry?: Map<string, Entry> }).__pgliteRegistry ??=
  new Map());

// Instances still closing: a new instance of the same folder waits for the old one to flush and close.
const closing: Map<string, Promise<void>> = ((globalThis as { __pgliteClosing?: Map<string, Promise<void>> }).__pgliteClosing ??=
  new Map());

export type PGliteLease = { db: PGlite; release: () => Promise<void> };

export async function acquirePGlite(dataDir: string): Promise<PGliteLease> {
  const key = path.resolve(dataDir);
  while (!registry.has(key) && closing.has(key)) await closing.get(key)?.catch(() => {});
  let entry = registry.get(key);
  if (!entry) {
    // PGlite does not create parent folders; without this the first start fails on a fresh clone.
    mkdirSync(key, { recursive: true });
    // Throws DataFolderLockedError when another process has the folder: nothing is opened then.
    const lock = acquireFolderLock(key);
    let db: PGlite;
    try {
      db = new PGlite({ dataDir: key });
    } catch (error) {
      lock.release();
      throw error;
    }
    if (profiling) {
      // Time in PGlite's engine itself (every query's protocol messages, and its file writes), apart
      // from the time queries wait for their turn: PGlite runs one at a time (scripts/bench-progress.mjs).
      const engine = db.execProtocolRawSync.bind(db);
      db.execProtocolRawSync = (message) => measureSync('pglite', () => engine(message));
    }
    entry = { db, refs: 0, ready: db.waitReady, lock };
    registry.set(key, entry);
  }
  entry.refs += 1;
  const held = entry;
  try {
    await held.ready;
  } catch (error) {
    held.refs -= 1;
    if (held.refs === 0 && registry.get(key) === held) {
      registry.delete(key);
      held.lock.release();
    }
    throw error;
  }
  let released = false;
  return {
    db: held.db,
    release: async () => {
      if (released) return; // a double release must not close an instance someone else still uses
      released = true;
      held.refs -= 1;
      if (held.refs > 0) return;
      if (registry.get(key) === held) registry.delete(key);
      const done = (async () => {
        try {
          if (!held.db.closed) await held.db.close();
        } finally {
          held.lock.release();
        }
      })();
      closing.set(key, done);
      try {
        await done;
      } finally {
        if (closing.get(key) === done) closing.delete(key);
      }
    },
  };
}

/** How many references are open on a folder (for tests and diagnostics). */
export function openReferences(dataDir: string): number {
  return registry.get(path.resolve(dataDir))?.refs ?? 0;
}

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * One PGlite instance per data folder, shared and reference-counted.
 *
 * Why: opening the same folder twice at the same time corrupted it for good, and pglite-prisma-adapter
 * 0.6.1 never closes PGlite on dispose (prisma-offline.md, pitfall 4). Every user (the app's Prisma
 * client, the migration CLI, tests) goes through `acquirePGlite` and gives its reference back with
 * `release`; the last release closes the instance so its files are flushed and the folder unlocked.
 */
type Entry = { db: PGlite; refs: number; ready: Promise<void> };

// Kept on globalThis so Next's hot reload (which re-evaluates modules) still sees the open instances.
const registry: Map<string, Entry> = ((globalThis as { __pgliteRegistry?: Map<string, Entry> }).__pgliteRegistry ??=
  new Map());

export type PGliteLease = { db: PGlite; release: () => Promise<void> };

export async function acquirePGlite(dataDir: string): Promise<PGliteLease> {
  const key = path.resolve(dataDir);
  let entry = registry.get(key);
  if (!entry) {
    // PGlite does not create parent folders; without this the first start fails on a fresh clone.
    mkdirSync(key, { recursive: true });
    const db = new PGlite({ dataDir: key });
    entry = { db, refs: 0, ready: db.waitReady };
    registry.set(key, entry);
  }
  entry.refs += 1;
  const held = entry;
  try {
    await held.ready;
  } catch (error) {
    held.refs -= 1;
    if (held.refs === 0 && registry.get(key) === held) registry.delete(key);
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
      if (!held.db.closed) await held.db.close();
    },
  };
}

/** How many references are open on a folder (for tests and diagnostics). */
export function openReferences(dataDir: string): number {
  return registry.get(path.resolve(dataDir))?.refs ?? 0;
}

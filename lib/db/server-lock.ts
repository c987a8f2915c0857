import { describeDbTarget, resolveDbTarget } from './config';
import { acquireFolderLock, DataFolderLockedError } from './folder-lock.mjs';

/**
 * Called once when the server starts (instrumentation.ts): on the embedded database, takes the data
 * folder's lock for the whole life of the process, so a second server on the same folder stops at once
 * with a message naming the first, instead of starting, failing its writes with `RuntimeError: Aborted()`
 * and leaving a folder that no longer opens (issue 14). PGlite itself still opens on the first query.
 * Returns false (after printing why) when the folder is taken.
 */
export function holdDatabaseFolder(databaseUrl: string | undefined): boolean {
  const target = resolveDbTarget(databaseUrl);
  if (target.kind !== 'pglite') return true; // PostgreSQL serves many processes
  try {
    acquireFolderLock(target.dataDir); // never released: the process's exit gives it back
    return true;
  } catch (error) {
    if (!(error instanceof DataFolderLockedError)) throw error;
    console.error(`\n✗ Not starting: ${describeDbTarget(target)} is in use.\n${error.message}\n`);
    return false;
  }
}

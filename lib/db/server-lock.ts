import { describeDbTarget, resolveDbTarget } from './config';
import { acquireFolderLock, DataFolderLockedError } from './folder-lock.mjs';
import { acquirePGlite } from './pglite-registry';

/**
 * Called once when the server starts (instrumentation.ts). On the embedded database it takes the data
 * folder's lock for the whole life of the process, so a second server on the same folder stops at once
 * with a message naming the first, instead of starting, failing its writes with `RuntimeError: Aborted()`
 * and leaving a folder that no longer opens (issue 14). Returns false (after printing why) when the
 * folder is taken.
 *
 * It then starts opening PGlite in the background: its start takes 1.5 s on an idle machine (far more on
 * a busy one), and the first learner to save progress should not wait for it. The server would open it
 * on that first query anyway and keep it open, so this costs nothing more.
 */
export function holdDatabaseFolder(databaseUrl: string | undefined): boolean {
  const target = resolveDbTarget(databaseUrl);
  if (target.kind !== 'pglite') return true; // PostgreSQL serves many processes
  try {
    acquireFolderLock(target.dataDir); // never released: the process's exit gives it back
  } catch (error) {
    if (!(error instanceof DataFolderLockedError)) throw error;
    console.error(`\n✗ Not starting: ${describeDbTarget(target)} is in use.\n${error.message}\n`);
    return false;
  }
  // The lease is kept for the life of the process, like the Prisma client's own.
  acquirePGlite(target.dataDir).catch((error: unknown) => {
    console.error(`Opening ${describeDbTarget(target)} failed; the first query will try again.`, error);
  });
  return true;
}

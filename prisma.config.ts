import { defineConfig } from 'prisma/config';
import { createAdapterFactory } from './lib/db/adapter';
import { resolveDbTarget } from './lib/db/config';
import { assertFolderFree, DataFolderLockedError } from './lib/db/folder-lock.mjs';
import { unrefLongTimers } from './lib/db/unref-timers';

// The Prisma CLI's update check calls a remote host on every command; this machine kind cannot reach it.
process.env.CHECKPOINT_DISABLE ??= '1';

// The WASM schema engine leaves 10 s and 60 s timers pending, so `migrate deploy` and friends linger
// for up to a minute after finishing (prisma-offline.md, pitfall 6). This file only runs in the CLI.
unrefLongTimers();

/**
 * The CLI reports an error from an adapter's connect() only as "External error id#0", so a refusal to
 * open a PGlite folder another process holds (lib/db/folder-lock.mjs, issue 14) is printed here.
 */
function explainLocked(error: unknown): never {
  if (error instanceof DataFolderLockedError) console.error(`\n${error.message}\n`);
  throw error;
}

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  // "js" selects the WASM schema engine driven through a driver adapter: no native engine download.
  engine: 'js',
  experimental: { adapter: true },
  // Same choice as the app (lib/db/config.ts); "migrate" keeps PostgreSQL on one connection. On PGlite
  // the folder's lock is checked first and taken on connect (lib/db/pglite-registry.ts).
  adapter: async () => {
    const target = resolveDbTarget(process.env.DATABASE_URL);
    // Thrown here, the refusal reaches the terminal as it is; thrown on connect (another process took
    // the folder in between), it needs explainLocked.
    if (target.kind === 'pglite') assertFolderFree(target.dataDir);
    const factory = createAdapterFactory(target, 'migrate');
    return { ...factory, connect: () => factory.connect().catch(explainLocked) };
  },
});

import { defineConfig } from 'prisma/config';
import { createAdapterFactory } from './lib/db/adapter';
import { resolveDbTarget } from './lib/db/config';
import { unrefLongTimers } from './lib/db/unref-timers';

// The Prisma CLI's update check calls a remote host on every command; this machine kind cannot reach it.
process.env.CHECKPOINT_DISABLE ??= '1';

// The WASM schema engine leaves 10 s and 60 s timers pending, so `migrate deploy` and friends linger
// for up to a minute after finishing (prisma-offline.md, pitfall 6). This file only runs in the CLI.
unrefLongTimers();

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  // "js" selects the WASM schema engine driven through a driver adapter: no native engine download.
  engine: 'js',
  experimental: { adapter: true },
  // Same choice as the app (lib/db/config.ts); "migrate" keeps PostgreSQL on one connection.
  adapter: async () => createAdapterFactory(resolveDbTarget(process.env.DATABASE_URL), 'migrate'),
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The data-layer tests (lib/db). Run by `npm test` twice: on PGlite (DATABASE_URL unset) and, when a
// PostgreSQL server can be started, with DATABASE_URL=postgres://... (then *.pg.test.ts run as well).
const onPostgres = /^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? '');

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // lib/db/client.ts imports 'server-only', which throws outside React Server Components.
      'server-only': fileURLToPath(new URL('./node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    include: ['lib/db/**/*.test.ts'],
    exclude: onPostgres ? ['node_modules'] : ['node_modules', 'lib/db/**/*.pg.test.ts'],
    environment: 'node',
    // Migrates one template database per run; each file copies it (lib/db/test-template.ts).
    globalSetup: ['lib/db/test-template.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One file at a time: the machine has 2 cores and each file runs Prisma CLI processes.
    fileParallelism: false,
  },
});

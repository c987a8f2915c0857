import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The pure core (no I/O, no globals, no mocks: see the team rules) shares one module graph per worker:
// isolating each of its ~130 files cost about 0.9 s of module loading per file, several times the time of
// their tests. Everything else keeps a fresh module graph per file (isolate: true, vitest's default).
const pureCore = ['lib/engine/**/*.test.ts', 'lib/pricing/**/*.test.ts', 'lib/grading/**/*.test.ts', 'lib/quiz/**/*.test.ts'];
const base = {
  exclude: ['node_modules', 'e2e', '.next', 'data'],
  environment: 'node' as const,
  testTimeout: 20000,
};

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    // vitest's default is one worker fewer than the cores: one on CI's two, which left a core idle while
    // a file waited on a subprocess or a bounded worker.
    maxWorkers: availableParallelism(),
    projects: [
      { extends: true, test: { ...base, name: 'pure-core', include: pureCore, isolate: false } },
      {
        extends: true,
        test: {
          ...base,
          name: 'isolated',
          include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'app/**/*.test.{ts,tsx}'],
          // lib/db has its own config (vitest.db.config.ts: a migrated template database, run by `npm test`
          // on PGlite and PostgreSQL); a project's own exclude also replaces any --exclude given on the CLI.
          exclude: [...base.exclude, ...pureCore, 'lib/db/**'],
        },
      },
    ],
  },
});

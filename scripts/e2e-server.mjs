#!/usr/bin/env node
// The web server Playwright starts: a fresh PGlite folder of its own (never the one `npm start` uses:
// only one process may open a folder, prisma-offline.md pitfall 5), migrated, then `next start` on
// 127.0.0.1:3100. Expects a finished `next build`.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertFolderFree } from '../lib/db/folder-lock.mjs';
import { resolveDbTarget } from '../lib/db/target.mjs';
import { dbSetup } from './db-setup.mjs';
import { buildBounded } from './build-bounded.mjs';
import { superviseNode } from './lib/supervise.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const databaseUrl = process.env.DATABASE_URL || 'file:./data/e2e-pglite';
const port = process.env.E2E_PORT ?? '3100';

if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.error('No build found: run `npx next build` (or `npm test`, which builds) before the e2e tests.');
  process.exit(1);
}
const target = resolveDbTarget(databaseUrl, root);
try {
  if (target.kind === 'pglite') {
    // Never empty a folder another server still has open (an earlier run, a second Playwright).
    assertFolderFree(target.dataDir);
    // Start every run from an empty database so journeys do not depend on earlier runs.
    rmSync(target.dataDir, { recursive: true, force: true });
  }
  dbSetup({ databaseUrl });
  // The accounts e2e tests sign in with (an instructor: no one can sign up as one).
  const seed = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/e2e-seed.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (seed.status !== 0) throw new Error(`scripts/e2e-seed.ts failed (exit ${seed.status ?? seed.signal})`);
} catch (error) {
  console.error(String(error?.message ?? error));
  process.exit(1);
}
// Server-side runs happen in bounded workers, whose bundles `next build` does not make (lib/bounded).
buildBounded({ quiet: true });

superviseNode([path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', port, '-H', '127.0.0.1'], {
  cwd: root,
  env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: '1' },
});

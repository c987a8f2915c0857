#!/usr/bin/env node
// `npm start`: set up the database, build if the build is missing or older than the sources, then serve
// on http://localhost:3000 (PORT to change it).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dbSetup } from './db-setup.mjs';
import { buildBounded } from './build-bounded.mjs';
import { superviseNode } from './lib/supervise.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.CHECKPOINT_DISABLE = '1';

// What a build depends on. A change to any of these (newer than the last build) triggers a rebuild.
const SOURCES = ['app', 'components', 'content', 'lib', 'public', 'prisma', 'next.config.js', 'mdx-components.tsx',
  'postcss.config.mjs', 'tsconfig.json', 'package-lock.json', 'instrumentation.ts'];
const SKIP = new Set(['node_modules', '.next', 'data', 'generated']);

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(p)) {
    if (SKIP.has(name)) continue;
    newest = Math.max(newest, newestMtime(path.join(p, name)));
  }
  return newest;
}

/** Why a build is needed, or null when .next is current. */
export function buildReason() {
  const marker = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(marker)) return 'no build yet';
  const built = statSync(marker).mtimeMs;
  const changed = SOURCES.find((s) => newestMtime(path.join(root, s)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

function step(name, fn) {
  const t = Date.now();
  console.log(`▸ ${name}`);
  fn();
  console.log(`  done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

function main() {
  const started = Date.now();
  step('Database (create or migrate)', () => dbSetup());
  // The bounded workers' bundles (lib/bounded): `next start` has no TypeScript to run them from.
  step('Bounded worker bundles', () => buildBounded());
  const reason = buildReason();
  if (reason) {
    step(`Build (${reason})`, () => {
      const r = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit', env: process.env });
      if (r.status !== 0) throw new Error('next build failed');
    });
  } else {
    console.log('▸ Build is up to date');
  }
  const port = process.env.PORT ?? '3000';
  console.log(`▸ Serving on http://localhost:${port} (ready after ${((Date.now() - started) / 1000).toFixed(1)} s of setup)`);
  // Stopping this script (Ctrl+C, kill, or killing `npm start` above it) stops the server and gives back
  // its port and PGlite folder (scripts/lib/supervise.mjs).
  superviseNode([nextBin, 'start', '-p', port], { cwd: root, env: process.env });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`npm start failed: ${error?.message ?? error}`);
    process.exit(1);
  }
}

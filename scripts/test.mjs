#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure. Prints each step's name and time.
//
//   typecheck → lint → bounded worker bundles → unit tests → content check → conformance gate → data layer on PGlite → data layer on PostgreSQL
//   (when a server can be started) → next build → Playwright e2e in Chromium
//
// Needs Debian's chromium (and postgresql for the PostgreSQL step). As root, missing packages are
// installed with apt-get (set STEPWISE_NO_INSTALL=1 to only print the command instead).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPgBin } from './pg-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' };
// The unit and data-layer steps choose their own database; an inherited DATABASE_URL would leak in.
delete env.DATABASE_URL;

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const isRoot = process.getuid?.() === 0;

function fmt(ms) {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Installs missing Debian packages as root; otherwise says exactly what to run. */
function ensureSystemPackages() {
  const missing = [];
  if (!existsSync(chromiumPath)) missing.push('chromium');
  if (!findPgBin()) missing.push('postgresql');
  if (missing.length === 0) return;
  const command = `apt-get install -y ${missing.join(' ')}`;
  if (isRoot && !process.env.STEPWISE_NO_INSTALL && existsSync('/usr/bin/apt-get')) {
    console.log(`▸ Installing missing system packages: ${missing.join(', ')}`);
    const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: aptEnv });
    const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env: aptEnv });
    if (install && install.status === 0) return;
    console.error(`  apt-get failed; install by hand: ${command}`);
  }
  if (missing.includes('chromium')) {
    console.error(`✗ Chromium is missing (looked for ${chromiumPath}). The e2e tests need it. Install it:\n    sudo ${command}\n  or set CHROMIUM_PATH to a Chromium binary.`);
    process.exit(1);
  }
  console.warn(`! PostgreSQL is not installed: the data-layer tests will run on PGlite only. To include it:\n    sudo ${command}`);
}

const steps = [
  { name: 'Generate Prisma client', cmd: [process.execPath, bin('prisma'), 'generate'] },
  { name: 'Typecheck (tsc --noEmit)', cmd: [bin('tsc'), '--noEmit'] },
  { name: 'Lint (eslint .)', cmd: [bin('eslint'), '.', '--cache', '--cache-location', 'node_modules/.cache/eslint/'] },
  // Before the unit tests, which start bounded workers (and would otherwise each build a stale bundle).
  { name: 'Bounded worker bundles (lib/bounded)', cmd: [process.execPath, 'scripts/build-bounded.mjs'] },
  { name: 'Unit tests (vitest)', cmd: [bin('vitest'), 'run', '--exclude', 'lib/db/**'] },
  { name: 'Content check (npm run content:check)', cmd: [bin('tsx'), 'scripts/content-check.ts'] },
  { name: 'Conformance gate', cmd: [process.execPath, 'scripts/conformance-gate.mjs'], needs: 'scripts/conformance-gate.mjs' },
  { name: 'Data layer on PGlite (vitest lib/db)', cmd: [bin('vitest'), 'run', '--config', 'vitest.db.config.ts'] },
  {
    name: 'Data layer on PostgreSQL (throwaway server)',
    cmd: [process.execPath, 'scripts/pg-server.mjs', '--', bin('vitest'), 'run', '--config', 'vitest.db.config.ts',
      'lib/db/migrations', 'lib/db/progress', 'lib/db/postgres', 'lib/db/scenario-submissions', 'lib/db/quiz-attempts',
      'lib/db/rate-limit', 'lib/db/accounts', 'lib/db/guest-race', 'lib/db/classes', 'lib/db/review-cards', 'lib/db/exam-attempts',
      'lib/db/class-scenarios', 'lib/db/learner-records', 'lib/db/session-cache', 'lib/db/class-quiz-items'],
    skipUnless: () => (findPgBin() ? null : 'PostgreSQL is not installed (apt-get install -y postgresql)'),
  },
  { name: 'Build (next build)', cmd: [process.execPath, bin('next'), 'build'] },
  { name: 'End-to-end tests (Playwright, Chromium)', cmd: [bin('playwright'), 'test'] },
];

function main() {
  const started = Date.now();
  ensureSystemPackages();
  const timings = [];
  for (const [i, step] of steps.entries()) {
    const label = `[${i + 1}/${steps.length}] ${step.name}`;
    const skip = step.skipUnless?.();
    if (skip) {
      console.log(`\n▸ ${label}: skipped, ${skip}`);
      timings.push([step.name, 'skipped']);
      continue;
    }
    if (step.needs && !existsSync(path.join(root, step.needs))) {
      console.error(`\n✗ ${label}: ${step.needs} does not exist`);
      process.exit(1);
    }
    console.log(`\n▸ ${label}`);
    const t = Date.now();
    const r = spawnSync(step.cmd[0], step.cmd.slice(1), { cwd: root, env, stdio: 'inherit' });
    const took = Date.now() - t;
    if (r.status !== 0) {
      console.error(`\n✗ ${label} failed after ${fmt(took)}${r.error ? `: ${r.error.message}` : ` (exit ${r.status ?? r.signal})`}`);
      process.exit(1);
    }
    console.log(`✓ ${label} (${fmt(took)})`);
    timings.push([step.name, fmt(took)]);
  }
  console.log('\nAll checks passed:');
  for (const [name, took] of timings) console.log(`  ${name.padEnd(48)} ${took}`);
  console.log(`  ${'Total'.padEnd(48)} ${fmt(Date.now() - started)}`);
}

main();

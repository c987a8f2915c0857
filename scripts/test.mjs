#!/usr/bin/env node
// `npm test`: every check, stopping at the first failure. Prints each step's name and time.
//
//   typecheck ‖ lint → bounded worker bundles → unit tests → content check ‖ conformance gate →
//   data layer on PGlite ‖ data layer on PostgreSQL (when a server can be started) → next build →
//   Playwright e2e in Chromium
//
// Steps joined by ‖ run side by side: each alone leaves one of CI's two cores mostly idle. Their output is
// buffered and printed whole when each ends, with its time; the first to fail stops the others and fails
// the run. `--no-e2e` stops before the Playwright step (to check everything else quickly); `npm test`
// itself always runs it.
//
// Needs Debian's chromium (and postgresql for the PostgreSQL step). As root, missing packages are
// installed with apt-get (set STEPWISE_NO_INSTALL=1 to only print the command instead).
import { spawn, spawnSync } from 'node:child_process';
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

const generate = { name: 'Generate Prisma client', cmd: [process.execPath, bin('prisma'), 'generate'] };
const typecheck = { name: 'Typecheck (tsc --noEmit)', cmd: [bin('tsc'), '--noEmit'] };
const lint = { name: 'Lint (eslint .)', cmd: [bin('eslint'), '.', '--cache', '--cache-location', 'node_modules/.cache/eslint/'] };
// Before the unit tests, which start bounded workers (and would otherwise each build a stale bundle).
const bundles = { name: 'Bounded worker bundles (lib/bounded)', cmd: [process.execPath, 'scripts/build-bounded.mjs'] };
const unit = { name: 'Unit tests (vitest)', cmd: [bin('vitest'), 'run', '--exclude', 'lib/db/**'] };
const content = { name: 'Content check (npm run content:check)', cmd: [bin('tsx'), 'scripts/content-check.ts'] };
const gate = { name: 'Conformance gate', cmd: [process.execPath, 'scripts/conformance-gate.mjs'], needs: 'scripts/conformance-gate.mjs' };
const pglite = { name: 'Data layer on PGlite (vitest lib/db)', cmd: [bin('vitest'), 'run', '--config', 'vitest.db.config.ts'] };
const postgres = {
  name: 'Data layer on PostgreSQL (throwaway server)',
  cmd: [process.execPath, 'scripts/pg-server.mjs', '--', bin('vitest'), 'run', '--config', 'vitest.db.config.ts',
    'lib/db/migrations', 'lib/db/progress', 'lib/db/postgres', 'lib/db/scenario-submissions', 'lib/db/quiz-attempts',
    'lib/db/rate-limit', 'lib/db/accounts', 'lib/db/guest-race', 'lib/db/classes', 'lib/db/review-cards', 'lib/db/exam-attempts',
    'lib/db/class-scenarios', 'lib/db/learner-records', 'lib/db/session-cache', 'lib/db/class-quiz-items',
    'lib/db/class-quiz-review', 'lib/db/request-ids', 'lib/db/repeated-writes', 'lib/db/exam-save-order'],
  skipUnless: () => (findPgBin() ? null : 'PostgreSQL is not installed (apt-get install -y postgresql)'),
};
const build = { name: 'Build (next build)', cmd: [process.execPath, bin('next'), 'build'] };
const e2e = { name: 'End-to-end tests (Playwright, Chromium)', cmd: [bin('playwright'), 'test'], e2e: true };

/**
 * In order. An array is a group whose lanes run side by side; a lane is a step or an array of steps run in
 * order. The PGlite data layer keeps one core busy for minutes on its own (one file at a time, WASM), so
 * the single-threaded or waiting steps share the other core beside it.
 */
const plan = [generate, [typecheck, [lint, bundles]], unit, [pglite, [content, gate, postgres, build]], e2e];
const numbered = plan.flat(2);
const number = (step) => `[${numbered.indexOf(step) + 1}/${numbered.length}] ${step.name}`;

/** Why a step does not run (its skip reason), or null; a missing required file fails the run. */
function skipReason(step) {
  if (step.e2e && noE2e) return 'stopped before e2e (--no-e2e)';
  const skip = step.skipUnless?.();
  if (skip) return skip;
  if (step.needs && !existsSync(path.join(root, step.needs))) {
    console.error(`\n✗ ${number(step)}: ${step.needs} does not exist`);
    process.exit(1);
  }
  return null;
}

function failureMessage(step, took, r) {
  return `✗ ${number(step)} failed after ${fmt(took)}${r.error ? `: ${r.error.message}` : ` (exit ${r.status ?? r.signal})`}`;
}

/** Runs one step with its output going straight to the terminal. */
function runInline(step) {
  console.log(`\n▸ ${number(step)}`);
  const t = Date.now();
  const r = spawnSync(step.cmd[0], step.cmd.slice(1), { cwd: root, env, stdio: 'inherit' });
  const took = Date.now() - t;
  if (r.status !== 0) {
    console.error(`\n${failureMessage(step, took, r)}`);
    process.exit(1);
  }
  console.log(`✓ ${number(step)} (${fmt(took)})`);
  return took;
}

/** Children of a group still running, so an interrupt or a failed sibling can stop them. */
const running = new Set();

/** Stops a step's whole process tree (each runs as its own process group); resolves when it has exited. */
function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => child.once('close', resolve));
  const signal = (sig) => {
    try {
      process.kill(-child.pid, sig);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  // pg-server.mjs stops its server on SIGTERM; anything that ignores it is killed after 15 s.
  const hard = setTimeout(() => signal('SIGKILL'), 15_000);
  return exited.finally(() => clearTimeout(hard));
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    Promise.all([...running].map(stop)).finally(() => process.exit(130));
  });
}

/** Runs one step of a group with its output buffered; resolves with its time, status and output. */
function runBuffered(step) {
  const t = Date.now();
  const chunks = [];
  const colour = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};
  const child = spawn(step.cmd[0], step.cmd.slice(1), { cwd: root, env: { ...env, ...colour }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.add(child);
  child.stdout.on('data', (d) => chunks.push(d));
  child.stderr.on('data', (d) => chunks.push(d));
  return new Promise((resolve) => {
    let error;
    child.on('error', (e) => (error = e));
    child.on('close', (status, signal) => {
      running.delete(child);
      resolve({ step, child, took: Date.now() - t, r: { status, signal, error }, output: Buffer.concat(chunks).toString() });
    });
  });
}

/**
 * Runs a group's lanes side by side (a lane is one step or several in order) and prints each step's output
 * whole as it ends. The first failure stops everything still running in the group and fails the run.
 */
async function runGroup(group) {
  const lanes = group.map((lane) => (Array.isArray(lane) ? lane : [lane]));
  console.log(`\n▸ Side by side (each step's output is printed when it ends):\n${lanes.map((lane) => `    ${lane.map(number).join('  →  ')}`).join('\n')}`);
  const t = Date.now();
  let failed = false;
  const started = new Set();
  const runLane = async (lane) => {
    for (const step of lane) {
      if (failed) return;
      const skip = skipReason(step);
      if (skip) {
        console.log(`\n▸ ${number(step)}: skipped, ${skip}`);
        timings.set(step, 'skipped');
        continue;
      }
      started.add(step);
      const done = await runBuffered(step);
      if (failed) return; // stopped because another step failed
      console.log(`\n▸ ${number(step)}: its output\n`);
      process.stdout.write(done.output.endsWith('\n') || done.output === '' ? done.output : `${done.output}\n`);
      if (done.r.status !== 0) {
        failed = true;
        console.error(`\n${failureMessage(step, done.took, done.r)}`);
        const names = (steps) => steps.map((s) => s.name).join(', ');
        const beside = lanes.flat().filter((s) => s !== step && started.has(s) && !timings.has(s));
        const notRun = lanes.flat().filter((s) => !started.has(s) && !timings.has(s));
        if (beside.length > 0) console.error(`  Stopping what runs beside it: ${names(beside)}`);
        if (notRun.length > 0) console.error(`  Not run: ${names(notRun)}`);
        await Promise.all([...running].map(stop));
        return;
      }
      console.log(`✓ ${number(step)} (${fmt(done.took)})`);
      timings.set(step, `${fmt(done.took)} ‖`);
    }
  };
  await Promise.all(lanes.map(runLane));
  if (failed) process.exit(1);
  console.log(`✓ Side by side: done in ${fmt(Date.now() - t)}`);
}

const noE2e = process.argv.includes('--no-e2e');
/** Each step's time (or 'skipped'), printed in plan order at the end. */
const timings = new Map();

async function main() {
  const started = Date.now();
  ensureSystemPackages();
  for (const entry of plan) {
    if (Array.isArray(entry)) {
      await runGroup(entry);
      continue;
    }
    const skip = skipReason(entry);
    if (skip) {
      console.log(`\n▸ ${number(entry)}: skipped, ${skip}`);
      timings.set(entry, 'skipped');
      continue;
    }
    timings.set(entry, fmt(runInline(entry)));
  }
  console.log(`\n${noE2e ? 'All checks before e2e passed' : 'All checks passed'} (‖: ran side by side with its neighbours):`);
  for (const step of numbered) if (timings.has(step)) console.log(`  ${step.name.padEnd(48)} ${timings.get(step)}`);
  console.log(`  ${'Total'.padEnd(48)} ${fmt(Date.now() - started)}`);
}

await main();

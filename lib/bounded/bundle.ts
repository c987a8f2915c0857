// Where a worker entry's bundle lives, and making sure it is there. Worker threads cannot run TypeScript
// and `next start` has no sources to run anyway, so every entry in entries.json is bundled by esbuild
// (scripts/build-bounded.mjs) into build/bounded/<name>.mjs, next to a <name>.meta.json listing the
// files it was built from. Outside production a missing or stale bundle is rebuilt on first use (the CLI,
// vitest, `next dev`); in production it must have been built beforehand (`npm run build`, `npm start`).

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { BOUNDED_ENTRIES, type BoundedEntryName } from './types';

// The bundles are found at run time, not bundled: the ignore comments below keep Turbopack from tracing the
// whole checkout through these dynamic paths ("Dynamic filesystem access causes tracing of the whole project").

export const BOUNDED_BUILD_DIR = path.join('build', 'bounded');
export const BOUNDED_BUILD_SCRIPT = path.join('scripts', 'build-bounded.mjs');

/** The checkout's root: STEPWISE_ROOT, or the working directory (npm scripts, vitest and `next start` run there). */
export function projectRoot(): string {
  return process.env.STEPWISE_ROOT ?? process.cwd();
}

export function bundlePath(name: BoundedEntryName, root = projectRoot()): string {
  return path.join(root, BOUNDED_BUILD_DIR, `${name}.mjs`);
}

export class BoundedBundleMissing extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BoundedBundleMissing';
  }
}

/** Why the bundle must be (re)built, or null when it is current. */
export function staleReason(name: BoundedEntryName, root = projectRoot()): string | null {
  const out = bundlePath(name, root);
  if (!existsSync(/* turbopackIgnore: true */ out)) return 'not built yet';
  let inputs: string[];
  try {
    inputs = (JSON.parse(readFileSync(/* turbopackIgnore: true */ out.replace(/\.mjs$/, '.meta.json'), 'utf8')) as { inputs: string[] }).inputs;
  } catch {
    return 'its list of sources is missing';
  }
  const built = statSync(/* turbopackIgnore: true */ out).mtimeMs;
  for (const input of inputs) {
    const file = path.join(root, input);
    if (!existsSync(/* turbopackIgnore: true */ file)) return `${input} is gone`;
    if (statSync(/* turbopackIgnore: true */ file).mtimeMs > built) return `${input} changed`;
  }
  return null;
}

const checkedAt = new Map<string, number>();
/** Outside production, sources are re-checked at most this often (a `next dev` session edits them). */
const RECHECK_MS = 2000;

/** The bundle's path, building it first when needed and allowed; a clear error when it cannot be had. */
export function ensureBundle(name: BoundedEntryName): string {
  if (!(name in BOUNDED_ENTRIES)) throw new BoundedBundleMissing(`No bounded worker entry named '${name}' (lib/bounded/entries.json)`);
  const root = projectRoot();
  const out = bundlePath(name, root);
  const production = process.env.NODE_ENV === 'production';
  if (production) {
    if (existsSync(/* turbopackIgnore: true */ out)) return out;
    throw new BoundedBundleMissing(
      `The worker bundle ${path.join(BOUNDED_BUILD_DIR, `${name}.mjs`)} is missing under ${root}: build it with ` +
        '`npm run build` (or `node scripts/build-bounded.mjs`) before `next start`, or set STEPWISE_ROOT to the checkout.',
    );
  }
  const key = `${root}\0${name}`;
  const last = checkedAt.get(key);
  if (last !== undefined && Date.now() - last < RECHECK_MS && existsSync(/* turbopackIgnore: true */ out)) return out;
  if (staleReason(name, root) !== null) build(name, root);
  checkedAt.set(key, Date.now());
  return out;
}

function build(name: BoundedEntryName, root: string): void {
  const script = path.join(root, BOUNDED_BUILD_SCRIPT);
  if (!existsSync(/* turbopackIgnore: true */ script)) {
    throw new BoundedBundleMissing(`Cannot build the worker bundle '${name}': ${BOUNDED_BUILD_SCRIPT} is not under ${root} (set STEPWISE_ROOT to the checkout)`);
  }
  const r = spawnSync(process.execPath, [script, '--quiet', name], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) {
    throw new BoundedBundleMissing(`Building the worker bundle '${name}' failed: ${(r.stderr || r.stdout || r.error?.message || '').trim()}`);
  }
}

#!/usr/bin/env node
// Bundles every bounded worker entry (lib/bounded/entries.json) with esbuild into build/bounded/<name>.mjs,
// one self-contained ES module each (dependencies included), plus <name>.meta.json listing its sources so
// a stale bundle is noticed. Skips bundles that are current unless --force.
//
//   node scripts/build-bounded.mjs [--force] [--quiet] [entry ...]
//
// Run by `npm run build`, `npm start`, `npm test` and, outside production, on first use by lib/bounded.
import { buildSync } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'build', 'bounded');

function staleReason(out, meta) {
  if (!existsSync(out) || !existsSync(meta)) return 'not built yet';
  const built = statSync(out).mtimeMs;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(meta, 'utf8')).inputs;
  } catch {
    return 'its list of sources is unreadable';
  }
  for (const input of inputs) {
    const file = path.join(root, input);
    if (!existsSync(file)) return `${input} is gone`;
    if (statSync(file).mtimeMs > built) return `${input} changed`;
  }
  return null;
}

/** Builds the named entries (all when none is named). Returns the names it rebuilt. */
export function buildBounded({ names = [], force = false, quiet = false } = {}) {
  const entries = JSON.parse(readFileSync(path.join(root, 'lib', 'bounded', 'entries.json'), 'utf8'));
  const unknown = names.filter((n) => !(n in entries));
  if (unknown.length > 0) throw new Error(`unknown bounded entr${unknown.length === 1 ? 'y' : 'ies'}: ${unknown.join(', ')} (see lib/bounded/entries.json)`);
  mkdirSync(outDir, { recursive: true });
  const rebuilt = [];
  for (const [name, source] of Object.entries(entries)) {
    if (names.length > 0 && !names.includes(name)) continue;
    const out = path.join(outDir, `${name}.mjs`);
    const meta = path.join(outDir, `${name}.meta.json`);
    const reason = force ? 'forced' : staleReason(out, meta);
    if (reason === null) continue;
    const t = Date.now();
    // Written beside and renamed, so a concurrent reader (parallel test files) never sees half a bundle.
    const tmp = `${out}.${process.pid}.tmp`;
    const result = buildSync({
      absWorkingDir: root,
      entryPoints: [path.join(root, source)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: tmp,
      metafile: true,
      logLevel: 'error',
      // CommonJS dependencies call require(); an ES module has none of its own.
      banner: { js: "import { createRequire as __boundedRequire } from 'node:module';\nconst require = __boundedRequire(import.meta.url);" },
      // Minified: a worker parses its bundle every time it starts. Names kept for readable error messages.
      minify: true,
      keepNames: true,
      sourcemap: false,
      legalComments: 'none',
    });
    // This script belongs to every bundle too: a change to how bundles are built rebuilds them all.
    const inputs = [...Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('<')), 'scripts/build-bounded.mjs'];
    writeFileSync(`${meta}.${process.pid}.tmp`, JSON.stringify({ entry: source, inputs }, null, 1));
    renameSync(`${meta}.${process.pid}.tmp`, meta);
    renameSync(tmp, out);
    rebuilt.push(name);
    if (!quiet) console.log(`  bounded worker ${name}: ${path.relative(root, out)} (${reason}; ${(statSync(out).size / 1024).toFixed(0)} KiB in ${Date.now() - t} ms)`);
  }
  return rebuilt;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  try {
    const rebuilt = buildBounded({ names: args.filter((a) => !a.startsWith('--')), force: args.includes('--force'), quiet: args.includes('--quiet') });
    if (!args.includes('--quiet') && rebuilt.length === 0) console.log('  bounded worker bundles are up to date');
  } catch (error) {
    console.error(`build-bounded: ${error?.message ?? error}`);
    process.exit(1);
  }
}

// Conformance gate (run by `npm test`): runs the public AWS-recorded cases through the engine and fails when
// the JSONPath cases fall below the acceptance thresholds of issue 3 (tier 1 >= 95%, tier 2 >= 90%).
// Prints the figures either way.  Usage: node scripts/conformance-gate.mjs [--workers N]

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared', 'conformance');
const THRESHOLDS = { tier1: 0.95, tier2: 0.9 };

const workersFlag = process.argv.indexOf('--workers');
const workers = workersFlag > 0 ? process.argv[workersFlag + 1] : '2';
const dir = mkdtempSync(join(tmpdir(), 'sfn-gate-'));
const out = join(dir, 'conformance.json');
try {
  const run = spawnSync(
    process.execPath,
    [
      join(shared, 'run-conformance.mjs'),
      '--adapter', join(root, 'scripts', 'conformance-adapter.mjs'),
      '--cases', join(shared, 'cases.jsonl'),
      '--workers', workers,
      '--failures', '0',
      '--quiet',
      '--json', out,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    console.error('conformance gate: the runner failed');
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const fmt = ([pass, total]) => `${pass}/${total} (${total ? ((100 * pass) / total).toFixed(1) : '0.0'}%)`;
  const ratio = ([pass, total]) => (total ? pass / total : 0);
  const jp = report.tags.jsonpath;
  const s = report.summary;
  console.log(`conformance, all public cases: tier1 ${fmt([s.tier1.pass, s.tier1.total])}  tier2 ${fmt([s.tier2.pass, s.tier2.total])}  tier3 ${fmt([s.tier3.pass, s.tier3.total])}`);
  console.log(`conformance, JSONPath cases:   tier1 ${fmt(jp.tier1)}  tier2 ${fmt(jp.tier2)}  tier3 ${fmt(jp.tier3)}`);
  const problems = [];
  if (ratio(jp.tier1) < THRESHOLDS.tier1) problems.push(`JSONPath tier 1 ${fmt(jp.tier1)} is below ${THRESHOLDS.tier1 * 100}%`);
  if (ratio(jp.tier2) < THRESHOLDS.tier2) problems.push(`JSONPath tier 2 ${fmt(jp.tier2)} is below ${THRESHOLDS.tier2 * 100}%`);
  if (problems.length) {
    for (const p of problems) console.error(`conformance gate FAILED: ${p}`);
    process.exit(1);
  }
  console.log('conformance gate passed');
} finally {
  rmSync(dir, { recursive: true, force: true });
}

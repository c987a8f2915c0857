// Measures the engine on a folder of real, published state machine definitions (issue 19): how many the
// validator accepts, why it refuses the others, and how runs against the simulated services end.
// The definitions are not part of the repository (collect them into a scratch folder first); each file is
// either a definition or `{ "definition": {...}, "repo": "...", "path": "..." }`.
//
//   npx tsx scripts/real-defs.ts /tmp/real-defs/defs [--run] [--json out.json] [--list]

import fs from 'node:fs';
import path from 'node:path';
import { validateDefinition } from '../lib/engine/validate';
import { runWithServices } from '../lib/engine/services';
import type { HistoryEvent, JsonObject, StateMachineDefinition } from '../lib/engine/types';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  process.stderr.write('usage: npx tsx scripts/real-defs.ts <folder of definitions> [--run] [--list] [--json out.json]\n');
  process.exit(2);
}
const run = args.includes('--run');
const list = args.includes('--list');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;

interface Row {
  file: string;
  source: string;
  errors: { code: string; message: string; path: string }[];
  warnings: number;
  status?: string;
  error?: string;
  cause?: string;
  outOfOrder?: boolean;
  ms?: number;
}

function outOfTimeOrder(events: HistoryEvent[]): boolean {
  for (let i = 1; i < events.length; i++) if (events[i]!.timestamp < events[i - 1]!.timestamp) return true;
  return false;
}

/** The rule a refusal comes from, with literal values taken out so that messages group. */
function reasonKey(d: { code: string; message: string }): string {
  const m = d.message
    .replace(/ at \/[^\s]*/g, '')
    .replace(/'[^']*'/g, "'…'")
    .replace(/"[^"]*"/g, '"…"')
    .replace(/arn:aws[^\s,;)]*/g, 'ARN')
    .replace(/Supported resources:[\s\S]*/, '')
    .slice(0, 140);
  return `${d.code}: ${m}`;
}

async function main() {
  const files = fs.readdirSync(dir!).filter((f) => f.endsWith('.json')).sort();
  const rows: Row[] = [];
  for (const file of files) {
    const raw = JSON.parse(fs.readFileSync(path.join(dir!, file), 'utf8')) as JsonObject;
    const definition = (raw.definition ?? raw) as unknown as StateMachineDefinition;
    const source = typeof raw.repo === 'string' ? `${raw.repo}/${String(raw.path)}` : file;
    const diagnostics = validateDefinition(definition);
    const row: Row = {
      file,
      source,
      errors: diagnostics.filter((d) => d.severity === 'error').map((d) => ({ code: d.code, message: d.message, path: d.path.join('/') })),
      warnings: diagnostics.filter((d) => d.severity !== 'error').length,
    };
    if (run && row.errors.length === 0) {
      const t0 = performance.now();
      const { result } = await runWithServices(definition, {}, {}, { seed: 7, maxTransitions: 5000 });
      row.ms = performance.now() - t0;
      row.status = result.status;
      if (result.error !== undefined) row.error = result.error;
      if (result.cause !== undefined) row.cause = result.cause.slice(0, 300);
      row.outOfOrder = outOfTimeOrder(result.events);
    }
    rows.push(row);
  }
  const refused = rows.filter((r) => r.errors.length > 0);
  console.log(`definitions: ${rows.length}`);
  console.log(`accepted:    ${rows.length - refused.length} (${((100 * (rows.length - refused.length)) / rows.length).toFixed(1)}%)`);
  console.log(`refused:     ${refused.length}`);
  const reasons = new Map<string, number>();
  for (const r of refused) for (const k of new Set(r.errors.map(reasonKey))) reasons.set(k, (reasons.get(k) ?? 0) + 1);
  console.log('\nrefusals by rule (definitions):');
  for (const [k, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${k}`);
  if (list) {
    console.log('\nrefused definitions:');
    for (const r of refused) {
      console.log(`  ${r.file}  ${r.source}`);
      for (const e of r.errors.slice(0, 3)) console.log(`      ${e.path}: ${e.message.slice(0, 220)}`);
    }
  }
  if (run) {
    const ran = rows.filter((r) => r.status !== undefined);
    const byStatus = new Map<string, number>();
    const byError = new Map<string, number>();
    for (const r of ran) {
      byStatus.set(r.status!, (byStatus.get(r.status!) ?? 0) + 1);
      if (r.error !== undefined) byError.set(r.error, (byError.get(r.error) ?? 0) + 1);
    }
    console.log(`\nruns (empty world, input {}): ${ran.length}`);
    for (const [k, n] of byStatus) console.log(`  ${k.padEnd(10)} ${n}`);
    console.log('errors:');
    for (const [k, n] of [...byError].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${k}`);
    const internal = ran.filter((r) => /Internal engine error|Internal validator error/.test(r.cause ?? ''));
    console.log(`internal engine errors: ${internal.length}`);
    for (const r of internal) console.log(`  ${r.file} ${r.cause}`);
    const disorder = ran.filter((r) => r.outOfOrder);
    console.log(`histories with events out of time order: ${disorder.length}`);
    for (const r of disorder) console.log(`  ${r.file} ${r.source}`);
    const slow = ran.filter((r) => (r.ms ?? 0) > 1000);
    console.log(`runs over 1 s of wall time: ${slow.length}`);
    for (const r of slow) console.log(`  ${r.file} ${Math.round(r.ms!)} ms ${r.status} ${r.error ?? ''}`);
  }
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(rows, null, 1));
}

await main();

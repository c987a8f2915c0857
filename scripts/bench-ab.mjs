// Paired A/B of the engine at two revisions, in one process: the way to see a change of a few percent on a
// machine whose speed drifts by up to 2x for seconds at a time. Two runs of bench-engine.ts, minutes apart,
// can differ by more than the change; here each round times both engines back to back (in alternating order),
// and the median of the per-round ratios is printed beside each side's best and median.
//
//   node scripts/bench-ab.mjs <rev-A> [<rev-B>] [--states 100] [--history on|off] [--runs 3000] [--rounds 40]
//   node scripts/bench-ab.mjs --map <rev-A> [<rev-B>] [--history on|off] [--read] [--rounds 12]
//
// Each revision is checked out into a temporary git worktree (B defaults to the working tree as it is) and
// bundled by esbuild, as bench-engine.ts measures it. A run of the same code on both sides differs by up to 5%:
// read anything smaller as no change. Workloads: the chain of Pass states compiled once (default) or the
// 100,000-item inline Map of three Pass states (--map; with --read, every event and its details is read in the
// timed part, as bench-engine's "run + read every event").

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleEngine, loadavg, mapOfThree, passChain, readEveryEvent } from './lib/bench-engine-workloads.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? fallback : args.splice(i, 2)[1];
};
const map = args.includes('--map') && args.splice(args.indexOf('--map'), 1).length > 0;
const read = args.includes('--read') && args.splice(args.indexOf('--read'), 1).length > 0;
const states = Number(flag('states', '100'));
const history = flag('history', 'on') !== 'off';
const runs = Number(flag('runs', '3000'));
const rounds = Number(flag('rounds', map ? '12' : '40'));
const [revA, revB] = args;
if (!revA || !Number.isInteger(states) || states < 1 || !(runs > 0) || !(rounds > 0)) {
  console.error('usage: node scripts/bench-ab.mjs [--map] <rev-A> [<rev-B>] [--states N] [--history on|off] [--runs N] [--rounds N]');
  process.exit(2);
}

const scratch = mkdtempSync(path.join(tmpdir(), 'bench-ab-'));
const worktrees = [];

/** The engine at `rev` (undefined: the working tree), bundled into one module; returns the module. */
async function engineAt(rev, label) {
  let dir = root;
  if (rev !== undefined) {
    dir = path.join(scratch, label);
    execFileSync('git', ['-C', root, 'worktree', 'add', '--detach', '--quiet', dir, rev], { stdio: 'inherit' });
    worktrees.push(dir);
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  }
  return bundleEngine(dir, path.join(scratch, `${label}.mjs`));
}

/** One timed round of the workload on `engine`: ns a transition (chain) or ms a run (Map). */
function workload(engine) {
  if (map) {
    const items = Array.from({ length: 100_000 }, (_, i) => ({ id: i, sku: `SKU-${i}` }));
    const options = { type: 'EXPRESS', recordHistory: history, maxTransitions: 1_000_000, payloadLimitBytes: 64 * 1024 * 1024 };
    return async () => {
      const t0 = performance.now();
      const r = await engine.startExecution(mapOfThree, { items }, options);
      if (r.status !== 'SUCCEEDED') throw new Error(`Map run ended ${r.status}: ${r.cause}`);
      if (read) readEveryEvent(r.events, r.billing.historyEvents);
      return performance.now() - t0;
    };
  }
  const machine = engine.compileStateMachine(passChain(states), { type: 'EXPRESS' });
  const input = { orderId: 'A-1', amount: 42, tags: ['x', 'y'] };
  return async () => {
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) {
      const r = await machine.startExecution(input, { recordHistory: history });
      if (r.status !== 'SUCCEEDED' || r.events.length !== (history ? r.billing.historyEvents : 0)) throw new Error('chain run failed');
    }
    return ((performance.now() - t0) * 1e6) / (runs * states);
  };
}

try {
  const a = workload(await engineAt(revA, 'a'));
  const b = workload(await engineAt(revB, 'b'));
  // Warm-up: the JIT and the young generation settle before anything is kept.
  for (let i = 0; i < 3; i++) {
    await a();
    await b();
  }
  const ta = [];
  const tb = [];
  const ratios = [];
  for (let i = 0; i < rounds; i++) {
    let x;
    let y;
    if (i % 2 === 0) {
      x = await a();
      y = await b();
    } else {
      y = await b();
      x = await a();
    }
    ta.push(x);
    tb.push(y);
    ratios.push(y / x);
  }
  const median = (v) => [...v].sort((p, q) => p - q)[v.length >> 1];
  const unit = map ? 'ms a run' : 'ns a transition';
  const what = map ? `Map of 100,000 x 3 Pass, history ${history ? 'on' : 'off'}${read ? ', every event read' : ''}` : `chain of ${states}, compiled once, history ${history ? 'on' : 'off'}, ${runs} runs a round`;
  console.log(`${what}; ${rounds} rounds; load ${loadavg()}`);
  console.log(`A ${revA}: best ${Math.min(...ta).toFixed(1)}, median ${median(ta).toFixed(1)} ${unit}`);
  console.log(`B ${revB ?? 'working tree'}: best ${Math.min(...tb).toFixed(1)}, median ${median(tb).toFixed(1)} ${unit}`);
  console.log(`B/A, median of the rounds' ratios: ${median(ratios).toFixed(3)} (same code on both sides: within 0.95-1.05)`);
} finally {
  for (const dir of worktrees) execFileSync('git', ['-C', root, 'worktree', 'remove', '--force', dir]);
  rmSync(scratch, { recursive: true, force: true });
}

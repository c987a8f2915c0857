// Grading benchmark: how long grading takes for every scenario, its reference solution and its starter.
// For each: the first grading in the process (cold: JIT, JSONata compiles, handler compiles) and the median
// and slowest of the next ones (warm), as the verdict's own `ms` reports them; then the five-step pipeline
// graded the way the server does it, in a bounded worker thread (worker start-up included).
// Target (issue 12): grading the five-step pipeline's cases takes under 100 ms.
//
// Run:  npx tsx scripts/bench-grading.ts [--runs 5] [--only <scenario id>]
import os from 'node:os';
import { loadScenarios } from '../lib/content/scenarios';
import { grade } from '../lib/grading';
import { gradeBounded } from '../lib/grading-server/bounded-grade';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(flag('runs') ?? 5);
const ONLY = flag('only');
const TARGET_MS = 100;
const TARGET_ID = 'five-step-pipeline';

const { scenarios, problems } = loadScenarios();
if (problems.length) {
  console.error(`Invalid scenarios (run npm run content:check):\n${problems.map((p) => `  ${p.file} ${p.message}`).join('\n')}`);
  process.exit(1);
}

const fmt = (ms: number) => `${ms.toFixed(1).padStart(8)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

// The machine is often shared: the load average says how much to trust the medians (the best run least).
const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`Grading time per scenario (${RUNS} warm runs after the first; node ${process.version}; ${os.cpus().length} CPUs, load average ${load})\n`);
console.log(`${'scenario'.padEnd(30)} ${'definition'.padEnd(9)} ${'cases'.padStart(5)} ${'cold'.padStart(11)} ${'warm best'.padStart(11)} ${'warm median'.padStart(11)} ${'warm max'.padStart(11)}  verdict`);
let targetMedian = NaN;
let targetBest = NaN;
for (const { scenario } of scenarios) {
  if (ONLY && scenario.id !== ONLY) continue;
  for (const which of ['solution', 'starter'] as const) {
    const first = await grade(scenario, scenario[which]);
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) warm.push((await grade(scenario, scenario[which])).ms);
    const m = median(warm);
    if (scenario.id === TARGET_ID && which === 'solution') {
      targetMedian = m;
      targetBest = Math.min(...warm);
    }
    const verdict = `${first.cases.filter((c) => c.passed).length}/${first.cases.length} passed`;
    console.log(`${scenario.id.padEnd(30)} ${which.padEnd(9)} ${String(first.cases.length).padStart(5)} ${fmt(first.ms)} ${fmt(Math.min(...warm))} ${fmt(m)} ${fmt(Math.max(...warm))}  ${verdict}`);
  }
}

const pipeline = scenarios.find((s) => s.scenario.id === TARGET_ID)?.scenario;
if (pipeline && (!ONLY || ONLY === TARGET_ID)) {
  console.log(`\n${TARGET_ID} graded as the server does (bounded worker thread, 3 submissions):`);
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const r = await gradeBounded(pipeline, pipeline.solution);
    const wall = performance.now() - started;
    console.log(`  submission ${i + 1}: ${r.ok ? `grading ${fmt(r.verdict.ms)} inside the worker` : `stopped (${r.reason})`}, ${fmt(wall)} wall time including the worker's start-up`);
  }
  console.log(`\nTarget: ${TARGET_ID} graded in under ${TARGET_MS} ms (verdict ms, warm): median ${fmt(targetMedian)}, best ${fmt(targetBest)} -> ${targetMedian < TARGET_MS ? 'met' : 'NOT met'}`);
  console.log('A fresh bounded worker grades cold (its first grading pays for JIT and module start-up): see the submissions above.');
}

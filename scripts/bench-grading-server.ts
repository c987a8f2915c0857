// Server grading benchmark (issue 12): the five-step pipeline's reference solution graded the way the server
// does it (gradeBounded -> runBounded, one worker per submission, terminated afterwards), printing the
// verdict's own `ms` for the first submission after start and the median of 20 more.
// Target: under 100 ms (the verdict's `ms`). Compare the two modes, each in its own process:
//
//   npx tsx scripts/bench-grading-server.ts            # standby workers (lib/bounded/standby.ts), as the server runs
//   npx tsx scripts/bench-grading-server.ts --fresh    # a fresh, cold worker per submission (before issue 12's fix)
//
// Submissions are spaced as a learner's are: each waits until the standby is ready again (its warm-up is not
// counted, as on a server it happens between submissions); `wall` includes handing over and terminating.
import os from 'node:os';
import { standbyReady, standbyState } from '../lib/bounded/standby';
import { getScenario } from '../lib/content/scenarios';
import { gradeBounded, keepGradingStandby, WARM_UP_SCENARIO_ID } from '../lib/grading-server/bounded-grade';

const FRESH = process.argv.includes('--fresh');
if (FRESH) process.env.STEPWISE_BOUNDED_STANDBY = '0';
const RUNS = Number(process.env.RUNS ?? 20);
const TARGET_MS = 100;

const scenario = getScenario(WARM_UP_SCENARIO_ID);
if (!scenario) throw new Error(`scenario ${WARM_UP_SCENARIO_ID} not found`);
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const fmt = (ms: number) => `${ms.toFixed(1).padStart(7)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

console.log(`${WARM_UP_SCENARIO_ID} graded through runBounded, ${FRESH ? 'a fresh worker per submission' : 'standby workers'} (node ${process.version}; ${os.cpus().length} CPUs; load average ${load()})`);
// What instrumentation.ts does when the server starts.
keepGradingStandby();
await standbyReady('grade');

async function submit(): Promise<{ ms: number; wall: number; worker: string }> {
  // The previous worker's exit starts the next standby: give it up to 5 s to appear and warm.
  for (let i = 0; i < 50 && !FRESH && standbyState('grade') !== 'ready'; i++) {
    await standbyReady('grade');
    await new Promise((r) => setTimeout(r, 100));
  }
  const t = performance.now();
  const r = await gradeBounded(scenario!, scenario!.solution);
  const wall = performance.now() - t;
  if (!r.ok) throw new Error(`grading stopped: ${r.reason} ${r.message}`);
  if (!r.verdict.passed) throw new Error('the reference solution did not pass');
  return { ms: r.verdict.ms, wall, worker: r.worker ?? '?' };
}

const first = await submit();
console.log(`first submission: verdict ${fmt(first.ms)}, wall ${fmt(first.wall)} (${first.worker} worker)`);
const rest: { ms: number; wall: number; worker: string }[] = [];
for (let i = 0; i < RUNS; i++) rest.push(await submit());
const kinds = [...new Set(rest.map((r) => r.worker))].join(', ');
const m = median(rest.map((r) => r.ms));
console.log(`next ${RUNS}: verdict median ${fmt(m)}, best ${fmt(Math.min(...rest.map((r) => r.ms)))}, max ${fmt(Math.max(...rest.map((r) => r.ms)))}; wall median ${fmt(median(rest.map((r) => r.wall)))} (${kinds} workers)`);
console.log(`Target: verdict ms under ${TARGET_MS}: first ${first.ms < TARGET_MS ? 'met' : 'NOT met'}, median ${m < TARGET_MS ? 'met' : 'NOT met'}; load average now ${load()}`);

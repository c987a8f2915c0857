// Distributed Map benchmark: 1,000,000 JSON items (one JSON array in the simulated S3, read by ItemReader),
// a three-state child (Pass -> Choice -> Succeed) run as EXPRESS child executions, results exported with
// ResultWriter (COMPACT, JSON Lines) to the simulated S3. Two runs: (a) no ItemBatcher: 1,000,000 children;
// (b) ItemBatcher with MaxItemsPerBatch 100: 10,000 children. Prints wall time, CPU time and peak memory
// (process.memoryUsage().rss sampled every 50 ms, and heapUsed). Targets (issue 6): under 10 s and under
// 500 MB each.
//
// Run:  npx tsx scripts/bench-dmap.ts            (both runs, 1,000,000 items)
//       npx tsx scripts/bench-dmap.ts --items 100000 --only b
// Each run goes in a fresh Node process (--child) so one run's garbage does not inflate the other's peak.

import { spawnSync } from 'node:child_process';
import { PerformanceObserver } from 'node:perf_hooks';
import { createServiceHandlers, createWorld } from '../lib/engine/services';
import { putObject } from '../lib/engine/services/world';
import { startExecution } from '../lib/engine/start';
import type { StateMachineDefinition } from '../lib/engine/types';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const ITEMS = Number(flag('items') ?? 1_000_000);
const TARGET_MS = 10_000;
const TARGET_MB = 500;

function definition(batch: boolean): StateMachineDefinition {
  const map: Record<string, unknown> = {
    Type: 'Map',
    ItemReader: {
      Resource: 'arn:aws:states:::s3:getObject',
      ReaderConfig: { InputType: 'JSON' },
      Parameters: { Bucket: 'bench-input', Key: 'items.json' },
    },
    ItemProcessor: {
      ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' },
      StartAt: 'Mark',
      States: {
        Mark: { Type: 'Pass', Result: true, ResultPath: '$.checked', Next: 'Check' },
        Check: { Type: 'Choice', Choices: [{ Variable: '$.checked', BooleanEquals: true, Next: 'Done' }], Default: 'Done' },
        Done: { Type: 'Succeed' },
      },
    },
    MaxConcurrency: 1000,
    ResultWriter: {
      Resource: 'arn:aws:states:::s3:putObject',
      Parameters: { Bucket: 'bench-output', Prefix: batch ? 'batched' : 'single' },
      WriterConfig: { Transformation: 'COMPACT', OutputType: 'JSONL' },
    },
    End: true,
  };
  if (batch) map.ItemBatcher = { MaxItemsPerBatch: 100 };
  return { StartAt: 'Process', States: { Process: map as never } };
}

/** The input object's text, built in chunks so that making it leaves little garbage behind (RSS is measured). */
function itemsText(n: number): string {
  const chunks: string[] = [];
  for (let start = 0; start < n; start += 10_000) {
    const parts: string[] = [];
    for (let i = start; i < Math.min(n, start + 10_000); i++) parts.push(`{"id":${i},"sku":"SKU-${i % 9973}","qty":${(i % 7) + 1}}`);
    chunks.push(parts.join(','));
  }
  return '[' + chunks.join(',') + ']';
}

async function runOne(which: 'a' | 'b'): Promise<void> {
  const batch = which === 'b';
  const text = itemsText(ITEMS);
  const services = createServiceHandlers({ world: createWorld() });
  putObject(services.world, 'bench-input', 'items.json', text);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > peakRss) peakRss = m.rss;
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  };
  const timer = setInterval(sample, 50);
  let progressCalls = 0;
  let gcMs = 0;
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = await startExecution(definition(batch), {}, {
    tasks: services.handlers,
    onProgress: (p) => {
      progressCalls++;
      if (p.mapRun !== undefined) sample();
    },
  });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  await new Promise((resolve) => setTimeout(resolve, 20)); // GC entries arrive asynchronously
  gcObserver.disconnect();
  sample();
  const run = result.mapRuns?.[0];
  const child = result.billing.childExecutions?.[0];
  const out = services.world.s3.buckets['bench-output'];
  const mb = (b: number) => b / 1048576;
  const line = {
    run: batch ? '(b) ItemBatcher MaxItemsPerBatch 100' : '(a) ItemBatcher off',
    items: ITEMS,
    status: result.status,
    ...(result.error ? { error: result.error, cause: result.cause } : {}),
    childExecutions: run?.executionCounts.total,
    itemsSucceeded: run?.itemCounts.succeeded,
    childTransitions: child?.totalTransitions,
    parentTransitions: result.billing.stateTransitions,
    childHistoriesKept: run?.childHistoriesKept,
    resultFiles: out ? Object.keys(out.objects).length : 0,
    progressCalls,
    wallMs: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    gcPauseMs: Math.round(gcMs),
    rssBeforeRunMb: Number(mb(base.rss).toFixed(1)),
    peakRssMb: Number(mb(peakRss).toFixed(1)),
    heapUsedBeforeRunMb: Number(mb(base.heapUsed).toFixed(1)),
    peakHeapUsedMb: Number(mb(peakHeap).toFixed(1)),
    inputObjectMb: Number(mb(text.length).toFixed(1)),
    withinTargets: ms < TARGET_MS && mb(peakRss) < TARGET_MB,
  };
  console.log(JSON.stringify(line));
}

async function main() {
  const child = flag('child');
  if (child === 'a' || child === 'b') return runOne(child);
  const only = flag('only');
  const runs = only === 'a' || only === 'b' ? [only] : ['a', 'b'];
  console.log(`Distributed Map benchmark: ${ITEMS.toLocaleString('en-US')} items, EXPRESS children, targets < ${TARGET_MS / 1000} s and < ${TARGET_MB} MB peak RSS per run`);
  for (const which of runs) {
    const r = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, process.argv[1]!, '--child', which, '--items', String(ITEMS)], { stdio: 'inherit' });
    if (r.status !== 0) process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

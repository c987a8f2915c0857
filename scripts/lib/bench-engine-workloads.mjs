// What the engine benchmarks share (bench-engine.ts, bench-ab.mjs): the engine bundled the way the app runs
// it, the workloads, how a consumer reads the events, and the load average printed beside every figure.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles `lib/engine` of the tree at `treeDir` with esbuild into `outfile` (one ES module, as the peer
 * ships and as the app and the sandbox worker run the engine) and imports it.
 */
export async function bundleEngine(treeDir, outfile) {
  await build({
    stdin: {
      contents: "export { startExecution } from './lib/engine/start'; export { compileStateMachine } from './lib/engine/compile-state-machine';",
      resolveDir: treeDir,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    outfile,
    logLevel: 'warning',
  });
  return import(pathToFileURL(path.resolve(outfile)).href);
}

/** A chain of `n` Pass states, S0 to S(n-1). */
export function passChain(n) {
  const States = {};
  for (let i = 0; i < n; i++) States[`S${i}`] = i + 1 < n ? { Type: 'Pass', Next: `S${i + 1}` } : { Type: 'Pass', End: true };
  return { StartAt: 'S0', States };
}

/** An inline Map of three Pass states over `$.items`. */
export const mapOfThree = {
  StartAt: 'M',
  States: {
    M: {
      Type: 'Map',
      ItemsPath: '$.items',
      ItemProcessor: {
        ProcessorConfig: { Mode: 'INLINE' },
        StartAt: 'A',
        States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'C' }, C: { Type: 'Pass', End: true } },
      },
      End: true,
    },
  },
};

/** Reads each event and its details, as a consumer would, and checks the history is complete. */
export function readEveryEvent(events, expected) {
  if (events.length !== expected) throw new Error(`history incomplete: ${events.length} of ${expected} events`);
  let check = 0;
  for (const e of events) {
    check += e.id + e.previousEventId + e.timestamp.length + e.type.length;
    for (const key in e) if (key.endsWith('EventDetails')) check += Object.keys(e[key]).length;
  }
  if (!(check > 0)) throw new Error('no events read');
}

/** The 1-, 5- and 15-minute load averages, or 'unknown'. */
export function loadavg() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}

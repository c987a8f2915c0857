// Conformance adapter: the runner (../shared/conformance/run-conformance.mjs) loads this module in worker
// threads and calls run() once per case. The engine is TypeScript, so on load the adapter bundles it once
// with esbuild into a temporary ES module and imports that (faster than transpiling file by file).

import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'sfn-adapter-'));
const outfile = join(dir, 'engine.mjs');
await build({
  entryPoints: [join(root, 'lib/engine/start.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  // The Lambda sandbox's QuickJS module names fs on its Node path (loaded lazily, never by these cases).
  external: ['fs'],
  outfile,
  logLevel: 'error',
});
const engine = await import(pathToFileURL(outfile).href);
rmSync(dir, { recursive: true, force: true });

export async function run(definition, input, context) {
  const result = await engine.startExecution(definition, input, {
    type: context.stateMachineType === 'EXPRESS' ? 'EXPRESS' : 'STANDARD',
    name: context.executionName,
    stateMachineName: context.stateMachineName,
    roleArn: context.roleArn,
    accountId: context.accountId,
    region: context.region,
    startTime: context.startTime,
    inputString: context.inputString,
    seed: 1,
    maxTransitions: 20_000,
    // Standard runs use the recorded execution ARN; Express ARNs carry a generated id the engine makes.
    context: context.executionArn && context.stateMachineType !== 'EXPRESS' ? { Execution: { Id: context.executionArn } } : undefined,
  });
  return { status: result.status, output: result.output, error: result.error, cause: result.cause, events: result.events };
}

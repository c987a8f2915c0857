// Runs the CLI on small definitions and checks its output and exit codes: in process (sfnMain, with
// stdout and stderr captured) where a test is about a command's logic, and through the real script under tsx
// where it is about the wiring (the exit code and output of the process itself).

import { describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sfnMain } from './sfn-main';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'sfn-cli-'));

/** The real `sfn` process: node --import tsx scripts/sfn.ts. */
function sfnProcess(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'sfn.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same command in this process, with what it writes to stdout and stderr. */
async function sfn(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    const code = await sfnMain(args);
    return { code, stdout, stderr };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('sfn CLI', () => {
  it('run prints the ExecutionResult as JSON, on the virtual clock and with the seed', async () => {
    const def = file(
      'ok.json',
      JSON.stringify({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 3600, Next: 'P' }, P: { Type: 'Pass', Parameters: { 'n.$': '$.n', 'id.$': 'States.UUID()' }, End: true } } }),
    );
    // The real process once: its stdout and exit code; the same run in process gives the same result.
    const a = sfnProcess('run', def, '--input', '{"n": 2}', '--seed', '9');
    expect(a.code).toBe(0);
    const result = JSON.parse(a.stdout);
    expect(result.status).toBe('SUCCEEDED');
    expect(result.output.n).toBe(2);
    expect(result.billing).toMatchObject({ stateTransitions: 2, durationMs: 3_600_000, historyEvents: 6 });
    expect(result.events[0].executionStartedEventDetails.input).toBe('{"n": 2}');
    const b = JSON.parse((await sfn('run', def, '--input', '{"n": 2}', '--seed', '9')).stdout);
    expect(b.output.id).toBe(result.output.id);
  }, 60_000);

  it('run without services names the options that answer a Task, and --simulate (a flag) runs it on an empty world', async () => {
    const def = file(
      'task.json',
      JSON.stringify({ StartAt: 'Put', States: { Put: { Type: 'Task', Resource: 'arn:aws:states:::events:putEvents', Parameters: { Entries: [{ Source: 'cli', DetailType: 'Said', 'Detail.$': '$' }] }, ResultPath: '$.put', End: true } } }),
    );
    const bare = await sfn('run', def);
    expect(bare.code).toBe(1);
    expect(JSON.parse(bare.stdout).cause).toMatch(/--simulate .*--world <world\.json> or --mock-config <file> --test-case <name>/);
    // A flag without a value: the --input after it is still read as the input.
    const simulated = await sfn('run', def, '--simulate', '--input', '{"n": "hello"}');
    expect(simulated.code).toBe(0);
    const result = JSON.parse(simulated.stdout);
    expect(result.status).toBe('SUCCEEDED');
    expect(result.output).toMatchObject({ n: 'hello', put: { FailedEntryCount: 0, Entries: [{ EventId: expect.any(String) }] } });
    expect((await sfn('--help')).stderr).toMatch(/run <file> .*--simulate/);
  }, 180_000);

  it('run --type EXPRESS times out a long wait and exits 1', async () => {
    const def = file('long.json', JSON.stringify({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 600, End: true } } }));
    const r = await sfn('run', def, '--type', 'EXPRESS');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).status).toBe('TIMED_OUT');
  }, 60_000);

  it('validate prints diagnostics with positions and exits 1 on errors', async () => {
    const bad = file('bad.yaml', 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next: Nowhere\n');
    const r = await sfn('validate', bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/bad\.yaml:5:\d+ error MISSING_TRANSITION_TARGET \[TRANSITIONS\] at States\.A\.Next/);
    const good = file('good.json', JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Succeed' } } }));
    const ok = await sfn('validate', good);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('valid');
  }, 30_000);

  it('validate --type EXPRESS reports what Express workflows cannot use', async () => {
    const def = file('callback.json', JSON.stringify({ StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', End: true } } }));
    expect((await sfn('validate', def)).code).toBe(0);
    const r = await sfn('validate', def, '--type', 'EXPRESS');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error .*States\.T\.Resource/);
  }, 30_000);

  it('run stops a definition whose one evaluation never returns at --budget, naming the state', async () => {
    const def = file(
      'regex.json',
      JSON.stringify({ QueryLanguage: 'JSONata', StartAt: 'Check', States: { Check: { Type: 'Pass', Output: '{% $contains($states.input.s, /^(a+)+$/) %}', End: true } } }),
    );
    const r = await sfn('run', def, '--input', JSON.stringify({ s: 'a'.repeat(45) + '!' }), '--budget', '1');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/stopped in state 'Check'.*wall-clock budget of 1 s.*--budget <seconds>/s);
  }, 60_000);

  it('run reports the engine ending a busy loop at its budget, with the result', async () => {
    const def = file(
      'loop.json',
      JSON.stringify({
        StartAt: 'A',
        States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Choice', Choices: [{ Variable: '$.stop', IsPresent: true, Next: 'C' }], Default: 'A' }, C: { Type: 'Succeed' } },
      }),
    );
    const r = await sfn('run', def, '--type', 'EXPRESS', '--no-history', '--max-transitions', '1000000000', '--budget', '0.5');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(r.stderr).toMatch(/used up its wall-clock budget .*of 500 ms .*on entering state '[AB]'/);
  }, 60_000);

  it('run rejects a --budget that is not a positive number of seconds', async () => {
    const def = file('tiny.json', JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Succeed' } } }));
    const r = await sfn('run', def, '--budget', 'soon');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--budget must be a number of seconds/);
  }, 30_000);

  it('rejects an unknown command with the usage text', async () => {
    const r = sfnProcess('frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: npm run -s sfn');
  }, 30_000);
});

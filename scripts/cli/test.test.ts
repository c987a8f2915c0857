import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testCommand } from './test';
import { runCommand } from './run';

const DIR = 'content/scenarios/five-step-pipeline';

function capture() {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  return { out: () => out, err: () => err };
}

afterEach(() => vi.restoreAllMocks());

describe('sfn test', () => {
  it('runs every test case of the pipeline and prints one row per outcome', async () => {
    const io = capture();
    const code = await testCommand.main([`${DIR}/solution.asl.json`, '--mock-config', `${DIR}/mock-config.json`]);
    expect(code).toBe(0);
    const rows = io.out().split('\n').filter((l) => /^(AllSucceed|Glue|Redshift|Notification)/.test(l));
    expect(rows.map((r) => r.split(/\s{2,}/).slice(0, 3))).toEqual([
      ['AllSucceed', 'SUCCEEDED', '5'],
      ['GlueFailsTwiceThenSucceeds', 'SUCCEEDED', '7'],
      ['RedshiftFailsThreeTimes', 'FAILED', 'Pipeline.Failed'],
      ['NotificationFails', 'FAILED', 'Pipeline.Failed'],
    ]);
    expect(rows[2]).toContain('data-team-alerts:1');
    expect(io.err()).toContain('world.json');
  });

  it('exits 1 and explains an invocation the mocks do not cover', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sfn-test-'));
    const definition = { StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'f' }, Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 1, IntervalSeconds: 1 }], End: true } } };
    const config = { StateMachines: { M: { TestCases: { Short: { A: 'OnlyOne' } } } }, MockedResponses: { OnlyOne: { '0': { Throw: { Error: 'Lambda.ServiceException', Cause: 'x' } } } } };
    writeFileSync(join(dir, 'def.json'), JSON.stringify(definition));
    writeFileSync(join(dir, 'mock.json'), JSON.stringify(config));
    const io = capture();
    const code = await testCommand.main([join(dir, 'def.json'), '--mock-config', join(dir, 'mock.json'), '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(io.out());
    expect(report).toMatchObject([{ testCase: 'Short', status: 'FAILED', error: 'States.Runtime', uncoveredInvocations: [{ stateName: 'A', invocation: 1 }] }]);
  });

  it('rejects an invalid mock config with the path of each problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sfn-test-'));
    writeFileSync(join(dir, 'mock.json'), JSON.stringify({ StateMachines: {}, MockedResponses: { M: { '0': { Return: 1, Throw: { Error: 'E', Cause: 'c' } } } } }));
    const io = capture();
    const code = await testCommand.main([`${DIR}/solution.asl.json`, '--mock-config', join(dir, 'mock.json')]);
    expect(code).toBe(2);
    expect(io.err()).toMatch(/error at MockedResponses\.M\.0: A mocked response holds exactly one of "Return" or "Throw"/);
  });
});

describe('sfn run --mock-config --test-case', () => {
  it('runs one test case and prints its result', async () => {
    const io = capture();
    const code = await runCommand.main([`${DIR}/solution.asl.json`, '--input', `${DIR}/input.json`, '--mock-config', `${DIR}/mock-config.json`, '--test-case', 'RedshiftFailsThreeTimes']);
    expect(code).toBe(1);
    expect(JSON.parse(io.out())).toMatchObject({ status: 'FAILED', error: 'Pipeline.Failed' });
  });

  it('asks for a test case when given a mock config', async () => {
    const io = capture();
    expect(await runCommand.main([`${DIR}/solution.asl.json`, '--mock-config', `${DIR}/mock-config.json`])).toBe(2);
    expect(io.err()).toMatch(/needs --test-case/);
  });
});

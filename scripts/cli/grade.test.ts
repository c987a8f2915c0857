import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeMain } from './grade';

const DIR = 'content/scenarios/five-step-pipeline';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await gradeMain(args, { out: (s) => ((out += s), true), err: (s) => ((err += s), true) });
  return { code, out, err };
}

describe('npm run grade', () => {
  it('prints the verdict as JSON and exits 0 when every case passes', async () => {
    const r = await run(['five-step-pipeline', `${DIR}/solution.asl.json`]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ scenario: 'five-step-pipeline', passed: true, score: 100 });
  });

  it('exits 1 when a case fails, with the feedback in the JSON', async () => {
    const r = await run(['five-step-pipeline', `${DIR}/starter.asl.json`]);
    expect(r.code).toBe(1);
    const verdict = JSON.parse(r.out);
    expect(verdict.passed).toBe(false);
    expect(verdict.cases.find((c: { name: string }) => c.name === 'Glue fails twice, then succeeds').feedback).toContain('it has no Retry');
  });

  it('grades only the visible cases with --visible', async () => {
    const r = await run(['five-step-pipeline', `${DIR}/solution.asl.json`, '--visible']);
    expect(JSON.parse(r.out).cases).toHaveLength(3);
  });

  it('exits 1 with the diagnostics for an invalid definition', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grade-cli-'));
    writeFileSync(join(dir, 'bad.json'), '{"StartAt": "X", "States": {}}');
    const r = await run(['five-step-pipeline', join(dir, 'bad.json')]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).diagnostics.length).toBeGreaterThan(0);
  });

  it('exits 2 for an unknown scenario, a missing file or wrong arguments', async () => {
    expect((await run(['no-such', `${DIR}/solution.asl.json`])).err).toContain('no scenario "no-such"');
    expect((await run(['five-step-pipeline', '/nonexistent.json'])).code).toBe(2);
    expect((await run(['five-step-pipeline'])).err).toContain('usage: npm run -s grade');
    expect((await run(['five-step-pipeline', 'x', '--fast'])).code).toBe(2);
  });
});

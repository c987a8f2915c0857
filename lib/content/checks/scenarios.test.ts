import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenariosChecker } from './scenarios';

/** A project root holding only a copy of one shipped scenario, to break on purpose. */
function rootWith(id: string): { root: string; dir: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'scenarios-check-'));
  const dir = path.join(root, 'content/scenarios', id);
  cpSync(path.resolve('content/scenarios', id), dir, { recursive: true });
  return { root, dir };
}

describe('scenarios content checker', () => {
  it('accepts the shipped scenarios', async () => {
    expect(await scenariosChecker.run(process.cwd())).toEqual([]);
  });

  it('reports a reference solution that fails a case, at the case in scenario.yaml', async () => {
    const { root, dir } = rootWith('five-step-pipeline');
    const solution = JSON.parse(readFileSync(path.join(dir, 'solution.asl.json'), 'utf8'));
    solution.States.ConvertWithGlue.Retry[0].MaxAttempts = 1;
    writeFileSync(path.join(dir, 'solution.asl.json'), JSON.stringify(solution, null, 2));
    const problems = await scenariosChecker.run(root);
    expect(problems.map((p) => p.message.split(':')[0])).toEqual([
      'the reference solution fails case "Glue fails twice, then succeeds"',
      'the reference solution fails case "Glue fails three times"',
    ]);
    expect(problems[0]).toMatchObject({ file: 'content/scenarios/five-step-pipeline/scenario.yaml', line: expect.any(Number), column: expect.any(Number) });
    expect(problems[0]!.message).toMatch(/^the reference solution fails case "Glue fails twice, then succeeds": .*MaxAttempts 1/);
    const yamlLines = readFileSync(path.join(dir, 'scenario.yaml'), 'utf8').split('\n');
    expect(yamlLines[problems[0]!.line! - 1]).toContain('Glue fails twice, then succeeds');
  });

  it('reports a starter that already passes every case', async () => {
    const { root, dir } = rootWith('five-step-pipeline');
    writeFileSync(path.join(dir, 'starter.asl.json'), readFileSync(path.join(dir, 'solution.asl.json')));
    const problems = await scenariosChecker.run(root);
    expect(problems).toEqual([
      { file: 'content/scenarios/five-step-pipeline/starter.asl.json', line: 1, column: 1, message: expect.stringContaining('the starter passes every case') },
    ]);
  });

  it('reports an invalid solution with the validator line', async () => {
    const { root, dir } = rootWith('five-step-pipeline');
    writeFileSync(path.join(dir, 'solution.asl.json'), '{\n  "StartAt": "Missing",\n  "States": {"A": {"Type": "Succeed"}}\n}\n');
    const problems = await scenariosChecker.run(root);
    expect(problems.some((p) => p.file.endsWith('solution.asl.json') && p.line === 2 && p.message.startsWith('the reference solution is not valid'))).toBe(true);
  });
});

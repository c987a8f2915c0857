// Executions in a bounded worker: results and simulated worlds come back as data; a definition that makes
// one evaluation run forever is stopped from outside, and one that keeps the engine busy is stopped by the
// engine's own budget with a history.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runEngineBounded } from './engine';
import { isBudgetStop, type StateMachineDefinition } from '../engine';
import { parseMockConfig, type MockConfig } from '../engine/services';

const scenario = 'content/scenarios/five-step-pipeline';
const json = (file: string) => JSON.parse(readFileSync(`${scenario}/${file}`, 'utf8'));

describe('runEngineBounded', () => {
  it('runs a mock-config test case with the simulated world and returns the world', async () => {
    const parsed = parseMockConfig(json('mock-config.json'));
    expect(parsed.ok).toBe(true);
    const r = await runEngineBounded(
      {
        definition: json('solution.asl.json'),
        input: json('input.json'),
        services: { world: json('world.json'), mockConfig: (parsed as { config: MockConfig }).config, testCase: 'RedshiftFailsThreeTimes' },
      },
      { budgetMs: 10_000 },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.result).toMatchObject({ status: 'FAILED', error: 'Pipeline.Failed' });
    expect(r.value.world?.sns.topics['data-team-alerts']?.messages).toHaveLength(1);
  });

  it('terminates a JSONata regular expression that backtracks forever, naming the state', async () => {
    const definition: StateMachineDefinition = {
      QueryLanguage: 'JSONata',
      StartAt: 'Prepare',
      States: {
        Prepare: { Type: 'Pass', Next: 'Check' },
        Check: { Type: 'Pass', Output: '{% $contains($states.input.s, /^(a+)+$/) %}', End: true },
      },
    };
    const started = Date.now();
    const r = await runEngineBounded({ definition, input: { s: 'a'.repeat(41) + '!' } }, { budgetMs: 1000 });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(r).toMatchObject({ ok: false, reason: 'timeout', lastReport: 'Check' });
  });

  it("ends a run that keeps the engine busy with the engine's own budget failure", async () => {
    const definition: StateMachineDefinition = {
      StartAt: 'Loop',
      States: {
        Loop: { Type: 'Pass', Next: 'Again' },
        Again: { Type: 'Choice', Choices: [{ Variable: '$.stop', BooleanEquals: true, Next: 'Done' }], Default: 'Loop' },
        Done: { Type: 'Succeed' },
      },
    };
    const r = await runEngineBounded(
      // Express: no 25,000-event history quota to end the loop first.
      { definition, input: { stop: false }, options: { type: 'EXPRESS', maxTransitions: 1e9, recordHistory: false } },
      { budgetMs: 300 },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.result).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(isBudgetStop(r.value.result)).toBe(true);
    expect(r.value.result.cause).toMatch(/wall-clock budget of 300 ms .* on entering state '(Loop|Again)'/);
  });
});

// The checks content:check runs on generators must catch what they claim to catch.
import { describe, expect, it } from 'vitest';
import { defineGenerator, transitionsCheck } from './generators/define';
import { machine, passState } from './machines';
import { checkGenerator } from './verify';

const twoPasses = machine([
  ['A', passState()],
  ['B', passState()],
]);

describe('checkGenerator', () => {
  it('finds nothing wrong with a sound generator', async () => {
    const sound = defineGenerator({
      id: 'sound',
      description: 'two passes',
      kind: 'value',
      params: { runs: { label: 'runs', min: 1, max: 3 } },
      answerRange: { min: 2, max: 6 },
      build: ({ runs }) => ({
        kind: 'value',
        prompt: 'p',
        facts: [],
        unit: 'transitions',
        answer: 2 * runs,
        tolerance: 0,
        wrong: [{ mistake: 'execution-start-counted', value: 3 * runs }],
        working: [{ label: 'l', expression: 'e', result: 'r' }],
        summary: 's',
        machines: [{ definition: twoPasses, input: {}, type: 'STANDARD', checks: [transitionsCheck(2)] }],
      }),
    });
    expect(await checkGenerator(sound, { seeds: 20 })).toEqual([]);
  });

  it('reports an answer out of range, a wrong option equal to the answer, and an engine disagreement', async () => {
    const broken = defineGenerator({
      id: 'broken',
      description: 'claims three transitions for two Pass states',
      kind: 'value',
      params: { n: { label: 'n', values: [1] } },
      answerRange: { min: 0, max: 2 },
      build: () => ({
        kind: 'value',
        prompt: 'p',
        facts: [],
        unit: 'transitions',
        answer: 3,
        tolerance: 0,
        wrong: [{ mistake: 'retries-forgotten', value: 3 }],
        working: [],
        summary: 's',
        machines: [{ definition: twoPasses, input: {}, type: 'STANDARD', checks: [transitionsCheck(3)] }],
      }),
    });
    const messages = (await checkGenerator(broken, { seeds: 1, limit: 20 })).map((p) => p.message).join('\n');
    expect(messages).toMatch(/outside the stated range 0\.\.2/);
    expect(messages).toMatch(/"retries-forgotten" .* is within the tolerance of the right answer/);
    expect(messages).toMatch(/the generator says 3, the engine's run gives 2/);
    expect(messages).toMatch(/shows no arithmetic/);
  });

  it('reports a choice with two right options and designs with a tie', async () => {
    const choice = defineGenerator({
      id: 'c',
      description: 'c',
      kind: 'choice',
      params: { n: { label: 'n', values: [1] } },
      build: () => ({
        kind: 'choice',
        prompt: 'p',
        facts: [],
        options: [
          { text: 'a', correct: true, explanation: 'x' },
          { text: 'b', correct: true, explanation: 'x' },
          { text: 'c', correct: false, explanation: 'x' },
        ],
        working: [],
        summary: 's',
      }),
    });
    expect((await checkGenerator(choice, { seeds: 1 }))[0]?.message).toMatch(/2 options are marked correct/);
    const spec = { definition: twoPasses, input: {}, type: 'STANDARD' as const, checks: [] };
    const tie = defineGenerator({
      id: 't',
      description: 't',
      kind: 'designs',
      params: { n: { label: 'n', values: [1] } },
      build: () => ({
        kind: 'designs',
        prompt: 'p',
        facts: [],
        runsPerMonth: 1,
        working: [],
        summary: 's',
        designs: [
          { title: 'one', description: 'd', machine: spec, monthlyUsd: 1, monthlyDisplay: '$1.00', explanation: 'e' },
          { title: 'two', description: 'd', machine: spec, monthlyUsd: 1, monthlyDisplay: '$1.00', explanation: 'e' },
        ],
      }),
    });
    expect((await checkGenerator(tie, { seeds: 1 }))[0]?.message).toMatch(/not clearly dearer/);
  });
});

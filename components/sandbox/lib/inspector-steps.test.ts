import { describe, expect, it } from 'vitest';
import { startExecution } from '../../../lib/engine';
import type { StateMachineDefinition, StateTrace } from '../../../lib/engine/types';
import { inspectorSteps } from './inspector-steps';

async function traces(definition: object, input: object): Promise<StateTrace[]> {
  const r = await startExecution(definition as StateMachineDefinition, input as never, { trace: true });
  expect(r.status).toBe('SUCCEEDED');
  return r.trace ?? [];
}

describe('inspectorSteps', () => {
  it('shows a JSONata state: input, Output and the variables its Assign set', async () => {
    const [total, report] = await traces(
      {
        QueryLanguage: 'JSONata',
        StartAt: 'Total',
        States: {
          Total: { Type: 'Pass', Assign: { total: '{% $sum($states.input.prices) %}' }, Output: { n: '{% $count($states.input.prices) %}' }, Next: 'Report' },
          Report: { Type: 'Pass', Output: '{% $states.input %}', End: true },
        },
      },
      { prices: [1, 2, 3] },
    );
    const steps = inspectorSteps(total!);
    expect(steps.map((s) => s.key)).toEqual(['input', 'result', 'output', 'variables']);
    expect(steps.find((s) => s.key === 'output')).toMatchObject({ value: { n: 3 }, unchanged: false });
    expect(steps.find((s) => s.key === 'variables')?.value).toEqual({ total: 6 });
    // Output that hands the result on is marked unchanged; the variables are still visible in the next state.
    const next = inspectorSteps(report!);
    expect(next.find((s) => s.key === 'output')).toMatchObject({ value: { n: 3 }, unchanged: true });
    expect(next.find((s) => s.key === 'variables')?.value).toEqual({ total: 6 });
  });

  it('shows a JSONPath state step by step, marking the steps that did nothing', async () => {
    const [visit] = await traces(
      { StartAt: 'A', States: { A: { Type: 'Pass', InputPath: '$.in', Parameters: { 'v.$': '$.x' }, ResultPath: '$.out', End: true } } },
      { in: { x: 1 } },
    );
    const steps = inspectorSteps(visit!);
    expect(steps.map((s) => s.key)).toEqual(['input', 'afterInputPath', 'afterParameters', 'result', 'afterResultPath', 'output']);
    expect(steps.find((s) => s.key === 'afterInputPath')).toMatchObject({ value: { x: 1 }, unchanged: false });
    expect(steps.find((s) => s.key === 'afterParameters')).toMatchObject({ value: { v: 1 }, unchanged: false });
    expect(steps.at(-1)).toMatchObject({ key: 'output', value: { in: { x: 1 }, out: { v: 1 } }, unchanged: true });
  });
});

// billing.transitionsByState is built from per-state counts (runtime/execution.ts) when the run finishes: it
// must count every machine's states, in the order they were first entered, as a plain data property.

import { describe, expect, it } from 'vitest';
import { startExecution } from '../start';
import type { StateMachineDefinition } from '../types';

const loop: StateMachineDefinition = {
  StartAt: 'Z',
  States: {
    Z: { Type: 'Pass', Result: 0, ResultPath: '$.n', Next: 'Check' },
    Check: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThanEquals: 2, Next: 'Each' }], Default: 'Bump' },
    Bump: { Type: 'Pass', Parameters: { 'n.$': 'States.MathAdd($.n, 1)', 'items.$': '$.items' }, Next: 'Check' },
    Each: {
      Type: 'Map',
      ItemsPath: '$.items',
      ItemProcessor: { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Z2' }, Z2: { Type: 'Pass', End: true } } },
      End: true,
    },
  },
};

describe('billing.transitionsByState', () => {
  it('counts every state of every machine, in the order they were first entered', async () => {
    const again = await startExecution(loop, { items: [1, 2, 3] });
    expect(again.status).toBe('SUCCEEDED');
    expect(Object.entries(again.billing.transitionsByState!)).toEqual([
      ['Z', 1],
      ['Check', 3],
      ['Bump', 2],
      ['Each', 1],
      ['A', 3],
      ['Z2', 3],
    ]);
    expect(again.billing.stateTransitions).toBe(13);
  });

  it('is an own enumerable property: JSON, structured clone and spreading see it, and it can be replaced', async () => {
    const r = await startExecution({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' } } });
    expect(Object.keys(r.billing)).toContain('transitionsByState');
    expect(JSON.parse(JSON.stringify(r.billing)).transitionsByState).toEqual({ A: 1, B: 1 });
    expect(structuredClone(r.billing).transitionsByState).toEqual({ A: 1, B: 1 });
    expect({ ...r.billing }.transitionsByState).toEqual({ A: 1, B: 1 });
    expect(r.billing.transitionsByState).toBe(r.billing.transitionsByState);
    r.billing.transitionsByState = { A: 5 };
    expect(r.billing.transitionsByState).toEqual({ A: 5 });
  });

  it('keeps a state named __proto__ as data', async () => {
    // JSON.parse keeps "__proto__" as a key, as a definition read from text does.
    const definition = JSON.parse('{"StartAt":"__proto__","States":{"__proto__":{"Type":"Pass","End":true}}}') as StateMachineDefinition;
    const r = await startExecution(definition);
    expect(r.status).toBe('SUCCEEDED');
    expect(Object.keys(r.billing.transitionsByState!)).toEqual(['__proto__']);
  });
});

// billing.transitionsByState is built from per-state counts (runtime/execution.ts) when the run finishes: it
// must count every machine's states, in the order they were first entered, as a plain data property.

import { describe, expect, it } from 'vitest';
import { startExecution } from '../start';
import { compileStateMachine } from '../compile-state-machine';
import type { TaskOutcome } from '../types';
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

describe('billing.transitionsByState of repeated runs (a template per compiled machine)', () => {
  const choice: StateMachineDefinition = {
    StartAt: 'Check',
    States: {
      Check: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThanEquals: 2, Next: 'Done' }], Default: 'Bump' },
      Bump: { Type: 'Pass', Parameters: { 'n.$': 'States.MathAdd($.n, 1)' }, Next: 'Check' },
      Done: { Type: 'Succeed' },
    },
  };

  it('gives each run its own object with its own counts, whatever the runs before it', async () => {
    const runs = [0, 0, 0, 1, 1, 2, 0, 0];
    const seen: Record<string, number>[] = [];
    for (const n of runs) {
      const r = await startExecution(choice, { n });
      const expected = n >= 2 ? { Check: 1, Done: 1 } : { Check: 3 - n, Bump: 2 - n, Done: 1 };
      expect(Object.entries(r.billing.transitionsByState!)).toEqual(Object.entries(expected));
      seen.push(r.billing.transitionsByState!);
    }
    expect(new Set(seen).size).toBe(runs.length);
  });

  it('counts a state entered again in the same first-entered order as a run that entered each once', async () => {
    // A lowers n and the Choice loops back to it while n >= 0: every run enters A, C, D in that order.
    const again: StateMachineDefinition = {
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Parameters: { 'n.$': 'States.MathAdd($.n, -1)' }, Next: 'C' },
        C: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThanEquals: 0, Next: 'A' }], Default: 'D' },
        D: { Type: 'Succeed' },
      },
    };
    const machine = compileStateMachine(again);
    for (const n of [0, 0, 0, 1, 0, 2, 0]) {
      const r = await machine.startExecution({ n }, { recordHistory: false });
      const expected = { A: n + 1, C: n + 1, D: 1 };
      expect(Object.entries(r.billing.transitionsByState!)).toEqual(Object.entries(expected));
    }
  });

  it('is not changed by what a caller does to an earlier result', async () => {
    const first = await startExecution(choice, { n: 0 });
    const second = await startExecution(choice, { n: 0 });
    second.billing.transitionsByState!.Check = 99;
    delete second.billing.transitionsByState!.Bump;
    const third = await startExecution(choice, { n: 0 });
    expect(third.billing.transitionsByState).toEqual({ Check: 3, Bump: 2, Done: 1 });
    expect(first.billing.transitionsByState).toEqual({ Check: 3, Bump: 2, Done: 1 });
  });

  it('keeps a state named __proto__ as data on every run', async () => {
    const definition = JSON.parse('{"StartAt":"__proto__","States":{"__proto__":{"Type":"Pass","Next":"B"},"B":{"Type":"Pass","End":true}}}') as StateMachineDefinition;
    for (let i = 0; i < 3; i++) {
      const r = await startExecution(definition);
      expect(Object.keys(r.billing.transitionsByState!)).toEqual(['__proto__', 'B']);
      expect(Object.getPrototypeOf(r.billing.transitionsByState)).toBe(Object.prototype);
      expect(JSON.stringify(r.billing.transitionsByState)).toBe('{"__proto__":1,"B":1}');
    }
  });
});

// A run counts in arrays its machine's last finished run gave back (zeroed): no count may leak between runs.
describe('billing.transitionsByState when runs reuse their machine\'s counting arrays', () => {
  const looping: StateMachineDefinition = {
    StartAt: 'Work',
    States: {
      Work: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f', Next: 'Check' },
      Check: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThanEquals: 2, Next: 'Done' }], Default: 'Bump' },
      Bump: { Type: 'Pass', Parameters: { 'n.$': 'States.MathAdd($.n, 1)' }, Next: 'Check' },
      Done: { Type: 'Succeed' },
    },
  };

  it('keeps the counts of runs of one machine in flight at once apart, whichever finishes first', async () => {
    const machine = compileStateMachine(looping);
    const answers: ((outcome: TaskOutcome) => void)[] = [];
    const tasks = (invocation: { input: unknown }) =>
      new Promise<TaskOutcome>((resolve) => answers.push(() => resolve({ kind: 'success', output: invocation.input as never })));
    const a = machine.startExecution({ n: 0 }, { tasks });
    const b = machine.startExecution({ n: 2 }, { tasks });
    await Promise.resolve();
    expect(answers).toHaveLength(2);
    answers[1]!({ kind: 'success', output: null });
    const rb = await b;
    answers[0]!({ kind: 'success', output: null });
    const ra = await a;
    expect(ra.billing.transitionsByState).toEqual({ Work: 1, Check: 3, Bump: 2, Done: 1 });
    expect(rb.billing.transitionsByState).toEqual({ Work: 1, Check: 1, Done: 1 });
    const again = await machine.startExecution({ n: 1 }, { tasks: () => ({ kind: 'success', output: { n: 1 } }) });
    expect(again.billing.transitionsByState).toEqual({ Work: 1, Check: 2, Bump: 1, Done: 1 });
    expect(again.billing.stateTransitions).toBe(5);
  });

  it('starts from zero after a run that failed, one with inner machines, and one past 128 states', async () => {
    const machine = compileStateMachine(looping);
    const failed = await machine.startExecution({ n: 0 }, { tasks: () => ({ kind: 'success', output: { n: 0 } }), maxTransitions: 4 });
    expect(failed.status).toBe('FAILED');
    const ok = await machine.startExecution({ n: 0 }, { tasks: () => ({ kind: 'success', output: { n: 0 } }) });
    expect(ok.billing.transitionsByState).toEqual({ Work: 1, Check: 3, Bump: 2, Done: 1 });

    const withMap: StateMachineDefinition = {
      StartAt: 'M',
      States: {
        M: { Type: 'Map', ItemProcessor: { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }, Next: 'B' },
        B: { Type: 'Pass', End: true },
      },
    };
    const mapMachine = compileStateMachine(withMap);
    for (const items of [[1, 2, 3], [1], []]) {
      const r = await mapMachine.startExecution(items);
      expect(r.billing.transitionsByState).toEqual(items.length > 0 ? { M: 1, A: items.length, B: 1 } : { M: 1, B: 1 });
    }

    const States: StateMachineDefinition['States'] = {};
    for (let i = 0; i < 200; i++) States[`S${i}`] = i < 199 ? { Type: 'Pass', Next: `S${i + 1}` } : { Type: 'Pass', End: true };
    const chain = compileStateMachine({ StartAt: 'S0', States });
    for (let k = 0; k < 4; k++) {
      const r = await chain.startExecution({}, { recordHistory: false });
      const byState = r.billing.transitionsByState!;
      expect(Object.keys(byState)).toHaveLength(200);
      expect(Object.keys(byState)[199]).toBe('S199');
      expect(Object.values(byState).every((n) => n === 1)).toBe(true);
    }
  });
});

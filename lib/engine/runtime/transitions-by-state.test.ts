// billing.transitionsByState is built from per-state counts (runtime/execution.ts) when the run finishes: it
// must count every machine's states, in the order they were first entered, as a plain data property.

import { describe, expect, it } from 'vitest';
import { startExecution } from '../start';
import { compileStateMachine } from '../compile-state-machine';
import type { TaskOutcome } from '../types';
import type { StateMachineDefinition } from '../types';
import type { CompiledState } from './compile';
import { Tally } from './transitions-by-state';

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

// A run made of batches of forwarding Pass states only logs them (Tally.logBatch); when its log is the one
// of the run that made the machine's template, its object is a copy of the template's. Each case compares
// with the same machine whose Pass states carry InputPath '$', which sends every state through a visit.
describe('billing.transitionsByState of runs made of logged batches', () => {
  function chain(visited: boolean, middle?: object): StateMachineDefinition {
    const extra = visited ? { InputPath: '$' } : {};
    const States: StateMachineDefinition['States'] = {
      P0: { Type: 'Pass', ...extra, Next: 'P1' },
      P1: { Type: 'Pass', ...extra, Next: middle ? 'Mid' : 'P2' },
      P2: { Type: 'Pass', ...extra, Next: 'P3' },
      P3: { Type: 'Pass', ...extra, End: true },
    };
    if (middle) States.Mid = { ...middle, Next: 'P2' } as never;
    return { StartAt: 'P0', States };
  }
  const byState = (r: { billing: { transitionsByState?: Record<string, number> } }) => Object.entries(r.billing.transitionsByState!);

  it('gives every run the counts and order one by one gives, runs cut short by a cap included', async () => {
    const batched = compileStateMachine(chain(false), { type: 'EXPRESS' });
    const oneByOne = compileStateMachine(chain(true), { type: 'EXPRESS' });
    const runs: { maxTransitions?: number; recordHistory?: boolean }[] = [{}, {}, {}, { maxTransitions: 2 }, {}, { maxTransitions: 3, recordHistory: false }, {}, { recordHistory: false }, {}];
    for (const options of runs) {
      const a = await batched.startExecution({ k: 1 }, options);
      const b = await oneByOne.startExecution({ k: 1 }, options);
      expect(a.status).toBe(b.status);
      expect(byState(a)).toEqual(byState(b));
      expect(a.billing.stateTransitions).toBe(b.billing.stateTransitions);
    }
    const full = await batched.startExecution({ k: 1 });
    expect(byState(full)).toEqual([['P0', 1], ['P1', 1], ['P2', 1], ['P3', 1]]);
  });

  it('counts batches before and after a state that is visited in the order they came', async () => {
    const task = { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'f' } };
    const batched = compileStateMachine(chain(false, task), { type: 'EXPRESS' });
    const oneByOne = compileStateMachine(chain(true, task), { type: 'EXPRESS' });
    const tasks = () => ({ kind: 'success' as const, output: { ok: true } });
    for (let i = 0; i < 3; i++) {
      const a = await batched.startExecution({}, { tasks });
      expect(byState(a)).toEqual([['P0', 1], ['P1', 1], ['Mid', 1], ['P2', 1], ['P3', 1]]);
      expect(byState(a)).toEqual(byState(await oneByOne.startExecution({}, { tasks })));
    }
  });

  it('gives each run of the same log its own object', async () => {
    const machine = compileStateMachine(chain(false), { type: 'EXPRESS' });
    const seen = new Set<object>();
    for (let i = 0; i < 4; i++) {
      const r = await machine.startExecution({});
      seen.add(r.billing.transitionsByState!);
      r.billing.transitionsByState!.P2 = 7;
      delete r.billing.transitionsByState!.P0;
    }
    expect(seen.size).toBe(4);
    expect(byState(await machine.startExecution({}))).toEqual([['P0', 1], ['P1', 1], ['P2', 1], ['P3', 1]]);
  });
});

describe('Tally: logged batches', () => {
  /** States s0 -> s1 -> ... of one fake machine (only what the tally reads). */
  function states(n: number): CompiledState[] {
    const list = Array.from({ length: n }, (_, index) => ({ index, name: `s${index}`, nextState: undefined }) as unknown as CompiledState);
    list.forEach((s, i) => ((s as { nextState: CompiledState | undefined }).nextState = list[i + 1]));
    return list;
  }

  it('counts logged batches first, in order, when a state is counted one by one', () => {
    const s = states(6);
    const tally = new Tally(new Array<number>(6).fill(0), new Array<CompiledState>(6), []);
    expect(tally.logs(tally.counts)).toBe(true);
    tally.logBatch(s[0]!, 2);
    tally.logBatch(s[2]!, 2);
    expect(tally.counts).toEqual([0, 0, 0, 0, 0, 0]);
    tally.count(s[5]!, tally.counts);
    tally.count(s[0]!, tally.counts);
    expect(tally.entered.slice(0, tally.enteredCount).map((x) => x.name)).toEqual(['s0', 's1', 's2', 's3', 's5']);
    expect(tally.counts).toEqual([2, 1, 1, 1, 0, 1]);
    expect(tally.repeated).toBe(true);
    // Something was counted: later batches are counted as they come, not logged.
    expect(tally.logs(tally.counts)).toBe(false);
  });

  it('logs only the top machine\'s batches, and at most sixteen', () => {
    const s = states(2);
    const tally = new Tally([0, 0], new Array<CompiledState>(2), []);
    expect(tally.logs([0, 0])).toBe(false);
    for (let i = 0; i < 16; i++) {
      expect(tally.logs(tally.counts)).toBe(true);
      tally.logBatch(s[0]!, 2);
    }
    expect(tally.logs(tally.counts)).toBe(false);
    tally.flush();
    expect(tally.counts).toEqual([16, 16]);
  });

  it('knows a log that is not its own', () => {
    const s = states(3);
    const tally = new Tally([0, 0, 0], new Array<CompiledState>(3), []);
    tally.logBatch(s[0]!, 3);
    expect(tally.loggedOnly({ first: [s[0]!], size: [3] })).toBe(true);
    expect(tally.loggedOnly({ first: [s[0]!], size: [2] })).toBe(false);
    expect(tally.loggedOnly({ first: [s[1]!], size: [3] })).toBe(false);
    expect(tally.loggedOnly({ first: [s[0]!, s[0]!], size: [3, 3] })).toBe(false);
    expect(tally.loggedOnly(undefined)).toBe(false);
    tally.count(s[0]!, tally.counts);
    expect(tally.loggedOnly({ first: [s[0]!], size: [3] })).toBe(false);
  });
});

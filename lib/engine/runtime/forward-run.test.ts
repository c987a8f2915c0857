// Runs of Pass states that hand their input on are counted and recorded in batches (forward-run.ts) wherever
// no limit can stop them. Each case runs the same machine twice: as plain Pass states (batched), and with an
// InputPath of '$' on every state, which changes nothing but sends each state through a visit one by one.
// Everything the run returns must be the same, whether it succeeds or a limit stops it mid-run.

import { describe, expect, it } from 'vitest';
import type { ExecutionResult, StartOptions, StateMachineDefinition } from '../types';
import { run } from '../test-support/run';
import { compileStateMachine } from '../compile-state-machine';

/** `n` Pass states, S0 to S(n-1); `visited` adds InputPath '$' to each (the one-by-one path). */
function chain(n: number, visited: boolean, last: object = { End: true }): StateMachineDefinition {
  const extra = visited ? { InputPath: '$' } : {};
  const States: StateMachineDefinition['States'] = {};
  for (let i = 0; i < n; i++) States[`S${i}`] = { Type: 'Pass', ...extra, ...(i + 1 < n ? { Next: `S${i + 1}` } : last) };
  return { StartAt: 'S0', States };
}

/** What must not differ between the batched and the one-by-one run (the redrive checkpoint carries each
 * one's own definition: everything else in it must agree). */
function outcome(r: ExecutionResult) {
  const { definition, ...redrive } = r.redrive ?? { definition: undefined };
  return { status: r.status, error: r.error, cause: r.cause, output: r.output, billing: r.billing, events: r.events, redrive, hasDefinition: definition !== undefined };
}

async function both(n: number, input: unknown, options: StartOptions, last?: object) {
  const batched = await run(chain(n, false, last), input as never, options);
  const oneByOne = await run(chain(n, true, last), input as never, options);
  return { batched, oneByOne };
}

describe('a run of forwarding Pass states, batched', () => {
  it('records the same events and counts as one by one', async () => {
    const { batched, oneByOne } = await both(40, { order: 'A-1' }, { type: 'EXPRESS' });
    expect(batched.status).toBe('SUCCEEDED');
    expect(batched.events).toHaveLength(82);
    expect(outcome(batched)).toEqual(outcome(oneByOne));
  });

  it('stops at the transition cap on the same state, with the same events and redrive point', async () => {
    const { batched, oneByOne } = await both(40, { a: 1 }, { maxTransitions: 25 });
    expect(batched.status).toBe('FAILED');
    expect(batched.cause).toContain('maxTransitions');
    expect(batched.billing.stateTransitions).toBe(26);
    expect(outcome(batched)).toEqual(outcome(oneByOne));
    expect(batched.redrive).toBeDefined();
  });

  it('stops at a cap that is not a whole number where one by one would', async () => {
    const { batched, oneByOne } = await both(40, {}, { maxTransitions: 10.5 });
    expect(batched.billing.stateTransitions).toBe(11);
    expect(batched.status).toBe('FAILED');
    expect(outcome(batched)).toEqual(outcome(oneByOne));
  });

  it('stops a Standard run at the history quota on the same state', async () => {
    const { batched, oneByOne } = await both(13_000, 1, { type: 'STANDARD' });
    expect(batched.status).toBe('FAILED');
    expect(batched.cause).toContain('25000');
    expect(outcome(batched)).toEqual(outcome(oneByOne));
  }, 30_000);

  it('goes one by one while something watches every transition', async () => {
    const seen: string[] = [];
    const r = await run(chain(30, false), {}, { onStateEntered: (name) => seen.push(name) });
    expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => `S${i}`));
    expect(r.billing.stateTransitions).toBe(30);
  });

  it('keeps the events right where the compact log takes over in the middle of a run', async () => {
    // 2,500 states record 5,002 events: the first 4,096 as objects, the rest in the log.
    const { batched, oneByOne } = await both(2_500, { id: 7 }, { type: 'EXPRESS' });
    expect(batched.events).toHaveLength(5_002);
    expect(batched.events.map((e) => e.id)).toEqual(Array.from({ length: 5_002 }, (_, i) => i + 1));
    expect(outcome(batched)).toEqual(outcome(oneByOne));
  });

  it('fails on a Next that names no state after recording the state, as one by one', async () => {
    const last = { Next: 'Missing' };
    const { batched, oneByOne } = await both(5, {}, { validate: false }, last);
    expect(batched.status).toBe('FAILED');
    expect(batched.cause).toContain("moves to 'Missing'");
    expect(outcome(batched)).toEqual(outcome(oneByOne));
  });

  it('counts a loop through a Choice: states entered again are counted again', async () => {
    const loop = (visited: boolean): StateMachineDefinition => {
      const extra = visited ? { InputPath: '$' } : {};
      return {
        StartAt: 'A',
        States: {
          A: { Type: 'Pass', ...extra, Next: 'B' },
          B: { Type: 'Pass', ...extra, Next: 'Again' },
          Again: { Type: 'Choice', Choices: [{ Variable: '$$.State.EnteredTime', IsPresent: true, Next: 'A' }], Default: 'Done' },
          Done: { Type: 'Succeed' },
        },
      };
    };
    const batched = await run(loop(false), {}, { maxTransitions: 31 });
    const oneByOne = await run(loop(true), {}, { maxTransitions: 31 });
    expect(batched.billing.transitionsByState).toEqual({ A: 11, B: 11, Again: 10 });
    expect(outcome(batched)).toEqual(outcome(oneByOne));
  });

  it('counts repeats in a run that keeps the first-entered order of the runs before it', async () => {
    // Two runs with every count 1 make the machine's template; the third loops twice through A and B (batched)
    // and enters the states first in the same order, so only its counts tell it apart.
    const def: StateMachineDefinition = {
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Next: 'B' },
        B: { Type: 'Pass', Next: 'Again' },
        Again: {
          Type: 'Choice',
          QueryLanguage: 'JSONata',
          Choices: [{ Condition: '{% $states.input.left > 0 %}', Next: 'A', Output: '{% {"left": $states.input.left - 1} %}' }],
          Default: 'Done',
        },
        Done: { Type: 'Succeed' },
      },
    };
    const machine = compileStateMachine(def, { type: 'EXPRESS' });
    for (const left of [0, 0]) expect((await machine.startExecution({ left })).billing.transitionsByState).toEqual({ A: 1, B: 1, Again: 1, Done: 1 });
    const looped = await machine.startExecution({ left: 2 });
    expect(Object.entries(looped.billing.transitionsByState ?? {})).toEqual([
      ['A', 3],
      ['B', 3],
      ['Again', 3],
      ['Done', 1],
    ]);
    expect((await machine.startExecution({ left: 0 })).billing.transitionsByState).toEqual({ A: 1, B: 1, Again: 1, Done: 1 });
  });

  it('tells a run that took other states of the same number from the runs before it', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'Pick',
      States: {
        Pick: { Type: 'Choice', Choices: [{ Variable: '$.pick', StringEquals: 'x', Next: 'X1' }], Default: 'Y1' },
        X1: { Type: 'Pass', Next: 'X2' },
        X2: { Type: 'Pass', End: true },
        Y1: { Type: 'Pass', Next: 'Y2' },
        Y2: { Type: 'Pass', End: true },
      },
    };
    const machine = compileStateMachine(def, { type: 'EXPRESS' });
    for (const pick of ['x', 'x', 'y', 'y', 'x']) {
      const r = await machine.startExecution({ pick });
      const [a, b] = pick === 'x' ? ['X1', 'X2'] : ['Y1', 'Y2'];
      expect(Object.entries(r.billing.transitionsByState ?? {})).toEqual([
        ['Pick', 1],
        [a, 1],
        [b, 1],
      ]);
    }
  });

  it('gives a compiled machine the same billing run after run, in the order the states were entered', async () => {
    const machine = compileStateMachine(chain(12, false), { type: 'EXPRESS' });
    const runs = [await machine.startExecution({}), await machine.startExecution({}), await machine.startExecution({})];
    for (const r of runs) {
      expect(Object.entries(r.billing.transitionsByState ?? {})).toEqual(Array.from({ length: 12 }, (_, i) => [`S${i}`, 1]));
    }
  });
});

// The two shortcuts of the recording hot path: a Pass that forwards its input records both of its events in
// one call (History.forwarded), and a compiled machine's run reserves room for as many events as its last
// run recorded (History.reserve). Neither may change a single event.

import { describe, expect, it } from 'vitest';
import type { StateMachineDefinition } from '../types';
import { run } from '../test-support/run';
import { compileStateMachine } from '../compile-state-machine';
import { History } from './history';
import { VirtualClock } from './clock';

/** Three Pass states; `computed` gives each an InputPath of '$', which changes nothing but takes the visit path. */
function chain(computed: boolean): StateMachineDefinition {
  const extra = computed ? { InputPath: '$' } : {};
  return {
    StartAt: 'A',
    States: { A: { Type: 'Pass', Next: 'B', ...extra }, B: { Type: 'Pass', Next: 'C', ...extra }, C: { Type: 'Pass', End: true, ...extra } },
  };
}

/** A Choice that skips two Pass states when the input says `short`. */
const branching: StateMachineDefinition = {
  StartAt: 'Pick',
  States: {
    Pick: { Type: 'Choice', Choices: [{ Variable: '$.short', BooleanEquals: true, Next: 'End' }], Default: 'One' },
    One: { Type: 'Pass', Next: 'Two' },
    Two: { Type: 'Pass', Next: 'End' },
    End: { Type: 'Pass', End: true },
  },
};

describe('a Pass that forwards its input', () => {
  const inputs: [string, unknown, string | undefined][] = [
    ['an object', { order: 'A-1', tags: ['x'] }, undefined],
    ['an input given as text with spaces (echoed verbatim on the first Entered only)', { a: 1 }, '{ "a" : 1 }'],
    ['a number', 42, undefined],
    ['null', null, undefined],
  ];
  it.each(inputs)('records the same events as a Pass that evaluates its fields: %s', async (_, input, inputString) => {
    const options = inputString === undefined ? {} : { inputString };
    const fast = await run(chain(false), input as never, options);
    const slow = await run(chain(true), input as never, options);
    expect(fast.events.length).toBe(8);
    expect(fast.events).toEqual(slow.events);
    expect(fast.billing).toEqual(slow.billing);
  });

  it('echoes the verbatim input on the first Entered event and writes the value on its Exited event', async () => {
    const r = await run(chain(false), { a: 1 }, { inputString: '{ "a" : 1 }' });
    expect(r.events[1]!.stateEnteredEventDetails).toEqual({ input: '{ "a" : 1 }', inputDetails: { truncated: false }, name: 'A' });
    expect(r.events[2]!.stateExitedEventDetails).toEqual({ name: 'A', output: '{"a":1}', outputDetails: { truncated: false } });
    expect(r.events[3]!.stateEnteredEventDetails).toMatchObject({ input: '{"a":1}' });
  });

  it('counts both events with history off', async () => {
    const r = await run(chain(false), {}, { recordHistory: false });
    expect(r.events).toEqual([]);
    expect(r.billing.historyEvents).toBe(8);
  });
});

describe('room reserved from the last run of a compiled machine', () => {
  it('gives each run exactly its own events, with no empty slots, whether the run is shorter or longer', async () => {
    const machine = compileStateMachine(branching, { type: 'EXPRESS' });
    const long = await machine.startExecution({ short: false });
    const short = await machine.startExecution({ short: true });
    const longAgain = await machine.startExecution({ short: false });
    for (const [r, states] of [
      [long, 4],
      [short, 2],
      [longAgain, 4],
    ] as const) {
      expect(r.events.length).toBe(r.billing.historyEvents);
      expect(r.events.length).toBe(2 + 2 * states);
      expect(Object.keys(r.events)).toHaveLength(r.events.length);
      expect(r.events.map((e) => e.id)).toEqual(Array.from({ length: r.events.length }, (_, i) => i + 1));
    }
    expect(longAgain.events).toEqual(long.events);
    // Each run's array is its own: reading or changing one leaves the others alone.
    short.events.push(short.events[0]!);
    expect(longAgain.events).toHaveLength(10);
  });

  it('keeps ids and links in order when the reserved room is smaller than the run and the log takes over', () => {
    const history = new History(true, new VirtualClock(0), 8);
    history.reserve(100); // capped at the 8 events kept as objects
    const thread = { prev: 0 };
    history.emit(thread, 'ExecutionStarted', 'executionStartedEventDetails', { input: '{}' }, false);
    for (let i = 0; i < 10; i++) history.forwarded(thread, 'PassStateEntered', 'PassStateExited', `S${i}`, { i }, undefined);
    const events = history.events;
    expect(events).toHaveLength(21);
    expect(events.map((e) => e.id)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(events.slice(1).map((e) => e.previousEventId)).toEqual(Array.from({ length: 20 }, (_, i) => (i === 0 ? 0 : i + 1)));
    expect(events[19]!.stateEnteredEventDetails).toMatchObject({ name: 'S9', input: '{"i":9}' });
    expect(events[20]!.stateExitedEventDetails).toMatchObject({ name: 'S9', output: '{"i":9}' });
    expect(history.objectsHeld).toBe(21);
  });
});

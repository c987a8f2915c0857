// The compact log (history-log.ts) must build exactly the events History builds as objects: the same values,
// the same key order, the same links, whether it takes over from the start, midway or never.

import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../types';
import { VirtualClock } from './clock';
import { History, type Thread } from './history';
import { attachEvents } from './attach-events';

/** Records the same varied sequence of events (every recording method, a clock move, shared texts). */
function record(history: History, clock: VirtualClock): void {
  const top: Thread = { prev: 0 };
  history.emit(top, 'ExecutionStarted', 'executionStartedEventDetails', { input: '{"a":1}', inputDetails: { truncated: false }, roleArn: 'arn:role' }, false);
  const input = { a: 1, list: [1, 2] };
  history.stateEntered(top, 'PassStateEntered', 'P', input, '{"a":1}');
  history.stateExited(top, 'PassStateExited', 'P', input);
  history.stateEntered(top, 'MapStateEntered', 'M', input);
  history.emit(top, 'MapStateStarted', 'mapStateStartedEventDetails', { length: 2 });
  const started = top.prev;
  for (let i = 0; i < 2; i++) {
    const slot: Thread = { prev: started };
    history.mapIteration(slot, 'MapIterationStarted', i, 'M', true);
    history.stateEntered(slot, 'PassStateEntered', 'I', i);
    history.stateExited(slot, 'PassStateExited', 'I', i, { seen: i, 'odd key': [i] });
    clock.advance(1500);
    history.stateEntered(slot, 'WaitStateEntered', 'W', i);
    history.stateExited(slot, 'WaitStateExited', 'W', { out: i });
    top.prev = history.mapIteration(slot, 'MapIterationSucceeded', i, 'M', false);
  }
  history.mapIteration({ prev: top.prev }, 'MapIterationAborted', 7, 'M', false);
  history.emit(top, 'MapStateSucceeded', undefined, undefined, false);
  history.stateExited(top, 'MapStateExited', 'M', [0, 1]);
  history.stateEntered(top, 'FailStateEntered', 'F', [0, 1]);
  history.emit(top, 'ExecutionFailed', 'executionFailedEventDetails', { error: 'Oops', cause: 'on purpose' });
}

function recorded(eagerLimit: number, prior?: { events: HistoryEvent[]; count: number }): History {
  const clock = new VirtualClock(Date.UTC(2030, 4, 1));
  const history = new History(true, clock, eagerLimit);
  if (prior) history.continueAfter(prior.events, prior.count);
  record(history, clock);
  return history;
}

/** Events as [key, value] pairs all the way down, so key order counts too. */
const ordered = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value).map(([k, v]) => [k, ordered(v)]) : value;

describe('the compact history log', () => {
  const asObjects = recorded(Number.POSITIVE_INFINITY);

  it('builds the same events as recording them as objects, whenever it takes over', () => {
    expect(asObjects.built).toBe(true);
    expect(asObjects.events).toHaveLength(asObjects.count);
    for (const limit of [0, 1, 5, 12]) {
      const logged = recorded(limit);
      expect(logged.built).toBe(false);
      expect(ordered(logged.events)).toEqual(ordered(asObjects.events));
      // Built once: the second read returns the same array and objects.
      expect(logged.events).toBe(logged.events);
    }
  });

  it('builds plain objects, like literals, however they are recorded', () => {
    for (const h of [asObjects, recorded(0)]) {
      for (const e of h.events) {
        expect(Object.getPrototypeOf(e)).toBe(Object.prototype);
        for (const key of Object.keys(e)) if (key.endsWith('EventDetails')) expect(Object.getPrototypeOf(e[key])).toBe(Object.prototype);
      }
      // toStrictEqual also compares prototypes and constructors: a literal of the same content must match.
      expect(h.events).toStrictEqual(JSON.parse(JSON.stringify(h.events)));
    }
  });

  it('keeps recording after the events were read (a new log continues after the built events)', () => {
    const twice = (limit: number, readBetween: boolean) => {
      const clock = new VirtualClock(Date.UTC(2030, 4, 1));
      const h = new History(true, clock, limit);
      record(h, clock);
      if (readBetween) expect(h.events).toHaveLength(h.count);
      record(h, clock);
      return h;
    };
    const expected = twice(Number.POSITIVE_INFINITY, false);
    for (const limit of [0, 3]) {
      const h = twice(limit, true);
      expect(ordered(h.events)).toEqual(ordered(expected.events));
      for (const e of expected.events) expect(h.previousEventIdOf(e.id)).toBe(e.previousEventId);
    }
  });

  it('answers previousEventIdOf for every event, logged or not', () => {
    for (const limit of [0, 5, Number.POSITIVE_INFINITY]) {
      const h = recorded(limit);
      for (const e of asObjects.events) expect(h.previousEventIdOf(e.id)).toBe(e.previousEventId);
      expect(h.previousEventIdOf(asObjects.count + 1)).toBeUndefined();
    }
  });

  it('continues a redriven history after the earlier attempt, recorded or not', () => {
    const prior = { events: asObjects.events.slice(), count: asObjects.count };
    const again = recorded(Number.POSITIVE_INFINITY, prior);
    const logged = recorded(3, prior);
    expect(again.events).toHaveLength(2 * asObjects.count);
    expect(ordered(logged.events)).toEqual(ordered(again.events));
    for (const e of again.events) expect(logged.previousEventIdOf(e.id)).toBe(e.previousEventId);
    // The earlier attempt ran without history: ids still continue after its count.
    const unrecorded = recorded(0, { events: [], count: 40 });
    expect(unrecorded.events[0]!.id).toBe(41);
    expect(ordered(unrecorded.events)).toEqual(ordered(recorded(Number.POSITIVE_INFINITY, { events: [], count: 40 }).events));
    expect(unrecorded.previousEventIdOf(43)).toBe(42);
    expect(unrecorded.previousEventIdOf(40)).toBeUndefined();
  });

  it('gives a result a plain events array, or one built on first read', () => {
    const eager: { events: HistoryEvent[] } = { events: [] };
    attachEvents(eager, recorded(Number.POSITIVE_INFINITY));
    expect(Object.getOwnPropertyDescriptor(eager, 'events')).toMatchObject({ writable: true, enumerable: true });
    const lazy: { events: HistoryEvent[] } = { events: [] };
    attachEvents(lazy, recorded(0));
    expect(Object.getOwnPropertyDescriptor(lazy, 'events')?.get).toBeTypeOf('function');
    expect(structuredClone(lazy).events).toEqual(eager.events);
    expect(Object.getOwnPropertyDescriptor(lazy, 'events')).toMatchObject({ writable: true, enumerable: true });
  });
});

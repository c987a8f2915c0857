// How an ExecutionResult gets its history: the events as they are, or built on first read when the run kept
// them in the compact log (history.ts).

import type { HistoryEvent } from '../types';
import type { History } from './history';

/**
 * Gives `target.events` (an ExecutionResult) the history's events. When some are still to be built, it is an
 * accessor that builds them on first read and then becomes a plain data property, so spreading,
 * JSON.stringify and postMessage's structured clone all see an ordinary array (each reads the property).
 */
export function attachEvents(target: { events: HistoryEvent[] }, history: History): void {
  if (!history.record) {
    target.events = [];
    return;
  }
  if (history.built) {
    target.events = history.events;
    return;
  }
  const settle = (owner: object, events: HistoryEvent[]) =>
    Object.defineProperty(owner, 'events', { value: events, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(target, 'events', {
    enumerable: true,
    configurable: true,
    get(this: object) {
      const events = history.events;
      settle(this, events);
      return events;
    },
    set(this: object, events: HistoryEvent[]) {
      settle(this, events);
    },
  });
}

// Builds GetExecutionHistory-shaped events. Each event links to the one before it in its own "thread"
// (previousEventId), the way AWS links them: branches and iterations keep their own chain, and a few
// bookkeeping events (ExecutionStarted, MapIterationSucceeded, MapStateSucceeded, ParallelStateSucceeded) are
// linked to but do not move the chain forward.
//
// The events are recorded compactly (history-log.ts: a few numbers and one reference per event) and built
// as objects only when read: a 100,000-item Map records 800,000 events, and keeping that many objects (and
// their details objects) alive while the run goes on cost more than the rest of the run (issue 18).

import type { HistoryEvent, JsonValue } from '../types';
import type { VirtualClock } from './clock';
import { jsonText, jsonTextPinned } from '../json-text';
import { setOwn } from '../own';
import { EventLog, FORM_DETAILS, FORM_ENTERED, FORM_EXITED, FORM_ITERATION, FORM_NONE, NOT_TRUNCATED } from './history-log';

/** The chain an event is appended to: the top-level run, one Parallel branch, or one Map iteration. */
export interface Thread {
  prev: number;
}

export class History {
  /** Events emitted, recorded or not: billing and the 25,000-event quota use it. */
  count = 0;
  private readonly log: EventLog;
  private pinned: object | undefined;
  private pinnedText = '';

  constructor(
    readonly record: boolean,
    private readonly clock: VirtualClock,
  ) {
    this.log = new EventLog();
  }

  /** Every recorded event as GetExecutionHistory returns it, built on first read (and kept). */
  get events(): HistoryEvent[] {
    return this.log.materialize();
  }

  /** The previousEventId of the recorded event `id`, or undefined when it was not recorded. */
  previousEventIdOf(id: number): number | undefined {
    return this.log.previousOf(id);
  }

  /** A redriven execution keeps its history: new events continue after the old ones. */
  continueAfter(events: readonly HistoryEvent[], count: number): void {
    if (this.record) this.log.keepPrior(events, count);
    this.count = count;
  }

  emit(thread: Thread, type: string, detailsKey?: string, details?: object, advance = true): number {
    const id = ++this.count;
    if (this.record) {
      const log = this.log;
      const code = detailsKey === undefined ? log.code(type, undefined, FORM_NONE) : log.code(type, detailsKey, FORM_DETAILS);
      log.push(code, thread.prev, this.clock.now, undefined, details, -1);
    }
    if (advance) thread.prev = id;
    return id;
  }

  /** MapIteration{Started,Succeeded,Failed,Aborted}: details `{ index, name }`, built when read. */
  mapIteration(thread: Thread, type: string, index: number, name: string, advance: boolean): number {
    const id = ++this.count;
    if (this.record) {
      const log = this.log;
      log.push(log.code(type, undefined, FORM_ITERATION), thread.prev, this.clock.now, name, undefined, index);
    }
    if (advance) thread.prev = id;
    return id;
  }

  /** Keep `text` as the JSON text of `value` (see jsonTextPinned). */
  pin(value: JsonValue, text: string): void {
    if (value !== null && typeof value === 'object' && Array.isArray(value) && text !== JSON.stringify(value)) {
      this.pinned = value;
      this.pinnedText = text;
    }
  }

  text(value: JsonValue | undefined): string {
    return this.pinned === undefined ? jsonText(value) : jsonTextPinned(value, this.pinned, this.pinnedText);
  }

  stateEntered(thread: Thread, type: string, name: string, input: JsonValue, inputText?: string): number {
    const id = ++this.count;
    if (this.record) {
      const log = this.log;
      log.push(log.code(type, undefined, FORM_ENTERED), thread.prev, this.clock.now, name, inputText ?? this.text(input), 0);
    }
    thread.prev = id;
    return id;
  }

  stateExited(thread: Thread, type: string, name: string, output: JsonValue, assigned?: Record<string, JsonValue>): number {
    if (!this.record) return this.emit(thread, type);
    if (assigned === undefined) {
      const id = ++this.count;
      const log = this.log;
      log.push(log.code(type, undefined, FORM_EXITED), thread.prev, this.clock.now, name, this.text(output), 0);
      thread.prev = id;
      return id;
    }
    const texts: Record<string, string> = {};
    for (const key of Object.keys(assigned)) setOwn(texts, key, this.text(assigned[key]));
    return this.emit(thread, type, 'stateExitedEventDetails', {
      assignedVariables: texts,
      assignedVariablesDetails: NOT_TRUNCATED,
      name,
      output: this.text(output),
      outputDetails: NOT_TRUNCATED,
    });
  }

  /** Details with an `input`/`output`-style JSON payload, e.g. taskSucceededEventDetails.output. */
  payload(value: JsonValue): string {
    return this.text(value);
  }
}

/**
 * Gives `target.events` (an ExecutionResult) the history's events, built on first read. Reading it once
 * turns it into a plain data property, so spreading, JSON.stringify and postMessage's structured clone all
 * see an ordinary array (each reads the property, which builds it).
 */
export function attachEvents(target: { events: HistoryEvent[] }, history: History): void {
  if (!history.record) {
    target.events = [];
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

export const notTruncated = NOT_TRUNCATED;

/** camelCase details key for an event type, e.g. 'TaskScheduled' -> 'taskScheduledEventDetails'. */
export function detailsKeyOf(type: string): string {
  return type.charAt(0).toLowerCase() + type.slice(1) + 'EventDetails';
}

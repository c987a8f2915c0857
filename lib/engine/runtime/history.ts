// Builds GetExecutionHistory-shaped events. Each event links to the one before it in its own "thread"
// (previousEventId), the way AWS links them: branches and iterations keep their own chain, and a few
// bookkeeping events (ExecutionStarted, MapIterationSucceeded, MapStateSucceeded, ParallelStateSucceeded) are
// linked to but do not move the chain forward.

import type { HistoryEvent, JsonValue } from '../types';
import type { VirtualClock } from './clock';
import { jsonText, jsonTextPinned } from '../json-text';
import { setOwn } from '../own';

/** The chain an event is appended to: the top-level run, one Parallel branch, or one Map iteration. */
export interface Thread {
  prev: number;
}

const NOT_TRUNCATED = Object.freeze({ truncated: false });

export class History {
  readonly events: HistoryEvent[] = [];
  /** Events emitted, recorded or not: billing and the 25,000-event quota use it. */
  count = 0;
  private pinned: object | undefined;
  private pinnedText = '';

  constructor(
    readonly record: boolean,
    private readonly clock: VirtualClock,
  ) {}

  /** A redriven execution keeps its history: new events continue after the old ones. */
  continueAfter(events: readonly HistoryEvent[], count: number): void {
    if (this.record) for (const event of events) this.events.push(event);
    this.count = count;
  }

  emit(thread: Thread, type: string, detailsKey?: string, details?: object, advance = true): number {
    const id = ++this.count;
    if (this.record) this.events.push(makeEvent(id, thread.prev, this.clock.iso(), type, detailsKey, details));
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
    if (!this.record) return this.emit(thread, type);
    return this.emit(thread, type, 'stateEnteredEventDetails', { input: inputText ?? this.text(input), inputDetails: NOT_TRUNCATED, name });
  }

  stateExited(thread: Thread, type: string, name: string, output: JsonValue, assigned?: Record<string, JsonValue>): number {
    if (!this.record) return this.emit(thread, type);
    if (assigned === undefined) {
      // The common case as one literal: a fixed object shape is cheaper to build and to keep.
      return this.emit(thread, type, 'stateExitedEventDetails', { name, output: this.text(output), outputDetails: NOT_TRUNCATED });
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
 * One literal per common details key: adding the key to an existing object would give every event a
 * separate property backing store, and a 100,000-item Map records 800,000 events.
 */
function makeEvent(id: number, previousEventId: number, timestamp: string, type: string, key: string | undefined, details: object | undefined): HistoryEvent {
  switch (key) {
    case undefined:
      return { id, previousEventId, timestamp, type };
    case 'stateEnteredEventDetails':
      return { id, previousEventId, timestamp, type, stateEnteredEventDetails: details };
    case 'stateExitedEventDetails':
      return { id, previousEventId, timestamp, type, stateExitedEventDetails: details };
    case 'mapIterationStartedEventDetails':
      return { id, previousEventId, timestamp, type, mapIterationStartedEventDetails: details };
    case 'mapIterationSucceededEventDetails':
      return { id, previousEventId, timestamp, type, mapIterationSucceededEventDetails: details };
    default: {
      const event: HistoryEvent = { id, previousEventId, timestamp, type };
      event[key] = details;
      return event;
    }
  }
}

export const notTruncated = NOT_TRUNCATED;

/** camelCase details key for an event type, e.g. 'TaskScheduled' -> 'taskScheduledEventDetails'. */
export function detailsKeyOf(type: string): string {
  return type.charAt(0).toLowerCase() + type.slice(1) + 'EventDetails';
}

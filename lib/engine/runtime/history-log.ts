// The compact record behind History (history.ts): per event its shape (type, details key and form), the
// previous event's id, a state name id and a payload ref, four int32s in growing Int32Array chunks, and the
// virtual time once per change (most events of a run share a tick);
// the payloads (JSON texts, rarer events' details) in one list, consecutive events of one value sharing one text.
// Nothing here is an object per event until the events are read; reading builds each event with a literal of
// a fixed shape per form (one generic builder cost ~530 ns an event, a fixed literal a small fraction of it).

import type { HistoryEvent } from '../types';

export const NOT_TRUNCATED = Object.freeze({ truncated: false });

/** No details. */
export const FORM_NONE = 0;
/** The payload is the details object itself (every rarer event). */
export const FORM_DETAILS = 1;
/** *StateEntered: the payload is the input text; details { input, inputDetails, name }. */
export const FORM_ENTERED = 2;
/** *StateExited without Assign: the payload is the output text; details { name, output, outputDetails }. */
export const FORM_EXITED = 3;
/** MapIteration*: the iteration index; details { index, name }. */
export const FORM_ITERATION = 4;
const FORMS = 5;

interface Shape {
  type: string;
  /** The details key, e.g. 'stateEnteredEventDetails'; undefined for an event without details. */
  key: string | undefined;
  form: number;
}

/** int32s per event: shape code, previousEventId, state name id, payload ref or iteration index. A chunk's
 * memory is the run's largest cost past the run itself (fresh pages), so it is kept this small. */
const STRIDE = 4;
/** Chunks start at this many events (the log only takes over from a run with thousands) and grow to MAX_CHUNK. */
const FIRST_CHUNK = 4_096;
const MAX_CHUNK = 32_768;

export class EventLog {
  private readonly shapes: Shape[] = [];
  /** Per form, the shape code of each event type (DETAILS events also match on their key). */
  private readonly byType: Map<string, number>[] = Array.from({ length: FORMS }, () => new Map());
  private n = 0;
  /**
   * Chunks of STRIDE numbers per event: never copied as they fill, never scanned by the garbage collector,
   * one allocation for thousands of events (plain arrays and doubling typed arrays both cost more).
   */
  private readonly chunks: Int32Array[] = [];
  private chunk = new Int32Array(0);
  /** Where the current chunk starts (an event index) and how many events it holds. */
  private chunkStart = 0;
  private chunkSize = 0;
  /** State names by id (a few per machine). */
  private readonly nameList: string[] = [];
  private readonly nameIds = new Map<string, number>();
  private lastName: string | undefined;
  private lastNameId = -1;
  /** Payloads (JSON texts, details objects) by ref; consecutive events of the same value share one. */
  private readonly refs: unknown[] = [];
  private lastPayload: unknown;
  /** The virtual time from event index timeFrom[k] on is times[k]. */
  private readonly times: number[] = [];
  private readonly timeFrom: number[] = [];
  private lastTime = Number.NaN;
  /** The ref of the last JSON text recorded, or -1. */
  private lastTextRef = -1;
  /** Events of an earlier attempt (a redrive), kept as they were; the log's ids continue after `base`. */
  private prior: readonly HistoryEvent[] = [];
  private base = 0;
  /** The events built so far: reading twice returns the same array (and objects). */
  private built: HistoryEvent[] | undefined;
  private builtCount = 0;

  keepPrior(events: readonly HistoryEvent[], count: number): void {
    if (this.n > 0) throw new Error('EventLog.keepPrior: events were already recorded');
    this.prior = events;
    this.base = count;
  }

  /** Per form, the type (and key) asked for last and its code: a run mostly repeats the same few. */
  private readonly lastType: (string | undefined)[] = [undefined, undefined, undefined, undefined, undefined];
  private readonly lastKey: (string | undefined)[] = [undefined, undefined, undefined, undefined, undefined];
  private readonly lastCode: number[] = [-1, -1, -1, -1, -1];

  /** The shape code for an event type in a form, made on first use. */
  code(type: string, key: string | undefined, form: number): number {
    if (type === this.lastType[form] && key === this.lastKey[form]) return this.lastCode[form]!;
    const code = this.lookUp(type, key, form);
    this.lastType[form] = type;
    this.lastKey[form] = key;
    this.lastCode[form] = code;
    return code;
  }

  private lookUp(type: string, key: string | undefined, form: number): number {
    const table = this.byType[form]!;
    const found = table.get(type);
    if (found !== undefined && (form !== FORM_DETAILS || this.shapes[found]!.key === key)) return found;
    // A DETAILS event whose key is not the usual one for its type (none today): a table entry of its own.
    const lookup = found === undefined ? type : `${type}\n${key ?? ''}`;
    const again = table.get(lookup);
    if (again !== undefined) return again;
    const code = this.shapes.length;
    this.shapes.push({ type, key: form === FORM_ENTERED ? 'stateEnteredEventDetails' : form === FORM_EXITED ? 'stateExitedEventDetails' : form === FORM_ITERATION ? iterationKey(type) : key, form });
    table.set(lookup, code);
    return code;
  }

  /**
   * Records one event; `aux` (an iteration index) is kept when there is no payload. `sameText` says the
   * payload is the text recorded last (the caller knows it from the value's identity): JSON texts are never
   * compared here, since two texts of the same length are compared character by character.
   */
  push(code: number, prev: number, time: number, name: string | undefined, payload: unknown, aux: number, sameText = false): void {
    const i = this.n - this.chunkStart;
    if (i === this.chunkSize) return this.pushInNewChunk(code, prev, time, name, payload, aux, sameText);
    if (time !== this.lastTime) this.newTime(time);
    const chunk = this.chunk;
    const at = i * STRIDE;
    chunk[at] = code;
    chunk[at + 1] = prev;
    chunk[at + 2] = name === undefined ? -1 : this.nameId(name);
    chunk[at + 3] = payload === undefined ? aux : sameText && this.lastTextRef >= 0 ? this.lastTextRef : this.ref(payload);
    this.n++;
  }

  private pushInNewChunk(code: number, prev: number, time: number, name: string | undefined, payload: unknown, aux: number, sameText: boolean): void {
    this.chunkStart = this.n;
    this.chunkSize = this.chunkSize === 0 ? FIRST_CHUNK : Math.min(this.chunkSize * 2, MAX_CHUNK);
    this.chunk = new Int32Array(this.chunkSize * STRIDE);
    this.chunks.push(this.chunk);
    this.push(code, prev, time, name, payload, aux, sameText);
  }

  private newTime(time: number): void {
    this.times.push(time);
    this.timeFrom.push(this.n);
    this.lastTime = time;
  }

  /** The chunk holding event index i, and i's offset (in numbers) inside it. */
  private locate(i: number): [Int32Array, number] {
    let start = 0;
    let size = FIRST_CHUNK;
    for (const chunk of this.chunks) {
      if (i < start + size) return [chunk, (i - start) * STRIDE];
      start += size;
      size = Math.min(size * 2, MAX_CHUNK);
    }
    throw new RangeError(`EventLog: no event at index ${i}`);
  }

  previousOf(id: number): number | undefined {
    const i = id - this.base - 1;
    if (i >= 0 && i < this.n) {
      const [chunk, at] = this.locate(i);
      return chunk[at + 1]!;
    }
    // The prior events are the last `prior.length` of the `base` events before the log.
    const old = this.prior[id - 1 - (this.base - this.prior.length)];
    return old !== undefined && old.id === id ? old.previousEventId : undefined;
  }

  materialize(): HistoryEvent[] {
    let out = this.built;
    if (out === undefined) out = this.built = this.prior.slice();
    const n = this.n;
    if (this.builtCount === n) return out;
    const { shapes, nameList: names, refs, base, times, timeFrom } = this;
    let k = 0;
    while (k + 1 < timeFrom.length && timeFrom[k + 1]! <= this.builtCount) k++;
    let iso = new Date(times[k]!).toISOString();
    let nextTimeAt = k + 1 < timeFrom.length ? timeFrom[k + 1]! : n;
    let [chunk, at] = this.locate(this.builtCount);
    let left = chunk.length - at;
    for (let i = this.builtCount; i < n; i++, at += STRIDE, left -= STRIDE) {
      if (left === 0) {
        [chunk, at] = this.locate(i);
        left = chunk.length - at;
      }
      if (i === nextTimeAt) {
        k++;
        iso = new Date(times[k]!).toISOString();
        nextTimeAt = k + 1 < timeFrom.length ? timeFrom[k + 1]! : n;
      }
      const shape = shapes[chunk[at]!]!;
      const id = base + i + 1;
      const previousEventId = chunk[at + 1]!;
      const nameId = chunk[at + 2]!;
      const name = nameId < 0 ? undefined : names[nameId];
      const ref = chunk[at + 3]!;
      const type = shape.type;
      switch (shape.form) {
        case FORM_ENTERED:
          out.push(enteredEvent(id, previousEventId, iso, type, refs[ref] as string, name!));
          break;
        case FORM_EXITED:
          out.push(exitedEvent(id, previousEventId, iso, type, refs[ref] as string, name!));
          break;
        case FORM_NONE:
          out.push({ id, previousEventId, timestamp: iso, type });
          break;
        case FORM_ITERATION:
          out.push(makeEvent(id, previousEventId, iso, type, shape.key, { index: ref, name: name! }));
          break;
        default:
          out.push(makeEvent(id, previousEventId, iso, type, shape.key, ref < 0 ? undefined : (refs[ref] as object)));
      }
    }
    this.builtCount = n;
    return out;
  }

  private nameId(name: string): number {
    if (name === this.lastName) return this.lastNameId;
    let id = this.nameIds.get(name);
    if (id === undefined) {
      id = this.nameList.length;
      this.nameList.push(name);
      this.nameIds.set(name, id);
    }
    this.lastName = name;
    this.lastNameId = id;
    return id;
  }

  /** A new ref for a payload (a details object the same as the last one shares its ref). */
  private ref(payload: unknown): number {
    if (typeof payload === 'string') {
      this.lastTextRef = this.refs.length;
      this.refs.push(payload);
    } else if (payload !== this.lastPayload || this.refs.length === 0) {
      this.refs.push(payload);
      this.lastPayload = payload;
    }
    return this.refs.length - 1;
  }
}

/** camelCase details key for an event type, e.g. 'TaskScheduled' -> 'taskScheduledEventDetails'. */
export function detailsKeyOf(type: string): string {
  return type.charAt(0).toLowerCase() + type.slice(1) + 'EventDetails';
}

/** The details key of a MapIteration* event (the two most frequent without building the string). */
export function iterationKey(type: string): string {
  return type === 'MapIterationStarted' ? 'mapIterationStartedEventDetails' : type === 'MapIterationSucceeded' ? 'mapIterationSucceededEventDetails' : detailsKeyOf(type);
}

/** A *StateEntered event. Every one is built here: one object shape for all of them, the cheapest to build and keep. */
export function enteredEvent(id: number, previousEventId: number, timestamp: string, type: string, input: string, name: string): HistoryEvent {
  return { id, previousEventId, timestamp, type, stateEnteredEventDetails: { input, inputDetails: NOT_TRUNCATED, name } };
}

/** A *StateExited event without Assign (one shape for all, as enteredEvent). */
export function exitedEvent(id: number, previousEventId: number, timestamp: string, type: string, output: string, name: string): HistoryEvent {
  return { id, previousEventId, timestamp, type, stateExitedEventDetails: { name, output, outputDetails: NOT_TRUNCATED } };
}

/**
 * One literal per common details key: adding the key to an existing object would give every event a
 * separate property backing store, and a 100,000-item Map records 800,000 events.
 */
export function makeEvent(id: number, previousEventId: number, timestamp: string, type: string, key: string | undefined, details: object | undefined): HistoryEvent {
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
    case 'executionStartedEventDetails':
      return { id, previousEventId, timestamp, type, executionStartedEventDetails: details };
    case 'executionSucceededEventDetails':
      return { id, previousEventId, timestamp, type, executionSucceededEventDetails: details };
    default: {
      const event: HistoryEvent = { id, previousEventId, timestamp, type };
      event[key] = details;
      return event;
    }
  }
}

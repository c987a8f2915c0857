// The compact record behind History (history.ts): per event its shape (type, details key and form), the
// previous event's id and the virtual time in typed arrays, plus one state name and one payload reference.
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

export class EventLog {
  private readonly shapes: Shape[] = [];
  /** Per form, the shape code of each event type (DETAILS events also match on their key). */
  private readonly byType: Map<string, number>[] = Array.from({ length: FORMS }, () => new Map());
  private n = 0;
  private codes: Int32Array;
  private prevs: Int32Array;
  private auxes: Int32Array;
  private times: Float64Array;
  private readonly names: (string | undefined)[] = [];
  private readonly payloads: unknown[] = [];
  /** Events of an earlier attempt (a redrive), kept as they were; the log's ids continue after `base`. */
  private prior: readonly HistoryEvent[] = [];
  private base = 0;
  /** The events built so far: reading twice returns the same array (and objects). */
  private built: HistoryEvent[] | undefined;
  private builtCount = 0;

  constructor(capacity: number) {
    this.codes = new Int32Array(capacity);
    this.prevs = new Int32Array(capacity);
    this.auxes = new Int32Array(capacity);
    this.times = new Float64Array(capacity);
  }

  keepPrior(events: readonly HistoryEvent[], count: number): void {
    if (this.n > 0) throw new Error('EventLog.keepPrior: events were already recorded');
    this.prior = events;
    this.base = count;
  }

  /** The shape code for an event type in a form, made on first use. */
  code(type: string, key: string | undefined, form: number): number {
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

  push(code: number, prev: number, time: number, name: string | undefined, payload: unknown, aux: number): void {
    const i = this.n;
    if (i === this.codes.length) this.grow();
    this.codes[i] = code;
    this.prevs[i] = prev;
    this.auxes[i] = aux;
    this.times[i] = time;
    this.names.push(name);
    this.payloads.push(payload);
    this.n = i + 1;
  }

  previousOf(id: number): number | undefined {
    const i = id - this.base - 1;
    if (i >= 0 && i < this.n) return this.prevs[i];
    const old = this.prior[id - 1];
    return old !== undefined && old.id === id ? old.previousEventId : undefined;
  }

  materialize(): HistoryEvent[] {
    let out = this.built;
    if (out === undefined) out = this.built = this.prior.slice();
    const n = this.n;
    if (this.builtCount === n) return out;
    const { codes, prevs, auxes, times, names, payloads, shapes, base } = this;
    let isoAt = Number.NaN;
    let iso = '';
    for (let i = this.builtCount; i < n; i++) {
      const shape = shapes[codes[i]!]!;
      const time = times[i]!;
      if (time !== isoAt) {
        isoAt = time;
        iso = new Date(time).toISOString();
      }
      const id = base + i + 1;
      const previousEventId = prevs[i]!;
      const type = shape.type;
      switch (shape.form) {
        case FORM_ENTERED:
          out.push({ id, previousEventId, timestamp: iso, type, stateEnteredEventDetails: { input: payloads[i], inputDetails: NOT_TRUNCATED, name: names[i] } });
          break;
        case FORM_EXITED:
          out.push({ id, previousEventId, timestamp: iso, type, stateExitedEventDetails: { name: names[i], output: payloads[i], outputDetails: NOT_TRUNCATED } });
          break;
        case FORM_NONE:
          out.push({ id, previousEventId, timestamp: iso, type });
          break;
        case FORM_ITERATION:
          out.push(makeEvent(id, previousEventId, iso, type, shape.key, { index: auxes[i]!, name: names[i]! }));
          break;
        default:
          out.push(makeEvent(id, previousEventId, iso, type, shape.key, payloads[i] as object | undefined));
      }
    }
    this.builtCount = n;
    return out;
  }

  private grow(): void {
    const capacity = Math.max(64, this.codes.length * 2);
    this.codes = grown(this.codes, new Int32Array(capacity));
    this.prevs = grown(this.prevs, new Int32Array(capacity));
    this.auxes = grown(this.auxes, new Int32Array(capacity));
    this.times = grown(this.times, new Float64Array(capacity));
  }
}

function grown<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

function iterationKey(type: string): string {
  return type.charAt(0).toLowerCase() + type.slice(1) + 'EventDetails';
}

/**
 * One literal per common details key: adding the key to an existing object would give every event a
 * separate property backing store, and a 100,000-item Map records 800,000 events.
 */
function makeEvent(id: number, previousEventId: number, timestamp: string, type: string, key: string | undefined, details: object | undefined): HistoryEvent {
  switch (key) {
    case undefined:
      return { id, previousEventId, timestamp, type };
    case 'mapIterationStartedEventDetails':
      return { id, previousEventId, timestamp, type, mapIterationStartedEventDetails: details };
    case 'mapIterationSucceededEventDetails':
      return { id, previousEventId, timestamp, type, mapIterationSucceededEventDetails: details };
    case 'stateExitedEventDetails':
      return { id, previousEventId, timestamp, type, stateExitedEventDetails: details };
    default: {
      const event: HistoryEvent = { id, previousEventId, timestamp, type };
      event[key] = details;
      return event;
    }
  }
}

// Builds GetExecutionHistory-shaped events. Each event links to the one before it in its own "thread"
// (previousEventId), the way AWS links them: branches and iterations keep their own chain, and a few
// bookkeeping events (ExecutionStarted, MapIterationSucceeded, MapStateSucceeded, ParallelStateSucceeded) are
// linked to but do not move the chain forward.
//
// Most runs record a few hundred events: those are built as objects as they happen, the cheapest way when
// every event is read (the sandbox, grading, the CLI). Past EAGER_EVENTS the rest go to a compact log
// (history-log.ts: a few numbers and one reference per event) and are built only when read: a 100,000-item
// Map records 800,000 events, and keeping that many objects alive while the run goes on cost more than the
// rest of the run (issue 18).

import type { HistoryEvent, JsonValue } from '../types';
import type { VirtualClock } from './clock';
import { jsonText, jsonTextPinned } from '../json-text';
import { elementTexts } from '../json-text-split';
import { setOwn } from '../own';
import { EventLog, FORM_DETAILS, FORM_ENTERED, FORM_EXITED, FORM_ITERATION, FORM_NONE, NOT_TRUNCATED, enteredEvent, exitedEvent, iterationKey, makeEvent } from './history-log';

/** Where a batch of forwarding states writes its events (History.openBatch, closeBatch). */
export interface EventBatch {
  readonly events: HistoryEvent[];
  /** The next free slot in `events`, and the id of the last event written. */
  slot: number;
  id: number;
  readonly text: string;
  readonly timestamp: string;
}

/** The chain an event is appended to: the top-level run, one Parallel branch, or one Map iteration. */
export interface Thread {
  prev: number;
}

/** Arrays of at least this many items have their element texts cut out of one text (History.itemTexts). */
const SPLIT_FROM = 16;

/** Events recorded as objects before the compact log takes over. */
export const EAGER_EVENTS = 4_096;

export class History {
  /** Events emitted, recorded or not: billing and the 25,000-event quota use it. */
  count = 0;
  /**
   * The events recorded so far as objects (the first `eagerCount` slots: `reserve` may have made room for
   * more); undefined once the compact log has taken over.
   */
  private eager: HistoryEvent[] | undefined = [];
  private eagerCount = 0;
  private log: EventLog | undefined;
  private pinned: object | undefined;
  /** The value whose text the last Entered or Exited event recorded (an object), and that text. */
  private lastValue: JsonValue | undefined;
  private lastText = '';
  /** Whether lastText is the text the compact log recorded last (knowText sets a text no event recorded yet). */
  private lastTextLogged = true;
  private pinnedText = '';

  constructor(
    readonly record: boolean,
    private readonly clock: VirtualClock,
    /** How many events are kept as objects before the log takes over (tests lower it). */
    private readonly eagerLimit = EAGER_EVENTS,
  ) {}

  /** Every recorded event as GetExecutionHistory returns it (the logged ones built on first read, then kept;
   * events recorded after a read continue in a new log). */
  get events(): HistoryEvent[] {
    if (this.eager !== undefined) {
      // Room reserved and not used goes (a no-op unless the run recorded fewer events than reserved).
      if (this.eager.length !== this.eagerCount) this.eager.length = this.eagerCount;
    } else {
      // Built once: from here on they are kept as objects and the log's numbers and texts can go.
      this.eager = this.log!.materialize();
      this.eagerCount = this.eager.length;
      this.log = undefined;
    }
    return this.eager;
  }

  /**
   * Makes room for `n` event objects at once: a run of a compiled machine reserves what its last run recorded
   * (CompiledMachine.eventsSeen), one allocation instead of the array growing and being copied as events come.
   */
  reserve(n: number): void {
    const eager = this.eager;
    if (!this.record || eager === undefined || n <= eager.length) return;
    const room: HistoryEvent[] = new Array(Math.min(n, this.eagerLimit));
    for (let i = 0; i < this.eagerCount; i++) room[i] = eager[i]!;
    this.eager = room;
  }

  /** How many events this run held as objects, all it could once the compact log took over: what the next
   * run of the same machine reserves. */
  get objectsHeld(): number {
    return this.eager === undefined ? this.eagerLimit : this.eagerCount;
  }

  /** Whether every recorded event is already an object (nothing left to build when `events` is read). */
  get built(): boolean {
    return this.eager !== undefined;
  }

  /** The previousEventId of the recorded event `id`, or undefined when it was not recorded. */
  previousEventIdOf(id: number): number | undefined {
    const eager = this.eager;
    if (eager === undefined) return this.log!.previousOf(id);
    // The eager events are the last `eagerCount` of the `count` events so far.
    const event = eager[id - 1 - (this.count - this.eagerCount)];
    return event !== undefined && event.id === id ? event.previousEventId : undefined;
  }

  /** A redriven execution keeps its history: new events continue after the old ones. */
  continueAfter(events: readonly HistoryEvent[], count: number): void {
    if (this.record) for (const event of events) this.eager![this.eagerCount++] = event;
    this.count = count;
  }

  /** The log to record into once there are too many events to keep as objects; undefined before that. */
  private logFor(): EventLog | undefined {
    const eager = this.eager;
    if (eager === undefined) return this.log;
    if (this.eagerCount < this.eagerLimit) return undefined;
    eager.length = this.eagerCount;
    this.eagerCount = 0;
    const log = new EventLog();
    log.keepPrior(eager, this.count);
    this.eager = undefined;
    return (this.log = log);
  }

  emit(thread: Thread, type: string, detailsKey?: string, details?: object, advance = true): number {
    if (this.record) {
      const log = this.logFor();
      if (log === undefined) this.eager![this.eagerCount++] = makeEvent(this.count + 1, thread.prev, this.clock.iso(), type, detailsKey, details);
      else {
        const code = detailsKey === undefined ? log.code(type, undefined, FORM_NONE) : log.code(type, detailsKey, FORM_DETAILS);
        log.push(code, thread.prev, this.clock.now, undefined, details, -1);
      }
    }
    const id = ++this.count;
    if (advance) thread.prev = id;
    return id;
  }

  /** MapIteration{Started,Succeeded,Failed,Aborted}: details `{ index, name }` (built when read, once logged). */
  mapIteration(thread: Thread, type: string, index: number, name: string, advance: boolean): number {
    if (this.record) {
      const log = this.logFor();
      if (log === undefined) this.eager![this.eagerCount++] = makeEvent(this.count + 1, thread.prev, this.clock.iso(), type, iterationKey(type), { index, name });
      else log.push(log.code(type, undefined, FORM_ITERATION), thread.prev, this.clock.now, name, undefined, index);
    }
    const id = ++this.count;
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

  /**
   * The JSON texts of `items`' elements, for the iterations' first events (knowText): one text of the whole
   * array, cut into its elements (json-text-split.ts), instead of one JSON.stringify per item. Undefined when
   * not recording, for a handful of items, or while a verbatim input text is pinned (its elements' texts may
   * differ from JSON.stringify's).
   */
  itemTexts(items: JsonValue[]): string[] | undefined {
    if (!this.record || this.pinned !== undefined || items.length < SPLIT_FROM) return undefined;
    const texts = elementTexts(this.text(items));
    return texts !== undefined && texts.length === items.length ? texts : undefined;
  }

  /** The next Entered or Exited event of `value` records `text` (JSON.stringify's text of it) as its text. */
  knowText(value: JsonValue, text: string): void {
    this.lastValue = value;
    this.lastText = text;
    this.lastTextLogged = false;
  }

  /** The JSON text the last Entered or Exited event recorded, if it was `value`'s; else undefined. */
  recordedText(value: JsonValue): string | undefined {
    return this.record && value === this.lastValue && value !== undefined ? this.lastText : undefined;
  }

  text(value: JsonValue | undefined): string {
    return this.pinned === undefined ? jsonText(value) : jsonTextPinned(value, this.pinned, this.pinnedText);
  }

  stateEntered(thread: Thread, type: string, name: string, input: JsonValue, inputText?: string): number {
    if (!this.record) return this.emit(thread, type);
    return this.stateEvent(thread, type, FORM_ENTERED, name, input, inputText);
  }

  stateExited(thread: Thread, type: string, name: string, output: JsonValue, assigned?: Record<string, JsonValue>): number {
    if (!this.record) return this.emit(thread, type);
    if (assigned === undefined) return this.stateEvent(thread, type, FORM_EXITED, name, output);
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

  /**
   * A *StateEntered or *StateExited event (without Assign) with the JSON text of `value` (or `givenText`).
   * A value is often entered, exited and entered again (a Pass forwards its input): the same object gives
   * the same text, found by identity since values flowing through a run are never mutated.
   */
  private stateEvent(thread: Thread, type: string, form: typeof FORM_ENTERED | typeof FORM_EXITED, name: string, value: JsonValue, givenText?: string): number {
    const known = givenText === undefined && value === this.lastValue && value !== null && typeof value === 'object';
    const text = known ? this.lastText : (givenText ?? this.text(value));
    const same = known && this.lastTextLogged;
    this.lastValue = givenText === undefined ? value : undefined;
    this.lastText = text;
    this.lastTextLogged = true;
    const log = this.logFor();
    if (log !== undefined) log.push(log.code(type, undefined, form), thread.prev, this.clock.now, name, text, 0, same);
    else {
      const id = this.count + 1;
      const previousEventId = thread.prev;
      const timestamp = this.clock.iso();
      this.eager![this.eagerCount++] =
        form === FORM_ENTERED ? enteredEvent(id, previousEventId, timestamp, type, text, name) : exitedEvent(id, previousEventId, timestamp, type, text, name);
    }
    const id = ++this.count;
    thread.prev = id;
    return id;
  }

  /**
   * A state entered and exited with the same value (a Pass that forwards its input): both events in one call,
   * one text and one timestamp for the two (what stateEntered then stateExited record, for less).
   */
  forwarded(thread: Thread, enteredType: string, exitedType: string | undefined, name: string, value: JsonValue, givenText: string | undefined): void {
    if (!this.record) {
      this.count += exitedType === undefined ? 1 : 2;
      thread.prev = this.count;
      return;
    }
    const eager = this.eager;
    if (exitedType === undefined || eager === undefined || this.eagerCount + 2 > this.eagerLimit) {
      this.stateEvent(thread, enteredType, FORM_ENTERED, name, value, givenText);
      if (exitedType !== undefined) this.stateEvent(thread, exitedType, FORM_EXITED, name, value);
      return;
    }
    let text: string;
    let outText: string;
    if (givenText === undefined && value === this.lastValue) {
      // The value the last event recorded (equal primitives have equal texts too): a run of forwarding states.
      text = outText = this.lastText;
    } else {
      text = givenText ?? this.text(value);
      outText = givenText === undefined ? text : this.text(value);
      this.lastValue = value;
      this.lastText = outText;
    }
    const timestamp = this.clock.iso();
    const id = this.count + 1;
    eager[this.eagerCount++] = enteredEvent(id, thread.prev, timestamp, enteredType, text, name);
    eager[this.eagerCount++] = exitedEvent(id + 1, id, timestamp, exitedType, outText, name);
    this.count = id + 1;
    thread.prev = id + 1;
  }

  /** How many forwarding states a batch (forward-run.ts) can take now: any number while not recording, none
   * once the compact log has taken over, else what fits before it would. */
  forwardRoom(): number {
    if (!this.record) return Number.POSITIVE_INFINITY;
    return this.eager === undefined ? 0 : (this.eagerLimit - this.eagerCount) >> 1;
  }

  /**
   * Opens a batch of forwarding states that all hand on `value` (see forwardRoom for how many fit): the caller
   * writes their events (enteredEvent, exitedEvent) into `events` from `slot` on, one text and one timestamp
   * for all, then closes it. Undefined while not recording.
   */
  openBatch(value: JsonValue): EventBatch | undefined {
    if (!this.record) return undefined;
    if (value !== this.lastValue) {
      this.lastValue = value;
      this.lastText = this.text(value);
    }
    return { events: this.eager!, slot: this.eagerCount, id: this.count, text: this.lastText, timestamp: this.clock.iso() };
  }

  /** Closes a batch of `n` forwarding states (two events each), recorded or not, on `thread`. */
  closeBatch(thread: Thread, batch: EventBatch | undefined, n: number): void {
    if (batch === undefined) this.count += 2 * n;
    else {
      this.eagerCount = batch.slot;
      this.count = batch.id;
    }
    thread.prev = this.count;
  }

  /** Details with an `input`/`output`-style JSON payload, e.g. taskSucceededEventDetails.output. */
  payload(value: JsonValue): string {
    return this.text(value);
  }
}

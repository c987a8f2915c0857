// The objects of the events History builds as a run goes (history.ts), made by constructors whose prototype
// is Object.prototype: to every reader they are the plain objects an object literal makes (the same keys in
// the same order, the same prototype, JSON and structured clone), but V8 does not track them by allocation
// site. Object literals are tracked, and when a young-generation collection happens to land in the middle of
// a run, V8 can judge all of a literal's objects long-lived and allocate every later one in the old
// generation ("pretenuring"): the 100-state chain with history on then spent most of its time collecting
// old garbage, 2-3x slower (node --trace-pretenuring-statistics shows the sites it tenured).

import type { HistoryEvent } from '../types';

interface Truncated {
  truncated: boolean;
}

export interface EnteredDetails {
  input: string;
  inputDetails: Truncated;
  name: string;
}

export interface ExitedDetails {
  name: string;
  output: string;
  outputDetails: Truncated;
}

/** Makes a plain-object constructor: `new` gives an object whose prototype is Object.prototype. */
function plain<C>(ctor: C): C {
  (ctor as { prototype: object }).prototype = Object.prototype;
  return ctor;
}

type EventCtor = new (id: number, previousEventId: number, timestamp: string, type: string, details: object | undefined) => HistoryEvent;

const EnteredDetailsObject = plain(function (this: EnteredDetails, input: string, inputDetails: Truncated, name: string) {
  this.input = input;
  this.inputDetails = inputDetails;
  this.name = name;
} as unknown as new (input: string, inputDetails: Truncated, name: string) => EnteredDetails);

const ExitedDetailsObject = plain(function (this: ExitedDetails, name: string, output: string, outputDetails: Truncated) {
  this.name = name;
  this.output = output;
  this.outputDetails = outputDetails;
} as unknown as new (name: string, output: string, outputDetails: Truncated) => ExitedDetails);

const EnteredEvent = plain(function (this: HistoryEvent, id: number, previousEventId: number, timestamp: string, type: string, details: object | undefined) {
  this.id = id;
  this.previousEventId = previousEventId;
  this.timestamp = timestamp;
  this.type = type;
  this.stateEnteredEventDetails = details;
} as unknown as EventCtor);

const ExitedEvent = plain(function (this: HistoryEvent, id: number, previousEventId: number, timestamp: string, type: string, details: object | undefined) {
  this.id = id;
  this.previousEventId = previousEventId;
  this.timestamp = timestamp;
  this.type = type;
  this.stateExitedEventDetails = details;
} as unknown as EventCtor);

export function enteredEvent(id: number, previousEventId: number, timestamp: string, type: string, input: string, inputDetails: Truncated, name: string): HistoryEvent {
  return new EnteredEvent(id, previousEventId, timestamp, type, new EnteredDetailsObject(input, inputDetails, name));
}

export function exitedEvent(id: number, previousEventId: number, timestamp: string, type: string, name: string, output: string, outputDetails: Truncated): HistoryEvent {
  return new ExitedEvent(id, previousEventId, timestamp, type, new ExitedDetailsObject(name, output, outputDetails));
}

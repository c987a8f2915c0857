// The JSONPath forms of a Wait state's fields (Seconds, Timestamp, SecondsPath, TimestampPath); the JSONata
// forms are in dataflow-jsonata.ts. Bad values fail with States.Runtime in AWS's wording (recorded in the
// conformance corpus).

import type { JsonValue } from '../types';
import { StatesError } from '../errors';
import type { Visit } from './visit';
import { lookup } from './dataflow-items';
import { STATES_ERRORS } from '../asl/errors';

/** Java's Long.MAX_VALUE (2^63 - 1), as a double. */
const MAX_LONG = 9_223_372_036_854_775_807;

const ISO_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Epoch ms of an ISO-8601 extended offset date-time, or undefined when the text is not one. */
export function parseIsoOffsetDateTime(text: string): number | undefined {
  const m = ISO_OFFSET.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  if (+mo! < 1 || +mo! > 12 || +d! < 1 || +h! > 23 || +mi! > 59 || +s! > 59) return undefined;
  const daysInMonth = new Date(Date.UTC(+y!, +mo!, 0)).getUTCDate();
  if (+d! > daysInMonth) return undefined;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}

/** The wait in milliseconds of a JSONPath Wait state: Seconds, Timestamp, SecondsPath or TimestampPath. */
export function waitMs(visit: Visit<'Wait'>, input: JsonValue): number {
  const def = visit.state.def;
  const now = visit.exec.clock.now;
  if (typeof def.Seconds === 'number') return def.Seconds * 1000;
  if (typeof def.Timestamp === 'string') {
    const at = parseIsoOffsetDateTime(def.Timestamp);
    if (at === undefined) {
      throw new StatesError(STATES_ERRORS.Runtime, `The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${def.Timestamp}`);
    }
    return at - now;
  }
  if (typeof def.SecondsPath === 'string') {
    const r = lookup(visit, def.SecondsPath, input);
    if (!r.found) throw new StatesError(STATES_ERRORS.Runtime, `The SecondsPath parameter does not reference an input value: ${def.SecondsPath}`);
    const v = r.value;
    // AWS reads the value as a Java long: a fraction, or a number past the long range such as 1e300, "cannot
    // be parsed as a long value". A long that is merely huge waits past the deadline and times the run out.
    if (typeof v !== 'number' || !Number.isInteger(v) || Math.abs(v) > MAX_LONG) {
      throw new StatesError(STATES_ERRORS.Runtime, `The SecondsPath parameter cannot be parsed as a long value: ${def.SecondsPath} == ${typeof v === 'string' ? v : JSON.stringify(v)}`);
    }
    if (v < 0) throw new StatesError(STATES_ERRORS.Runtime, `The SecondsPath parameter references a negative value: ${def.SecondsPath} == ${v}`);
    return v * 1000;
  }
  if (typeof def.TimestampPath === 'string') {
    const r = lookup(visit, def.TimestampPath, input);
    if (!r.found) throw new StatesError(STATES_ERRORS.Runtime, `The TimestampPath parameter does not reference an input value: ${def.TimestampPath}`);
    const v = r.value;
    const at = typeof v === 'string' ? parseIsoOffsetDateTime(v) : undefined;
    if (at === undefined) {
      throw new StatesError(
        STATES_ERRORS.Runtime,
        `The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: ${def.TimestampPath} == ${typeof v === 'string' ? v : JSON.stringify(v)}`,
      );
    }
    return at - now;
  }
  return 0;
}

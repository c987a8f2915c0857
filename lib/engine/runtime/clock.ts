// The virtual clock: Waits, retry back-off and task durations move it forward instantly, so a run that
// "waits a year" finishes in milliseconds while every event still carries a believable timestamp.

export class VirtualClock {
  private isoAt = Number.NaN;
  private isoText = '';

  constructor(public now: number) {}

  advance(ms: number): void {
    if (ms > 0) this.now += ms;
  }

  /** ISO-8601 text of the current time, cached while the clock stands still (most events share a tick). */
  iso(): string {
    if (this.now !== this.isoAt) {
      this.isoAt = this.now;
      this.isoText = isoTime(this.now);
    }
    return this.isoText;
  }
}

let lastIsoMs = Number.NaN;
let lastIso = '';

/**
 * ISO-8601 text of `ms`, remembering the last one: runs start (and, without waits, stop) at the same
 * virtual time, so one execution after another asks for the same text.
 */
export function isoTime(ms: number): string {
  if (ms !== lastIsoMs) {
    lastIso = new Date(ms).toISOString();
    lastIsoMs = ms;
  }
  return lastIso;
}

export const DEFAULT_START_TIME = Date.UTC(2024, 0, 1);

/** Latest start: JavaScript dates end at 275760-09-13, and a run may last a year past its start. */
export const MAX_START_TIME = Date.UTC(200_000, 0, 1);
export const MIN_START_TIME = Date.UTC(-200_000, 0, 1);

export function parseStartTime(value: string | number | undefined): number {
  if (value === undefined) return DEFAULT_START_TIME;
  const ms = typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new RangeError(`startTime ${JSON.stringify(value)} is not a valid ISO-8601 time or epoch milliseconds`);
  if (ms > MAX_START_TIME || ms < MIN_START_TIME) {
    throw new RangeError(`startTime ${JSON.stringify(value)} is too far from today: a run must end on a valid date (years -200000 to 200000)`);
  }
  return ms;
}

// How long an answer is recorded as taking: the server stores it, and the one-item page shows the attempt it
// just recorded without asking the server again (components/quiz/item-practice.tsx), so both use this.

/** Longest time an answer is recorded as taking (a tab left open overnight is not a 9-hour answer). */
export const MAX_TIME_TAKEN_MS = 60 * 60 * 1000;

/** The time taken as recorded: whole milliseconds, from 0 to MAX_TIME_TAKEN_MS. */
export function recordedTimeTaken(ms: number): number {
  return Math.max(0, Math.round(Math.min(ms, MAX_TIME_TAKEN_MS)));
}

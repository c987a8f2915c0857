// Kept apart from session.ts (server-only, next/headers) so that the submission cores in lib/grading-server
// and lib/quiz-server can tell this refusal apart from a database failure and show its message.

/** Refusal to create yet another guest; its message is written for the learner. */
export class GuestLimitError extends Error {
  constructor(readonly retryAfterMs: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
    super(`Too many new visitors from your network just now, so your progress was not saved. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
    this.name = 'GuestLimitError';
  }
}

// What the quiz runner sends for one answer and what it makes of the server's answer (quiz-runner.tsx).
import type { AttemptResult } from '@/lib/quiz-server/submit';
import { recordedTimeTaken } from '@/lib/quiz/time-taken';
import type { QuizMode } from '@/lib/quiz/types';
import type { RequestIds } from '../site/request-ids';
import type { AttemptSummary } from './attempt-list';
import { draftAnswer, type Entry } from './quiz-state';

/** The body of one answer as the routes take it, or null while the draft is not an answer yet. */
export function payload(entry: Entry, mode: QuizMode, sessionId: string, now: number, requestIds: RequestIds, slot: number) {
  const ready = draftAnswer(entry);
  if (!ready.ok) return null;
  const { itemId, seed } = entry.question;
  return {
    // The same answer to the same numbers sent again (a retry after a failure) keeps its id: recorded once.
    requestId: requestIds.idFor(String(slot), JSON.stringify([itemId, seed, ready.answer])),
    itemId: entry.question.itemId,
    seed: entry.question.seed,
    answer: ready.answer,
    timeTakenMs: entry.timeTakenMs ?? Math.max(0, now - (entry.shownAt ?? now)),
    mode,
    sessionId,
  };
}

/** The attempt the server just recorded, as a list of attempts shows it (the time taken as the server stores it). */
export function summary(sent: { seed: number; timeTakenMs: number; mode: QuizMode }, id: string, correct: boolean): AttemptSummary {
  return { id, seed: sent.seed, correct, timeTakenMs: recordedTimeTaken(sent.timeTakenMs), mode: sent.mode, createdAt: new Date() };
}

/** The message to show for a refusal: the first field error, else the message. */
export function firstError(result: AttemptResult): string {
  if (result.status === 'invalid') return Object.values(result.fieldErrors).flat()[0] ?? result.message;
  if (result.status === 'error') return result.message;
  return '';
}

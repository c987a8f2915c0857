'use server';

import { getQuizItem } from '@/lib/content/quizzes';
import { db } from '@/lib/db/client';
import { recordQuizAttempt } from '@/lib/db/quiz-attempts';
import { ensureLearnerId } from '@/lib/learner/session';
import { submitQuizAttempt, submitQuizSession, type AttemptResult, type SessionResult, type SubmitDeps } from '@/lib/quiz-server/submit';

const deps: SubmitDeps = {
  item: getQuizItem,
  learnerId: ensureLearnerId,
  record: (row) => recordQuizAttempt(db, row),
};

/** Grades one answer on the server (from the item and the seed) and records it for the current learner. */
export async function submitQuizAnswer(input: unknown): Promise<AttemptResult> {
  return submitQuizAttempt(input, deps);
}

/** Grades every answer of an exam-style session and records them under the session. */
export async function submitExamSession(input: unknown): Promise<SessionResult> {
  return submitQuizSession(input, deps);
}

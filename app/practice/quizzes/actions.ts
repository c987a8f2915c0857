'use server';

import { answerQuizItem, answerQuizSession } from '@/lib/quiz-server/record-answer';
import type { AttemptResult, SessionResult } from '@/lib/quiz-server/submit';

/**
 * Grades one answer on the server and records it for the current learner. The quiz pages send answers to
 * POST /api/quiz/attempts instead (a lighter response: docs/write-path-profile.md); this action stays for
 * callers of the action API and does exactly the same.
 */
export async function submitQuizAnswer(input: unknown): Promise<AttemptResult> {
  return answerQuizItem(input);
}

/** Grades every answer of an exam-style session and records them under the session. */
export async function submitExamSession(input: unknown): Promise<SessionResult> {
  return answerQuizSession(input);
}

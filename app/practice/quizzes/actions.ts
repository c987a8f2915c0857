'use server';

import { getQuizItem } from '@/lib/content/quizzes';
import { db } from '@/lib/db/client';
import { recordQuizAttempt } from '@/lib/db/quiz-attempts';
import { ensureLearnerId } from '@/lib/learner/session';
import { measure } from '@/lib/perf/profile';
import { submitQuizAttempt, submitQuizSession, type AttemptResult, type AttemptRow, type SessionResult, type SubmitDeps } from '@/lib/quiz-server/submit';
import { enrollRecordedAnswers } from '@/lib/review-server/db-store';

/** The answers recorded by one call, so the wrong or slow ones become review cards (issue 17). */
function recordingDeps(): { deps: SubmitDeps; recorded: AttemptRow[] } {
  const recorded: AttemptRow[] = [];
  return {
    recorded,
    deps: {
      item: getQuizItem,
      // Spans are timed only when profiling is on (lib/perf/profile.ts, scripts/bench-progress.mjs).
      learnerId: () => measure('session', ensureLearnerId),
      record: async (row) => {
        const saved = await measure('db', () => recordQuizAttempt(db, row));
        recorded.push(row);
        return saved;
      },
    },
  };
}

/** Grades one answer on the server (from the item and the seed) and records it for the current learner. */
export async function submitQuizAnswer(input: unknown): Promise<AttemptResult> {
  return measure('action', async () => {
    const { deps, recorded } = recordingDeps();
    const result = await submitQuizAttempt(input, deps);
    await measure('enroll', () => enrollRecordedAnswers(recorded, getQuizItem));
    return result;
  });
}

/** Grades every answer of an exam-style session and records them under the session. */
export async function submitExamSession(input: unknown): Promise<SessionResult> {
  const { deps, recorded } = recordingDeps();
  const result = await submitQuizSession(input, deps);
  await enrollRecordedAnswers(recorded, getQuizItem);
  return result;
}

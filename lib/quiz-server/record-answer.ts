// The app's wiring of one quiz answer (lib/quiz-server/submit.ts) to the current learner, the database and
// review cards: shared by the submitQuizAnswer server action and POST /api/quiz/attempts.
import 'server-only';
import { getQuizItem } from '../content/quizzes';
import { db } from '../db/client';
import { recordQuizAttempt } from '../db/quiz-attempts';
import { ensureLearnerId } from '../learner/session';
import { measure } from '../perf/profile';
import { enrollRecordedAnswers } from '../review-server/db-store';
import { submitQuizAttempt, submitQuizSession, type AttemptResult, type AttemptRow, type SessionResult, type SubmitDeps } from './submit';

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
        // A repeated request id recorded nothing new: it must not enroll (or count toward) a review card twice.
        if (!saved.repeated) recorded.push(row);
        return saved;
      },
    },
  };
}

/** Grades one answer on the server (from the item and the seed) and records it for the current learner. */
export function answerQuizItem(input: unknown): Promise<AttemptResult> {
  return measure('action', async () => {
    const { deps, recorded } = recordingDeps();
    const result = await submitQuizAttempt(input, deps);
    await measure('enroll', () => enrollRecordedAnswers(recorded, getQuizItem));
    return result;
  });
}

/** Grades every answer of an exam-style session and records them under the session. */
export async function answerQuizSession(input: unknown): Promise<SessionResult> {
  const { deps, recorded } = recordingDeps();
  const result = await submitQuizSession(input, deps);
  await enrollRecordedAnswers(recorded, getQuizItem);
  return result;
}

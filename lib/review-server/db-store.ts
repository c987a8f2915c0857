// The ReviewStore the app uses: lib/db's review-card queries on the one Prisma client.
import 'server-only';
import { db } from '../db/client';
import type { QuizItem } from '../quiz/types';
import { enrollQuizAnswer, type ReviewStore } from './review';
import { reviewStoreOn } from './store';

export const dbReviewStore: ReviewStore = reviewStoreOn(db);

/**
 * Makes review cards of recorded quiz answers that were wrong or slow. A failure here is logged, never
 * shown: the answer itself was graded and saved, and review is a side effect of it.
 */
export async function enrollRecordedAnswers(rows: { learnerId: string; itemId: string; seed: number; correct: boolean; timeTakenMs: number }[], item: (id: string) => QuizItem | undefined): Promise<void> {
  for (const row of rows) {
    const found = item(row.itemId);
    if (!found) continue;
    try {
      await enrollQuizAnswer(dbReviewStore, { learnerId: row.learnerId, item: found, seed: row.seed, correct: row.correct, timeTakenMs: row.timeTakenMs, now: new Date() });
    } catch (error) {
      console.error('making a review card failed', error);
    }
  }
}

import 'server-only';
// The home page's "continue where you left off": the lesson to open and how many reviews are due today.
import { cookies } from 'next/headers';
import { getLessons } from '../content';
import { db } from '../db/client';
import { getProgress } from '../db/progress';
import { countReviewsSince, listReviewCards } from '../db/review-cards';
import { readLearnerId } from '../learner/session';
import { continueTarget, LAST_LESSON_COOKIE, type ContinueTarget } from '../progress';
import { buildQueue, startOfDay } from '../review';

export interface ContinueState {
  target: ContinueTarget | null;
  completed: Set<string>;
  /** Cards in today's review queue (due, within the daily cap). */
  reviewsDue: number;
}

export async function continueState(now: Date): Promise<ContinueState> {
  const learnerId = await readLearnerId();
  const lastOpened = (await cookies()).get(LAST_LESSON_COOKIE)?.value ?? null;
  const [progress, cards, reviewedToday] = learnerId
    ? await Promise.all([getProgress(db, learnerId), listReviewCards(db, learnerId), countReviewsSince(db, learnerId, startOfDay(now))])
    : [[], [], 0];
  const completed = new Set(progress.map((p) => p.lessonSlug));
  const order = getLessons().map((l) => l.slug);
  return {
    target: continueTarget(order, completed, lastOpened),
    completed,
    reviewsDue: buildQueue(cards, now, reviewedToday).today.length,
  };
}

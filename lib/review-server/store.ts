// The ReviewStore on a given Prisma client: lib/db's review-card queries. db-store.ts binds it to the app's
// one client; the data-layer tests and lib/classes-server pass the client they were given.
import type { Db } from '../db/create-client';
import { applyReviewRating, getLastReviewRating, getReviewCard, insertReviewCardIfAbsent, markReviewAnswered } from '../db/review-cards';
import type { ReviewStore } from './review';

export function reviewStoreOn(db: Db): ReviewStore {
  return {
    ensure: async (data) => ({ created: await insertReviewCardIfAbsent(db, data) }),
    get: (learnerId, id) => getReviewCard(db, learnerId, id),
    markAnswered: (data) => markReviewAnswered(db, data),
    applyRating: (data) => applyReviewRating(db, data),
    lastRating: async (learnerId, id) => {
      const last = await getLastReviewRating(db, learnerId, id);
      return last && { seed: last.seed, rating: last.rating, due: last.dueAfter };
    },
  };
}

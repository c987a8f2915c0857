// Query functions for spaced review (issue 17): one ReviewCard per learner and quiz item or scenario, and a
// ReviewLog row per rating. Keyed by learner id only, so the schedule follows the learner row. The FSRS
// arithmetic is lib/review's; this file only stores and reads its results.
import type { CardState, RatingValue, ReviewKind, ReviewReason } from '../review';
import type { Db } from './create-client';
import { newRowId } from './row-id';

export interface ReviewCardRecord extends CardState {
  id: string;
  kind: ReviewKind;
  refId: string;
  reason: ReviewReason;
  seed: number;
  pendingCorrect: boolean | null;
  createdAt: Date;
}

const fields = {
  id: true,
  kind: true,
  refId: true,
  reason: true,
  seed: true,
  pendingCorrect: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
  createdAt: true,
} as const;

/** kind and reason are written only from lib/review's unions. */
function toRecord<R extends { kind: string; reason: string }>(row: R): R & { kind: ReviewKind; reason: ReviewReason } {
  return row as R & { kind: ReviewKind; reason: ReviewReason };
}

/**
 * Makes the card for this item if the learner has none; an existing card keeps its schedule (getting an
 * item wrong again outside review does not reset what FSRS has learnt). Returns the card and whether it is new.
 */
export async function ensureReviewCard(
  db: Db,
  data: { learnerId: string; kind: ReviewKind; refId: string; reason: ReviewReason; seed: number; state: CardState },
): Promise<{ card: ReviewCardRecord; created: boolean }> {
  const where = { learnerId_kind_refId: { learnerId: data.learnerId, kind: data.kind, refId: data.refId } };
  const created = await insertReviewCardIfAbsent(db, data);
  const row = await db.reviewCard.findUniqueOrThrow({ where, select: fields });
  return { card: toRecord(row), created };
}

/**
 * The write half of ensureReviewCard, for callers that need only whether the card is new (every wrong quiz
 * answer: issue 16's hot path). One INSERT ... ON CONFLICT DO NOTHING (the issue 10 lesson: Prisma's
 * upsert can be a read followed by an insert, so two answers arriving together could raise a
 * unique-constraint error), in raw SQL so no query is compiled. Returns whether a card was made.
 */
export async function insertReviewCardIfAbsent(
  db: Db,
  data: { learnerId: string; kind: ReviewKind; refId: string; reason: ReviewReason; seed: number; state: CardState },
): Promise<boolean> {
  const s = data.state;
  // Timestamps as Prisma stores them in TIMESTAMP(3): UTC wall time, whatever the session's zone.
  const utc = (d: Date | null | undefined) => (d ? d.toISOString() : null);
  const now = new Date().toISOString();
  const count = await db.$executeRaw`
    INSERT INTO "ReviewCard" ("id", "learnerId", "kind", "refId", "reason", "seed", "due", "stability", "difficulty", "elapsedDays",
                              "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "createdAt", "updatedAt")
    VALUES (${newRowId()}, ${data.learnerId}, ${data.kind}, ${data.refId}, ${data.reason}, ${data.seed},
            (${utc(s.due)}::timestamptz AT TIME ZONE 'UTC'), ${s.stability}::double precision, ${s.difficulty}::double precision, ${s.elapsedDays},
            ${s.scheduledDays}, ${s.learningSteps}, ${s.reps}, ${s.lapses}, ${s.state},
            (${utc(s.lastReview)}::timestamptz AT TIME ZONE 'UTC'), (${now}::timestamptz AT TIME ZONE 'UTC'), (${now}::timestamptz AT TIME ZONE 'UTC'))
    ON CONFLICT ("learnerId", "kind", "refId") DO NOTHING`;
  return count === 1;
}

export async function listReviewCards(db: Db, learnerId: string): Promise<ReviewCardRecord[]> {
  const rows = await db.reviewCard.findMany({ where: { learnerId }, orderBy: [{ due: 'asc' }, { id: 'asc' }], select: fields });
  return rows.map(toRecord);
}

/** One card, only if it belongs to this learner. */
export async function getReviewCard(db: Db, learnerId: string, id: string): Promise<ReviewCardRecord | null> {
  const row = await db.reviewCard.findFirst({ where: { id, learnerId }, select: fields });
  return row ? toRecord(row) : null;
}

/**
 * Records the server's grading of the current showing. Only a due card, answered with the seed it shows,
 * and not yet answered, is marked: an answer to stale numbers or to a card rated meanwhile is refused.
 */
export async function markReviewAnswered(db: Db, data: { learnerId: string; id: string; seed: number; correct: boolean; now: Date }): Promise<boolean> {
  const { count } = await db.reviewCard.updateMany({
    where: { id: data.id, learnerId: data.learnerId, seed: data.seed, pendingCorrect: null, due: { lte: data.now } },
    data: { pendingCorrect: data.correct },
  });
  return count === 1;
}

/**
 * Stores a rating: the new schedule and next seed, and a log row, in one transaction. `expectedReps`
 * guards against a double submit: a second rating of the same showing finds reps moved on and changes nothing.
 */
export async function applyReviewRating(
  db: Db,
  data: { learnerId: string; id: string; expectedReps: number; rating: RatingValue; correct: boolean; shownSeed: number; nextSeed: number; dueBefore: Date; state: CardState; now: Date },
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.reviewCard.updateMany({
      where: { id: data.id, learnerId: data.learnerId, reps: data.expectedReps, pendingCorrect: { not: null } },
      data: { ...data.state, seed: data.nextSeed, pendingCorrect: null },
    });
    if (count !== 1) return false;
    await tx.reviewLog.create({
      data: {
        cardId: data.id,
        learnerId: data.learnerId,
        rating: data.rating,
        seed: data.shownSeed,
        correct: data.correct,
        dueBefore: data.dueBefore,
        dueAfter: data.state.due,
        reviewedAt: data.now,
      },
    });
    return true;
  });
}

/**
 * The card's latest rating: the showing it rated (its seed), the rating and when it made the card due. A
 * rating sent again for that showing (a double click, a resent form) is answered with it (issue 16).
 */
export async function getLastReviewRating(db: Db, learnerId: string, cardId: string): Promise<{ seed: number; rating: number; dueAfter: Date } | null> {
  return db.reviewLog.findFirst({
    where: { learnerId, cardId },
    orderBy: [{ reviewedAt: 'desc' }, { id: 'desc' }],
    select: { seed: true, rating: true, dueAfter: true },
  });
}

/** Ratings given since `since` (the daily cap counts them). */
export async function countReviewsSince(db: Db, learnerId: string, since: Date): Promise<number> {
  return db.reviewLog.count({ where: { learnerId, reviewedAt: { gte: since } } });
}

export interface ReviewLogRecord {
  id: string;
  cardId: string;
  rating: number;
  seed: number;
  correct: boolean;
  dueBefore: Date;
  dueAfter: Date;
  reviewedAt: Date;
}

export async function listReviewLogs(db: Db, learnerId: string, cardId?: string): Promise<ReviewLogRecord[]> {
  return db.reviewLog.findMany({
    where: { learnerId, ...(cardId ? { cardId } : {}) },
    orderBy: [{ reviewedAt: 'desc' }, { id: 'desc' }],
    take: 100,
    select: { id: true, cardId: true, rating: true, seed: true, correct: true, dueBefore: true, dueAfter: true, reviewedAt: true },
  });
}

// Data-layer test of the review-card queries, on the database kind under test (see migrations.test.ts).
import { describe, expect, it } from 'vitest';
import { newCardState, rateCard } from '../review';
import { createGuestLearner } from './progress';
import { applyReviewRating, countReviewsSince, ensureReviewCard, getReviewCard, insertReviewCardIfAbsent, listReviewCards, listReviewLogs, markReviewAnswered } from './review-cards';
import { migratedTestDb } from './test-support';

const db = migratedTestDb();

const now = new Date('2026-12-02T09:00:00Z');

describe('review cards', () => {
  it('makes one card per learner and item, keeps the schedule of an existing card, and stores the FSRS state', async () => {
    const { id: learnerId } = await createGuestLearner(db);
    const first = await ensureReviewCard(db, { learnerId, kind: 'quiz', refId: 'inline-map-monthly', reason: 'wrong', seed: 7, state: newCardState(now) });
    expect(first.created).toBe(true);
    const again = await ensureReviewCard(db, { learnerId, kind: 'quiz', refId: 'inline-map-monthly', reason: 'slow', seed: 9, state: newCardState(new Date(now.getTime() + 1000)) });
    expect(again).toEqual({ card: first.card, created: false });
    const both = await Promise.all([1, 2].map((seed) => ensureReviewCard(db, { learnerId, kind: 'scenario', refId: 'fan-out', reason: 'wrong', seed, state: newCardState(now) })));
    expect(both[0]?.card.id).toBe(both[1]?.card.id);
    expect(await listReviewCards(db, learnerId)).toHaveLength(2);
    expect(first.card).toMatchObject({ kind: 'quiz', refId: 'inline-map-monthly', reason: 'wrong', seed: 7, pendingCorrect: null, due: now, reps: 0, state: 0 });
  });

  it('makes exactly one card when 50 answers of the same item arrive at once (one statement, no unique-key error)', async () => {
    const { id: learnerId } = await createGuestLearner(db);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, seed) => ensureReviewCard(db, { learnerId, kind: 'quiz', refId: 'raced-item', reason: 'wrong', seed, state: newCardState(now) })),
    );
    expect(new Set(results.map((r) => r.card.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.reviewCard.count({ where: { learnerId } })).toBe(1);
  });

  it('stores a card written by the raw-SQL insert exactly as the typed one reads it, once, and says whether it made it', async () => {
    const { id: learnerId } = await createGuestLearner(db);
    const state = { ...newCardState(now), stability: 2.5, difficulty: 6.25, elapsedDays: 1, scheduledDays: 3, learningSteps: 1, reps: 2, lapses: 1, state: 2, lastReview: new Date('2026-11-30T08:15:30.123Z') };
    const raced = await Promise.all([1, 2, 3].map((seed) => insertReviewCardIfAbsent(db, { learnerId, kind: 'quiz', refId: 'raw-item', reason: 'slow', seed, state })));
    expect(raced.filter(Boolean)).toHaveLength(1);
    const [card] = await listReviewCards(db, learnerId);
    expect(card).toMatchObject({ kind: 'quiz', refId: 'raw-item', reason: 'slow', pendingCorrect: null, ...state });
    expect(card?.id).toMatch(/^[a-z0-9]{10,40}$/);
    expect(Math.abs((card?.createdAt.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
    const stored = await db.reviewCard.findFirstOrThrow({ where: { learnerId }, select: { updatedAt: true } });
    expect(Math.abs(stored.updatedAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('answers only a due card showing the same seed, rates it once, and logs the seed shown', async () => {
    const { id: learnerId } = await createGuestLearner(db);
    const { card } = await ensureReviewCard(db, { learnerId, kind: 'quiz', refId: 'x-item', reason: 'wrong', seed: 100, state: newCardState(now) });
    expect(await markReviewAnswered(db, { learnerId, id: card.id, seed: 101, correct: true, now })).toBe(false);
    expect(await markReviewAnswered(db, { learnerId, id: card.id, seed: 100, correct: true, now: new Date(now.getTime() - 1) })).toBe(false);
    expect(await markReviewAnswered(db, { learnerId, id: card.id, seed: 100, correct: true, now })).toBe(true);
    expect(await markReviewAnswered(db, { learnerId, id: card.id, seed: 100, correct: false, now })).toBe(false);
    const state = rateCard(card, 3, now);
    const rating = { learnerId, id: card.id, expectedReps: 0, rating: 3 as const, correct: true, shownSeed: 100, nextSeed: 555, dueBefore: card.due, state, now };
    expect(await applyReviewRating(db, rating)).toBe(true);
    expect(await applyReviewRating(db, rating)).toBe(false);
    const after = await getReviewCard(db, learnerId, card.id);
    expect(after).toMatchObject({ seed: 555, pendingCorrect: null, reps: 1, due: state.due, stability: state.stability });
    expect(await listReviewLogs(db, learnerId)).toMatchObject([{ cardId: card.id, rating: 3, seed: 100, correct: true, dueBefore: now, dueAfter: state.due }]);
    expect(await countReviewsSince(db, learnerId, now)).toBe(1);
    expect(await countReviewsSince(db, learnerId, new Date(now.getTime() + 1))).toBe(0);
  });

  it('never shows one learner another learner’s card', async () => {
    const a = await createGuestLearner(db);
    const b = await createGuestLearner(db);
    const { card } = await ensureReviewCard(db, { learnerId: a.id, kind: 'quiz', refId: 'y-item', reason: 'wrong', seed: 1, state: newCardState(now) });
    expect(await getReviewCard(db, b.id, card.id)).toBeNull();
    expect(await markReviewAnswered(db, { learnerId: b.id, id: card.id, seed: 1, correct: true, now })).toBe(false);
  });
});

// Data-layer test of the quiz-attempt query functions, on the database kind under test (see migrations.test.ts).
import { describe, expect, it } from 'vitest';
import { createGuestLearner } from './progress';
import { getQuizAttempt, getQuizItemStats, listQuizAttempts, listSessionAttempts, recordQuizAttempt } from './quiz-attempts';
import { migratedTestDb } from './test-support';

const db = migratedTestDb();

const base = { timeTakenMs: 12_345, mode: 'practice' as const };

describe('quiz attempts', () => {
  it('stores an attempt with its seed and answer and reads it back', async () => {
    const { id: learnerId } = await createGuestLearner(db);
    const saved = await recordQuizAttempt(db, { ...base, learnerId, itemId: 'inline-map-monthly', seed: 2_147_483_000, answer: { kind: 'choice', keys: ['c'] }, correct: false });
    expect(saved).toMatchObject({ itemId: 'inline-map-monthly', seed: 2_147_483_000, answer: { kind: 'choice', keys: ['c'] }, correct: false, timeTakenMs: 12_345, mode: 'practice', sessionId: null });
    // A first write (no requestId, so never a repeat); the row read back is the row written.
    const { repeated, ...row } = saved;
    expect(repeated).toBe(false);
    expect(await getQuizAttempt(db, learnerId, saved.id)).toEqual(row);
    // Written with raw SQL (the hot path): an id like Prisma's cuids and the time as Prisma stores it (UTC).
    expect(saved.id).toMatch(/^c[a-z0-9]{20,31}$/);
    expect(Math.abs(saved.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('keeps numbers and definitions exactly as answered', async () => {
    const { id: learnerId } = await createGuestLearner(db);
    const numeric = await recordQuizAttempt(db, { ...base, learnerId, itemId: 'free-tier-boundary', seed: 7, answer: { kind: 'numeric', value: 0.0375 }, correct: true });
    const text = '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Pass", "End": true } }\n}';
    const definition = await recordQuizAttempt(db, { ...base, learnerId, itemId: 'restructure-merge-passes', seed: 8, answer: { kind: 'definition', text }, correct: false });
    expect((await getQuizAttempt(db, learnerId, numeric.id))?.answer).toEqual({ kind: 'numeric', value: 0.0375 });
    expect((await getQuizAttempt(db, learnerId, definition.id))?.answer).toEqual({ kind: 'definition', text });
  });

  it('never shows one learner another learner’s attempt', async () => {
    const a = await createGuestLearner(db);
    const b = await createGuestLearner(db);
    const saved = await recordQuizAttempt(db, { ...base, learnerId: a.id, itemId: 'x', seed: 1, answer: { kind: 'choice', keys: ['a'] }, correct: true });
    expect(await getQuizAttempt(db, b.id, saved.id)).toBeNull();
    expect(await listQuizAttempts(db, b.id)).toEqual([]);
  });

  it('lists newest first, filters by item, and counts per item', async () => {
    const { id: learnerId } = await createGuestLearner(db);
    const answer = { kind: 'choice' as const, keys: ['a'] };
    await recordQuizAttempt(db, { ...base, learnerId, itemId: 'one', seed: 1, answer, correct: false });
    await new Promise((r) => setTimeout(r, 15));
    await recordQuizAttempt(db, { ...base, learnerId, itemId: 'two', seed: 2, answer, correct: true });
    await new Promise((r) => setTimeout(r, 15));
    await recordQuizAttempt(db, { ...base, learnerId, itemId: 'one', seed: 3, answer, correct: true });
    expect((await listQuizAttempts(db, learnerId)).map((a) => a.seed)).toEqual([3, 2, 1]);
    expect((await listQuizAttempts(db, learnerId, { itemId: 'one' })).map((a) => a.seed)).toEqual([3, 1]);
    const stats = (await getQuizItemStats(db, learnerId)).sort((x, y) => x.itemId.localeCompare(y.itemId));
    expect(stats.map(({ lastAt: _lastAt, ...rest }) => rest)).toEqual([
      { itemId: 'one', attempts: 2, correct: 1, lastCorrect: true },
      { itemId: 'two', attempts: 1, correct: 1, lastCorrect: true },
    ]);
  });

  it('groups an exam-style session in answer order', async () => {
    const { id: learnerId } = await createGuestLearner(db);
    const answer = { kind: 'numeric' as const, value: 1 };
    for (const [i, itemId] of ['c', 'a', 'b'].entries()) {
      await recordQuizAttempt(db, { ...base, mode: 'exam', sessionId: 'session-1', learnerId, itemId, seed: i, answer, correct: i % 2 === 0 });
      await new Promise((r) => setTimeout(r, 5));
    }
    await recordQuizAttempt(db, { ...base, learnerId, itemId: 'z', seed: 9, answer, correct: true });
    expect((await listSessionAttempts(db, learnerId, 'session-1')).map((a) => a.itemId)).toEqual(['c', 'a', 'b']);
  });

  it('survives 30 concurrent attempts by one learner', async () => {
    const { id: learnerId } = await createGuestLearner(db);
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) => recordQuizAttempt(db, { ...base, learnerId, itemId: 'race', seed: i, answer: { kind: 'numeric', value: i }, correct: i % 3 === 0 })),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const [stats] = await getQuizItemStats(db, learnerId);
    expect(stats).toMatchObject({ itemId: 'race', attempts: 30, correct: 10 });
  });

  it('deletes a learner’s attempts with the learner, and refuses attempts for nobody', async () => {
    const { id: learnerId } = await createGuestLearner(db);
    await recordQuizAttempt(db, { ...base, learnerId, itemId: 'gone', seed: 1, answer: { kind: 'numeric', value: 1 }, correct: true });
    await db.learner.delete({ where: { id: learnerId } });
    expect(await db.quizAttempt.count({ where: { learnerId } })).toBe(0);
    await expect(recordQuizAttempt(db, { ...base, learnerId: 'ghost', itemId: 'x', seed: 1, answer: { kind: 'numeric', value: 1 }, correct: true })).rejects.toThrow();
  });
});

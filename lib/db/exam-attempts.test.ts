// Data-layer test of the exam-attempt queries: the deadline is enforced by the database write itself.
import { describe, expect, it } from 'vitest';
import { createExamAttempt, finishExamAttempt, getExamAttempt, listExamAnswers, listExamAttempts, saveExamAnswer, storeExamResult } from './exam-attempts';
import { createGuestLearner } from './progress';
import { migratedTestDb } from './test-support';

const db = migratedTestDb();

const startedAt = new Date('2026-12-02T09:00:00Z');
const deadline = new Date('2026-12-02T09:01:00Z');

describe('exam attempts', () => {
  it('stores the questions with their seeds, saves answers and flags before the deadline and refuses them after', async () => {
    const { id: learnerId } = await createGuestLearner(db);
    const entries = [{ kind: 'quiz' as const, itemId: 'a', seed: 12345, domain: 4 }, { kind: 'scenario' as const, scenarioId: 'b', domain: 2 }];
    const attempt = await createExamAttempt(db, { learnerId, exam: 'SAA-C03', kind: 'lightning', seed: 9, entries, startedAt, deadline });
    expect((await getExamAttempt(db, learnerId, attempt.id))?.entries).toEqual(entries);
    const before = new Date('2026-12-02T09:00:59.999Z');
    expect(await saveExamAnswer(db, { learnerId, attemptId: attempt.id, position: 0, answer: { kind: 'choice', keys: ['a'] }, now: before })).toBe('saved');
    expect(await saveExamAnswer(db, { learnerId, attemptId: attempt.id, position: 0, flagged: true, now: before })).toBe('saved');
    expect(await saveExamAnswer(db, { learnerId, attemptId: attempt.id, position: 0, answer: { kind: 'choice', keys: ['b'] }, now: deadline })).toBe('refused');
    expect(await saveExamAnswer(db, { learnerId, attemptId: attempt.id, position: 1, flagged: true, now: new Date('2026-12-03T00:00:00Z') })).toBe('refused');
    expect(await listExamAnswers(db, attempt.id)).toMatchObject([{ position: 0, answer: { kind: 'choice', keys: ['a'] }, flagged: true }]);

    expect(await finishExamAttempt(db, { learnerId, attemptId: attempt.id, now: deadline })).toBe(true);
    expect(await finishExamAttempt(db, { learnerId, attemptId: attempt.id, now: deadline })).toBe(false);
    await storeExamResult(db, { learnerId, attemptId: attempt.id, score: 50, result: [{ position: 0, correct: true }] });
    expect(await listExamAttempts(db, learnerId)).toMatchObject([{ id: attempt.id, score: 50, finishedAt: deadline, result: [{ position: 0, correct: true }] }]);
  });

  it('keeps one row per question when 50 saves of it arrive at once, ending with a saved answer and flag', async () => {
    const { id: learnerId } = await createGuestLearner(db);
    const attempt = await createExamAttempt(db, { learnerId, exam: 'DEA-C01', kind: 'lightning', seed: 3, entries: [], startedAt, deadline });
    const saves = Array.from({ length: 50 }, (_, i) =>
      i % 2 === 0
        ? saveExamAnswer(db, { learnerId, attemptId: attempt.id, position: 0, answer: { kind: 'choice', keys: ['c'] }, now: startedAt })
        : saveExamAnswer(db, { learnerId, attemptId: attempt.id, position: 0, flagged: true, now: startedAt }),
    );
    expect(await Promise.all(saves)).toEqual(Array(50).fill('saved'));
    expect(await listExamAnswers(db, attempt.id)).toMatchObject([{ position: 0, answer: { kind: 'choice', keys: ['c'] }, flagged: true }]);
  });

  it('never lets another learner read or answer an attempt', async () => {
    const a = await createGuestLearner(db);
    const b = await createGuestLearner(db);
    const attempt = await createExamAttempt(db, { learnerId: a.id, exam: 'DVA-C02', kind: 'full', seed: 1, entries: [], startedAt, deadline });
    expect(await getExamAttempt(db, b.id, attempt.id)).toBeNull();
    expect(await saveExamAnswer(db, { learnerId: b.id, attemptId: attempt.id, position: 0, flagged: true, now: startedAt })).toBe('refused');
    expect(await finishExamAttempt(db, { learnerId: b.id, attemptId: attempt.id, now: startedAt })).toBe(false);
  });
});

// Issue 16: a timed exam's save that arrives after a newer save of the same question (a slow request, a
// retry, another tab) must never replace it. The page stamps each change (`seq`, increasing per question)
// and the write is conditional in one statement, so of saves arriving together the newest wins.
import { describe, expect, it } from 'vitest';
import { saveAnswer } from '../exam-server/exam';
import { createExamAttempt, examAnswerStamps, getExamAttempt, listExamAnswers, saveExamAnswer } from './exam-attempts';
import { createGuestLearner } from './progress';
import { migratedTestDb } from './test-support';

const db = migratedTestDb();

const startedAt = new Date('2026-12-02T09:00:00Z');
const deadline = new Date(startedAt.getTime() + 60_000);
const during = new Date('2026-12-02T09:00:20Z');
// Stamps as the page makes them: milliseconds on the server's timeline, past 2^31 (the columns are bigint).
const T = 1_764_666_000_000;

async function exam() {
  const { id: learnerId } = await createGuestLearner(db);
  const entries = [0, 1, 2].map((i) => ({ kind: 'quiz' as const, itemId: `q${i}`, seed: i, domain: 1 }));
  const attempt = await createExamAttempt(db, { learnerId, exam: 'SAA-C03', kind: 'lightning', seed: 9, entries, startedAt, deadline });
  const save = (input: Record<string, unknown>, now = during) =>
    saveAnswer({ attemptId: attempt.id, ...input }, { learnerId: async () => learnerId, now: () => now, get: (l, id) => getExamAttempt(db, l, id), save: (data) => saveExamAnswer(db, data) });
  const choice = (key: string) => ({ kind: 'choice', keys: [key] });
  return { learnerId, attempt, save, choice };
}

describe('exam saves arriving out of order', () => {
  it('an older save arriving after a newer one changes nothing and is answered "superseded"', async () => {
    const { attempt, save, choice } = await exam();
    expect(await save({ position: 0, answer: choice('b'), seq: T + 2 })).toEqual({ status: 'saved' });
    expect(await save({ position: 0, answer: choice('a'), seq: T + 1 })).toMatchObject({ status: 'superseded' });
    expect(await listExamAnswers(db, attempt.id)).toMatchObject([{ position: 0, answer: choice('b') }]);
    // A newer one still replaces it; a repeat of the stored save is "saved" and writes nothing.
    expect(await save({ position: 0, answer: choice('c'), seq: T + 3 })).toEqual({ status: 'saved' });
    const stored = await listExamAnswers(db, attempt.id);
    expect(await save({ position: 0, answer: choice('c'), seq: T + 3 }, new Date('2026-12-02T09:00:40Z'))).toEqual({ status: 'saved' });
    expect(await listExamAnswers(db, attempt.id)).toEqual(stored);
    expect(stored).toMatchObject([{ answer: choice('c'), savedAt: during }]);
    // Each question has its own order.
    expect(await save({ position: 1, answer: choice('a'), seq: T + 1 })).toEqual({ status: 'saved' });
    expect(await examAnswerStamps(db, attempt.id)).toEqual(new Map([[0, T + 3], [1, T + 1]]));
  });

  it('the answer and the flag are ordered each on its own: a late answer is not lost behind a newer flag', async () => {
    const { attempt, save, choice } = await exam();
    // The page answered a (T+1), flagged (T+2), changed to b (T+3); they arrive flag, b, a.
    expect(await save({ position: 0, flagged: true, seq: T + 2 })).toEqual({ status: 'saved' });
    expect(await save({ position: 0, answer: choice('b'), seq: T + 3 })).toEqual({ status: 'saved' });
    expect(await save({ position: 0, answer: choice('a'), seq: T + 1 })).toMatchObject({ status: 'superseded' });
    expect(await listExamAnswers(db, attempt.id)).toMatchObject([{ answer: choice('b'), flagged: true }]);
    // Answered a (T+4), flagged off (T+5); they arrive flag, then answer: the answer is newer than any answer stored.
    expect(await save({ position: 0, flagged: false, seq: T + 5 })).toEqual({ status: 'saved' });
    expect(await save({ position: 0, answer: choice('a'), seq: T + 4 })).toEqual({ status: 'saved' });
    expect(await listExamAnswers(db, attempt.id)).toMatchObject([{ answer: choice('a'), flagged: false }]);
    // An old flag arriving late is superseded too.
    expect(await save({ position: 0, flagged: true, seq: T + 2 })).toMatchObject({ status: 'superseded' });
    expect(await listExamAnswers(db, attempt.id)).toMatchObject([{ answer: choice('a'), flagged: false }]);
  });

  it('after the deadline an older save is still "superseded", a newer one refused, and nothing changes', async () => {
    const { attempt, save, choice } = await exam();
    await save({ position: 2, answer: choice('b'), seq: T + 5 });
    const stored = await listExamAnswers(db, attempt.id);
    const late = new Date('2026-12-02T09:02:00Z');
    expect(await save({ position: 2, answer: choice('a'), seq: T + 4 }, late)).toMatchObject({ status: 'superseded' });
    expect(await save({ position: 2, answer: choice('c'), seq: T + 6 }, late)).toMatchObject({ status: 'refused', message: /Time is up/ });
    expect(await save({ position: 2, answer: choice('b'), seq: T + 5 }, late)).toEqual({ status: 'saved' });
    expect(await listExamAnswers(db, attempt.id)).toEqual(stored);
  });

  it('thirty saves of one question sent at once in shuffled order: the newest is stored, whatever order they commit in', async () => {
    const { attempt, save } = await exam();
    const texts = Array.from({ length: 30 }, (_, i) => i);
    // A fixed shuffle: newest in the middle, so neither first nor last to be sent.
    const order = texts.map((i) => (i * 7) % 30);
    const results = await Promise.all(order.map((i) => save({ position: 1, answer: { kind: 'numeric', text: String(i) }, seq: T + i })));
    expect(results.every((r) => r.status === 'saved' || r.status === 'superseded')).toBe(true);
    expect(results[order.indexOf(29)]).toEqual({ status: 'saved' });
    expect(await listExamAnswers(db, attempt.id)).toMatchObject([{ position: 1, answer: { kind: 'numeric', text: '29' } }]);
    expect(await examAnswerStamps(db, attempt.id)).toEqual(new Map([[1, T + 29]]));
  });

  it('two saves racing on a question with no row yet: the newer wins whichever inserts first', async () => {
    for (let round = 0; round < 5; round++) {
      const { attempt, save, choice } = await exam();
      const [older, newer] = await Promise.all([save({ position: 0, answer: choice('a'), seq: T + 1 }), save({ position: 0, answer: choice('b'), seq: T + 2 })]);
      expect(newer).toEqual({ status: 'saved' });
      expect(['saved', 'superseded']).toContain(older.status);
      expect(await listExamAnswers(db, attempt.id)).toMatchObject([{ answer: choice('b') }]);
    }
  });

  it('an unstamped save (a page from before stamps) replaces the answer while the exam is open, as before', async () => {
    const { attempt, save, choice } = await exam();
    await save({ position: 0, answer: choice('b'), seq: T + 9 });
    expect(await save({ position: 0, answer: choice('a') })).toEqual({ status: 'saved' });
    expect(await listExamAnswers(db, attempt.id)).toMatchObject([{ answer: choice('a') }]);
    expect(await examAnswerStamps(db, attempt.id)).toEqual(new Map([[0, T + 9]]));
  });

  it('another learner’s stamped save of the owner’s question is refused, never "superseded" or "saved"', async () => {
    const { learnerId, attempt, choice } = await exam();
    const other = await createGuestLearner(db);
    const body = { attemptId: attempt.id, position: 0, answer: choice('a'), now: during };
    expect(await saveExamAnswer(db, { learnerId, ...body, seq: T + 5 })).toBe('saved');
    expect(await saveExamAnswer(db, { learnerId: other.id, ...body, seq: T + 1 })).toBe('refused');
    expect(await saveExamAnswer(db, { learnerId: other.id, ...body, seq: T + 5 })).toBe('refused');
    expect(await saveExamAnswer(db, { learnerId: other.id, ...body, answer: choice('b'), seq: T + 6 })).toBe('refused');
    expect(await listExamAnswers(db, attempt.id)).toMatchObject([{ answer: choice('a') }]);
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';

// The timed exam's actions under a repeat (issue 16). saveExamAnswerAction: an answer sent again is
// answered like the first, also after the deadline, and never written twice. finishExamAction is
// idempotent by construction: the attempt is claimed once (finishExamAttempt), so a second submit grades
// and records nothing. The real rules (lib/exam-server, the quiz's grading) run; the exam's rows, the
// learner cookie and Next's cache are stood in for.
vi.mock('server-only', () => ({}));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('next/navigation', () => ({ redirect: () => {} }));
vi.mock('@/lib/db/client', () => ({ db: {} }));
const LEARNER = 'learner000000000000000001';
const ATTEMPT = 'attempt00000000000001';
const rows = vi.hoisted(() => ({
  learner: 'learner000000000000000001' as string | null,
  deadline: new Date(),
  finishedAt: null as Date | null,
  saved: new Map<number, { answer: unknown; flagged: boolean; savedAt: Date }>(),
  writes: [] as unknown[],
  recorded: [] as unknown[],
}));
vi.mock('@/lib/learner/session', () => ({ readLearnerId: async () => rows.learner, ensureLearnerId: async () => rows.learner }));
vi.mock('@/lib/db/exam-attempts', () => {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  type Save = { learnerId: string; position: number; answer?: unknown; flagged?: boolean; now: Date };
  const holds = (d: Save) => {
    const row = rows.saved.get(d.position);
    return d.learnerId === rows.learner && !!row && (d.answer == null || same(row.answer, d.answer)) && (d.flagged === undefined || row.flagged === d.flagged);
  };
  return {
    getExamAttempt: async (_db: unknown, learnerId: string, id: string) =>
      learnerId === 'learner000000000000000001' && id === 'attempt00000000000001'
        ? { id, exam: 'SAA-C03', kind: 'lightning', seed: 1, entries: [{ kind: 'quiz', itemId: 'choice-no-match', seed: 5, domain: 1 }], deadline: rows.deadline, finishedAt: rows.finishedAt }
        : null,
    saveExamAnswer: async (_db: unknown, d: Save) => {
      if (holds(d)) return 'saved';
      if (rows.finishedAt || d.now >= rows.deadline) return 'refused';
      rows.writes.push(d);
      const row = rows.saved.get(d.position);
      rows.saved.set(d.position, { answer: d.answer ?? row?.answer ?? null, flagged: d.flagged ?? row?.flagged ?? false, savedAt: d.now });
      return 'saved';
    },
    finishExamAttempt: async (_db: unknown, d: { now: Date }) => {
      if (rows.finishedAt) return false;
      rows.finishedAt = d.now;
      return true;
    },
    listExamAnswers: async () => [...rows.saved].map(([position, r]) => ({ position, ...r })),
    storeExamResult: async () => {},
    createExamAttempt: async () => ({ id: ATTEMPT }),
  };
});
vi.mock('@/lib/db/quiz-attempts', () => ({ recordQuizAttempt: async (_db: unknown, row: unknown) => (rows.recorded.push(row), { id: 'qa1', repeated: false }) }));
vi.mock('@/lib/db/scenario-submissions', () => ({ recordScenarioSubmission: async () => ({ id: 's1' }) }));
vi.mock('@/lib/review-server/db-store', () => ({ dbReviewStore: {}, enrollRecordedAnswers: async () => {} }));

const { saveExamAnswerAction, finishExamAction } = await import('./actions');

const answer = { kind: 'choice', keys: ['a'] };

beforeEach(() => {
  rows.learner = LEARNER;
  rows.deadline = new Date(Date.now() + 60_000);
  rows.finishedAt = null;
  rows.saved.clear();
  rows.writes.length = 0;
  rows.recorded.length = 0;
});

describe('saveExamAnswerAction sent again', () => {
  it('writes an answer once and answers "saved" to each copy, before and after the deadline', async () => {
    const body = { attemptId: ATTEMPT, position: 0, answer, flagged: true };
    expect(await saveExamAnswerAction(body)).toEqual({ status: 'saved' });
    expect(await saveExamAnswerAction(body)).toEqual({ status: 'saved' });
    expect(rows.writes).toHaveLength(1);
    rows.deadline = new Date(Date.now() - 1_000);
    expect(await saveExamAnswerAction(body)).toEqual({ status: 'saved' });
    expect(await saveExamAnswerAction({ attemptId: ATTEMPT, position: 0, flagged: true })).toEqual({ status: 'saved' });
    expect(await saveExamAnswerAction({ ...body, answer: { kind: 'choice', keys: ['b'] } })).toMatchObject({ status: 'refused', message: /after the deadline/ });
    expect(rows.writes).toHaveLength(1);
  });

  it('is no repeat for another learner, and bad input is refused with a clear message', async () => {
    const body = { attemptId: ATTEMPT, position: 0, answer };
    expect(await saveExamAnswerAction(body)).toEqual({ status: 'saved' });
    rows.learner = 'learner000000000000000002';
    expect(await saveExamAnswerAction(body)).toEqual({ status: 'invalid', message: 'No such exam.' });
    rows.learner = LEARNER;
    expect(await saveExamAnswerAction({ ...body, position: 3 })).toEqual({ status: 'invalid', message: 'No such question in this exam.' });
    expect(await saveExamAnswerAction({ ...body, answer: { kind: 'choice', keys: ['zz'] } })).toMatchObject({ status: 'invalid' });
    expect(rows.writes).toHaveLength(1);
  });
});

describe('finishExamAction sent again', () => {
  it('grades and records the exam once; a second submit, even at once with the first, answers "finished" and records nothing', async () => {
    await saveExamAnswerAction({ attemptId: ATTEMPT, position: 0, answer });
    const [a, b] = await Promise.all([finishExamAction(ATTEMPT), finishExamAction(ATTEMPT)]);
    expect(a).toEqual({ status: 'finished' });
    expect(b).toEqual({ status: 'finished' });
    expect(await finishExamAction(ATTEMPT)).toEqual({ status: 'finished' });
    expect(rows.recorded).toEqual([expect.objectContaining({ learnerId: LEARNER, itemId: 'choice-no-match', seed: 5, mode: 'exam', sessionId: ATTEMPT })]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ExamEntry } from '../exam';
import { materialize } from '../quiz/materialize';
import type { GeneratedItem, QuizItem } from '../quiz/types';
import { gradeExam, saveAnswer, startExam, SUPERSEDED_MESSAGE, type AttemptView, type ExamSave } from './exam';

const LEARNER = 'cjld2cjxh0000qzrmn831i7rn';
const ATTEMPT = 'attempt0000000001';
const item: GeneratedItem = { id: 'retries', type: 'single', category: 'cost', generator: 'linear-retries-monthly', title: 'R', lesson: 'what-a-run-costs', topics: ['pricing'], exams: ['SAA-C03 4'], source: { file: 'x', line: 1 } };
const entries: ExamEntry[] = [
  { kind: 'quiz', itemId: 'retries', seed: 5, domain: 4 },
  { kind: 'quiz', itemId: 'retries', seed: 6, domain: 4 },
];
const deadline = new Date('2026-12-02T09:30:00Z');

/**
 * A store like lib/db's: while the attempt is open (`now` before the deadline, not submitted) a save is
 * written; after, a save naming exactly what `stored` holds is a repeat ("saved"), anything else refused.
 */
function saveDeps(now: Date, attempt: Partial<AttemptView> = {}, stored: { position: number; answer?: unknown; flagged?: boolean } | null = null) {
  const saved: unknown[] = [];
  const asked: unknown[] = [];
  const view = { exam: 'SAA-C03' as const, kind: 'lightning' as const, entries, deadline, finishedAt: null, ...attempt };
  const holds = (data: ExamSave) =>
    stored !== null &&
    stored.position === data.position &&
    (data.answer === undefined || JSON.stringify(stored.answer) === JSON.stringify(data.answer)) &&
    (data.flagged === undefined || stored.flagged === data.flagged);
  return {
    saved,
    asked,
    deps: {
      learnerId: async () => LEARNER,
      now: () => now,
      get: async (_l: string, id: string): Promise<AttemptView | null> => (id === ATTEMPT ? { id, ...view } : null),
      save: async (data: ExamSave): Promise<'saved' | 'superseded' | 'refused'> => {
        if (!view.finishedAt && now < view.deadline) {
          saved.push(data);
          return 'saved';
        }
        asked.push(data);
        return holds(data) ? 'saved' : 'refused';
      },
    },
  };
}

describe('saving answers against the server’s clock', () => {
  it('saves before the deadline', async () => {
    const { deps, saved } = saveDeps(new Date('2026-12-02T09:29:59Z'));
    expect(await saveAnswer({ attemptId: ATTEMPT, position: 1, answer: { kind: 'choice', keys: ['a'] } }, deps)).toEqual({ status: 'saved' });
    expect(saved).toHaveLength(1);
  });

  it('refuses an answer after the deadline, whatever the browser says, and saves nothing', async () => {
    const { deps, saved } = saveDeps(new Date('2026-12-02T09:30:00.001Z'));
    const late = await saveAnswer({ attemptId: ATTEMPT, position: 0, answer: { kind: 'choice', keys: ['a'] }, sentAt: '2026-12-02T09:00:00Z', deadline: '2027-01-01' }, deps);
    expect(late).toMatchObject({ status: 'refused', message: /after the deadline/ });
    const finished = saveDeps(new Date('2026-12-02T09:10:00Z'), { finishedAt: new Date('2026-12-02T09:05:00Z') });
    expect(await saveAnswer({ attemptId: ATTEMPT, position: 0, flagged: true }, finished.deps)).toMatchObject({ status: 'refused', message: /submitted/ });
    expect([...saved, ...finished.saved]).toEqual([]);
  });

  it('answers a save sent again after the deadline like the first ("saved"), writing nothing; another save is still refused', async () => {
    const late = new Date('2026-12-02T09:31:00Z');
    const stored = { position: 0, answer: { kind: 'choice', keys: ['a'] }, flagged: true };
    const { deps, saved, asked } = saveDeps(late, {}, stored);
    expect(await saveAnswer({ attemptId: ATTEMPT, position: 0, answer: { kind: 'choice', keys: ['a'] }, flagged: true }, deps)).toEqual({ status: 'saved' });
    expect(await saveAnswer({ attemptId: ATTEMPT, position: 0, flagged: true }, deps)).toEqual({ status: 'saved' });
    expect(asked).toEqual([
      { learnerId: LEARNER, attemptId: ATTEMPT, position: 0, answer: { kind: 'choice', keys: ['a'] }, flagged: true, now: late },
      { learnerId: LEARNER, attemptId: ATTEMPT, position: 0, flagged: true, now: late },
    ]);
    expect(await saveAnswer({ attemptId: ATTEMPT, position: 0, answer: { kind: 'choice', keys: ['b'] } }, deps)).toMatchObject({ status: 'refused', message: /after the deadline/ });
    expect(await saveAnswer({ attemptId: ATTEMPT, position: 1, flagged: true }, deps)).toMatchObject({ status: 'refused' });
    const submitted = saveDeps(new Date('2026-12-02T09:10:00Z'), { finishedAt: new Date('2026-12-02T09:05:00Z') }, stored);
    expect(await saveAnswer({ attemptId: ATTEMPT, position: 0, flagged: true }, submitted.deps)).toEqual({ status: 'saved' });
    expect(await saveAnswer({ attemptId: ATTEMPT, position: 0, flagged: false }, submitted.deps)).toMatchObject({ status: 'refused', message: /submitted/ });
    expect([...saved, ...submitted.saved]).toEqual([]);
  });

  it('passes the page’s stamp to the store and answers an older save "superseded", which the page keeps quiet about', async () => {
    const { deps, saved } = saveDeps(new Date('2026-12-02T09:10:00Z'));
    expect(await saveAnswer({ attemptId: ATTEMPT, position: 1, answer: { kind: 'numeric', text: '4' }, seq: 1764666600123 }, deps)).toEqual({ status: 'saved' });
    expect(saved).toEqual([{ learnerId: LEARNER, attemptId: ATTEMPT, position: 1, answer: { kind: 'numeric', text: '4' }, now: new Date('2026-12-02T09:10:00Z'), seq: 1764666600123 }]);
    const older = { ...deps, save: async () => 'superseded' as const };
    expect(await saveAnswer({ attemptId: ATTEMPT, position: 1, answer: { kind: 'numeric', text: '3' }, seq: 1764666600100 }, older)).toEqual({ status: 'superseded', message: SUPERSEDED_MESSAGE });
    for (const seq of [0, -5, 1.5, '12', Number.MAX_SAFE_INTEGER + 2]) {
      expect(await saveAnswer({ attemptId: ATTEMPT, position: 1, flagged: true, seq }, deps)).toMatchObject({ status: 'invalid', message: /seq/ });
    }
  });

  it('answers a clear error for bad input', async () => {
    const { deps } = saveDeps(new Date('2026-12-02T09:00:00Z'));
    expect(await saveAnswer({ attemptId: ATTEMPT, position: 7, flagged: true }, deps)).toMatchObject({ status: 'invalid', message: /No such question/ });
    expect(await saveAnswer({ attemptId: 'x', position: 0 }, deps)).toMatchObject({ status: 'invalid' });
    expect(await saveAnswer({ attemptId: ATTEMPT, position: 0, answer: { kind: 'choice', keys: ['zz'] } }, deps)).toMatchObject({ status: 'invalid' });
  });
});

describe('starting and grading', () => {
  it('starts with the format’s length and deadline', async () => {
    const created: { deadline: Date; startedAt: Date; entries: ExamEntry[] }[] = [];
    const now = new Date('2026-12-02T09:00:00Z');
    const result = await startExam(
      { exam: 'SAA-C03', kind: 'lightning' },
      { candidates: () => Array.from({ length: 9 }, (_, i) => ({ kind: 'quiz' as const, id: `q${i}`, exams: ['SAA-C03 4'] })), learnerId: async () => LEARNER, now: () => now, create: async (d) => (created.push(d), { id: ATTEMPT }) },
    );
    expect(result).toEqual({ status: 'started', attemptId: ATTEMPT });
    expect(created[0]?.entries).toHaveLength(4);
    expect((created[0]?.deadline.getTime() ?? 0) - now.getTime()).toBe(60_000);
    expect(await startExam({ exam: 'XYZ', kind: 'forever' }, { candidates: () => [], learnerId: async () => LEARNER, now: () => now, create: async () => ({ id: ATTEMPT }) })).toMatchObject({
      status: 'invalid',
      fieldErrors: { exam: ['pick an exam'], kind: ['pick a length'] },
    });
  });

  it('grades saved answers on the server and counts unanswered ones as wrong, with the right answer shown', async () => {
    const right = materialize(item as QuizItem, 5).options?.find((o) => o.correct)?.key as string;
    const { questions, score } = await gradeExam(entries, new Map([[0, { kind: 'choice' as const, keys: [right] }]]), {
      item: (id) => (id === 'retries' ? item : undefined),
      scenario: () => undefined,
      gradeQuiz: async ({ seed, answer }) => {
        const ok = answer.kind === 'choice' && answer.keys[0] === materialize(item, seed).options?.find((o) => o.correct)?.key;
        return { itemId: 'retries', seed, correct: ok, correctAnswer: 'X', yourAnswer: 'Y', working: [], summary: '' };
      },
      gradeScenario: async () => ({ passed: false, score: 0 }),
    });
    expect(score).toBe(50);
    expect(questions.map((q) => q.correct)).toEqual([true, null]);
    expect(questions[1]?.correctAnswer).toMatch(/^[A-H]\. /);
    expect(questions[1]?.yourAnswer).toBeNull();
  });
});

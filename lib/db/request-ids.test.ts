// Issue 16: a repeated submission (the same client requestId again, even at the same time) is recorded once
// and answered with the verdict already stored; the same id from another learner is that learner's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Verdict } from '../grading';
import type { Scenario } from '../content/scenario-parse';
import { getQuizItem } from '../content/quizzes';
import { submitScenario } from '../grading-server/submit';
import { submitQuizAttempt } from '../quiz-server/submit';
import { createPrismaClient, type Db } from './create-client';
import { createGuestLearner } from './progress';
import { findQuizAttemptByRequest, listQuizAttempts, recordQuizAttempt } from './quiz-attempts';
import { findScenarioSubmissionByRequest, getScenarioSubmissions, recordScenarioSubmission } from './scenario-submissions';
import { createMigratedTestDatabase, type TestDatabase } from './test-support';

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createMigratedTestDatabase();
  db = createPrismaClient(database.target);
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.cleanup();
});

const REQUEST = '0b6f1c7e-6a43-4f3e-9d55-3f1f4e2a9c11';

function attempt(learnerId: string, correct: boolean, requestId?: string) {
  return {
    learnerId,
    itemId: 'retries',
    seed: 7,
    answer: { kind: 'choice' as const, keys: [correct ? 'a' : 'b'] },
    correct,
    timeTakenMs: 900,
    mode: 'practice' as const,
    ...(requestId ? { requestId } : {}),
  };
}

function verdict(scenario: string, score: number): Verdict {
  return { scenario, passed: score === 100, score, ms: 3, cases: [{ name: 'c', visible: true, passed: score === 100, feedback: 'f', checks: [] }] };
}

describe('quiz attempts with a requestId', () => {
  it('two concurrent writes with one requestId make one row, and both callers get it', async () => {
    const { id: learnerId } = await createGuestLearner(db);
    const [a, b] = await Promise.all([recordQuizAttempt(db, attempt(learnerId, true, REQUEST)), recordQuizAttempt(db, attempt(learnerId, true, REQUEST))]);
    expect(a.id).toBe(b.id);
    expect([a.repeated, b.repeated].sort()).toEqual([false, true]);
    expect(a.correct).toBe(true);
    expect(b.correct).toBe(true);
    expect(await listQuizAttempts(db, learnerId)).toHaveLength(1);
    expect((await findQuizAttemptByRequest(db, learnerId, REQUEST))?.id).toBe(a.id);
  });

  it('a repeat gets the stored row even if it says otherwise, and writes nothing', async () => {
    const { id: learnerId } = await createGuestLearner(db);
    const first = await recordQuizAttempt(db, attempt(learnerId, false, REQUEST));
    const again = await recordQuizAttempt(db, attempt(learnerId, true, REQUEST));
    expect(again).toMatchObject({ id: first.id, correct: false, repeated: true });
    expect(await listQuizAttempts(db, learnerId)).toHaveLength(1);
  });

  it('the same requestId from two learners makes two rows; no requestId never collides', async () => {
    const one = await createGuestLearner(db);
    const two = await createGuestLearner(db);
    const [a, b] = await Promise.all([recordQuizAttempt(db, attempt(one.id, true, REQUEST)), recordQuizAttempt(db, attempt(two.id, true, REQUEST))]);
    expect(a.id).not.toBe(b.id);
    expect([a.repeated, b.repeated]).toEqual([false, false]);
    await Promise.all([recordQuizAttempt(db, attempt(one.id, true)), recordQuizAttempt(db, attempt(one.id, true))]);
    expect(await listQuizAttempts(db, one.id)).toHaveLength(3);
    expect(await listQuizAttempts(db, two.id)).toHaveLength(1);
  });

});

describe('submitQuizAttempt on the database', () => {
  it('a repeated answer is answered like the first, though jsonb hands the stored answer back with its keys reordered', async () => {
    const { id: learnerId } = await createGuestLearner(db);
    const deps = { item: getQuizItem, learnerId: async () => learnerId, record: (row: Parameters<typeof recordQuizAttempt>[1]) => recordQuizAttempt(db, row) };
    const body = { itemId: 'choice-no-match', seed: 1, answer: { kind: 'choice', keys: ['b'] }, timeTakenMs: 900, mode: 'practice', requestId: REQUEST };
    const first = await submitQuizAttempt(body, deps);
    expect(first.status).toBe('graded');
    // Stored as jsonb, the answer comes back as {"keys": [...], "kind": ...}: still the same answer.
    expect(Object.keys((await findQuizAttemptByRequest(db, learnerId, REQUEST))!.answer)).toEqual(['keys', 'kind']);
    expect(await submitQuizAttempt(body, deps)).toEqual({ ...first, repeated: true });
    expect(await submitQuizAttempt({ ...body, answer: { kind: 'choice', keys: ['a'] } }, deps)).toMatchObject({ status: 'invalid', fieldErrors: { requestId: [/different answer/] } });
    expect(await listQuizAttempts(db, learnerId)).toHaveLength(1);
  });
});

describe('scenario submissions with a requestId', () => {
  it('two concurrent writes with one requestId make one row, and both callers get it', async () => {
    const { id: learnerId } = await createGuestLearner(db);
    const row = { learnerId, scenarioId: 'five-step-pipeline', definition: '{}', verdict: verdict('five-step-pipeline', 100), requestId: REQUEST };
    const [a, b] = await Promise.all([recordScenarioSubmission(db, row), recordScenarioSubmission(db, { ...row, verdict: verdict('five-step-pipeline', 0) })]);
    expect(a.id).toBe(b.id);
    expect(a.score).toBe(b.score);
    expect([a.repeated, b.repeated].sort()).toEqual([false, true]);
    expect(await getScenarioSubmissions(db, learnerId, 'five-step-pipeline')).toHaveLength(1);
    expect((await findScenarioSubmissionByRequest(db, learnerId, REQUEST))?.verdict.score).toBe(a.score);
  });

  it('the same requestId from two learners makes two rows; no requestId never collides', async () => {
    const one = await createGuestLearner(db);
    const two = await createGuestLearner(db);
    const row = (learnerId: string) => ({ learnerId, scenarioId: 's', definition: '{}', verdict: verdict('s', 100) });
    const [a, b] = await Promise.all([recordScenarioSubmission(db, { ...row(one.id), requestId: REQUEST }), recordScenarioSubmission(db, { ...row(two.id), requestId: REQUEST })]);
    expect(a.id).not.toBe(b.id);
    await Promise.all([recordScenarioSubmission(db, row(one.id)), recordScenarioSubmission(db, row(one.id))]);
    expect(await getScenarioSubmissions(db, one.id, 's')).toHaveLength(3);
    expect(await getScenarioSubmissions(db, two.id, 's')).toHaveLength(1);
  });

  it('submitScenario on the database: a repeat is answered from the stored row without grading again, saying repeated: true', async () => {
    const { id: learnerId } = await createGuestLearner(db);
    const scenario = { id: 'five-step-pipeline', cases: [] } as unknown as Scenario;
    let gradings = 0;
    const deps = {
      scenario: (id: string) => (id === scenario.id ? scenario : undefined),
      learnerId: async () => learnerId,
      findByRequest: (l: string, r: string) => findScenarioSubmissionByRequest(db, l, r),
      record: (row: Parameters<typeof recordScenarioSubmission>[1]) => recordScenarioSubmission(db, row),
      grade: async () => {
        gradings++;
        return { ok: true as const, verdict: verdict('five-step-pipeline', 100) };
      },
    };
    const input = { scenarioId: scenario.id, definition: '{"StartAt":"A"}', requestId: REQUEST };
    const first = await submitScenario(input, deps);
    const again = await submitScenario(input, deps);
    expect(first.status).toBe('graded');
    expect(first).not.toHaveProperty('repeated');
    expect(again).toEqual({ ...first, repeated: true });
    expect(gradings).toBe(1);
    expect(await getScenarioSubmissions(db, learnerId, scenario.id)).toHaveLength(1);
    // Both at once: both may grade, but one row is written and both answer its verdict.
    const other = { ...input, requestId: '5d2b8a1e-0f6e-4b1a-8c3d-2e7f9a4b6c10' };
    const [x, y] = await Promise.all([submitScenario(other, deps), submitScenario(other, deps)]);
    // One wrote the row, the other found it written: it says it is a repeat, and both answer the stored verdict.
    const [fresh, repeat] = 'repeated' in x ? [y, x] : [x, y];
    expect(fresh).not.toHaveProperty('repeated');
    expect(repeat).toEqual({ ...fresh, repeated: true });
    expect(await getScenarioSubmissions(db, learnerId, scenario.id)).toHaveLength(2);
  });
});

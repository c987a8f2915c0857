// Data-layer test of the progress page's reads, on the database kind under test (see migrations.test.ts).
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../grading';
import { getLearnerRecords } from './learner-records';
import { createGuestLearner, markLessonComplete } from './progress';
import { recordQuizAttempt } from './quiz-attempts';
import { recordScenarioSubmission } from './scenario-submissions';
import { migratedTestDb } from './test-support';

const db = migratedTestDb();

const verdict = (passed: boolean) => ({ passed, score: passed ? 100 : 50, ms: 3, cases: [] }) as unknown as Verdict;

async function quiz(learnerId: string, itemId: string, correct: boolean) {
  // Timestamps have millisecond precision: a pause keeps "newest first" a real order, not a tie.
  await new Promise((r) => setTimeout(r, 3));
  return recordQuizAttempt(db, { learnerId, itemId, seed: 1, answer: { kind: 'choice', keys: ['a'] }, correct, timeTakenMs: 1000, mode: 'practice' });
}

describe('learner records', () => {
  it('returns one learner’s completions, answers and submissions, newest first, and nothing of another learner', async () => {
    const me = (await createGuestLearner(db)).id;
    const other = (await createGuestLearner(db)).id;
    await markLessonComplete(db, me, 'choice-states');
    await quiz(me, 'item-1', false);
    await quiz(me, 'item-1', true);
    await recordScenarioSubmission(db, { learnerId: me, scenarioId: 'scn-a', definition: '{}', verdict: verdict(true) });
    await markLessonComplete(db, other, 'wait-states');
    await quiz(other, 'item-2', true);
    await recordScenarioSubmission(db, { learnerId: other, scenarioId: 'scn-b', definition: '{}', verdict: verdict(false) });

    const mine = await getLearnerRecords(db, me);
    expect(mine.completions.map((c) => c.lessonSlug)).toEqual(['choice-states']);
    expect(mine.quizAnswers.map((q) => [q.itemId, q.correct])).toEqual([
      ['item-1', true],
      ['item-1', false],
    ]);
    expect(mine.quizAnswers[0]!.at.getTime()).toBeGreaterThan(mine.quizAnswers[1]!.at.getTime());
    expect(mine.submissions).toEqual([{ scenarioId: 'scn-a', passed: true, at: expect.any(Date) }]);

    const theirs = await getLearnerRecords(db, other);
    expect(theirs.completions.map((c) => c.lessonSlug)).toEqual(['wait-states']);
    expect(theirs.quizAnswers.map((q) => q.itemId)).toEqual(['item-2']);
    expect(theirs.submissions.map((s) => s.scenarioId)).toEqual(['scn-b']);
  });

  it('is empty for an unknown learner and caps each list', async () => {
    expect(await getLearnerRecords(db, 'no-such-learner')).toEqual({ completions: [], quizAnswers: [], submissions: [] });
    const me = (await createGuestLearner(db)).id;
    for (let i = 0; i < 3; i += 1) await quiz(me, `item-${i}`, true);
    const capped = await getLearnerRecords(db, me, 2);
    expect(capped.quizAnswers.map((q) => q.itemId)).toEqual(['item-2', 'item-1']);
  });
});

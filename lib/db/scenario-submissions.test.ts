// Data-layer test of the scenario submission queries, on the database kind under test.
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../grading';
import { createGuestLearner } from './progress';
import { getScenarioStatuses, getScenarioSubmission, getScenarioSubmissions, recordScenarioSubmission } from './scenario-submissions';
import { migratedTestDb } from './test-support';

const db = migratedTestDb();

function verdict(scenario: string, score: number): Verdict {
  return {
    scenario,
    passed: score === 100,
    score,
    ms: 12.5,
    cases: [{ name: 'Every step succeeds', visible: true, passed: score > 0, feedback: 'When …', checks: [{ check: 'status', passed: score > 0, message: 'the run ended SUCCEEDED' }] }],
  };
}

describe('scenario submissions', () => {
  it('records the verdict and reads it back, only for its learner', async () => {
    const { id: learnerId } = await createGuestLearner(db);
    const other = await createGuestLearner(db);
    const row = await recordScenarioSubmission(db, { learnerId, scenarioId: 'five-step-pipeline', definition: '{"StartAt":"A"}', verdict: verdict('five-step-pipeline', 50) });
    expect(row).toMatchObject({ scenarioId: 'five-step-pipeline', passed: false, score: 50, gradingMs: 13 });
    const detail = await getScenarioSubmission(db, learnerId, row.id);
    expect(detail?.verdict).toEqual(verdict('five-step-pipeline', 50));
    expect(detail?.definition).toBe('{"StartAt":"A"}');
    expect(await getScenarioSubmission(db, other.id, row.id)).toBeNull();
  });

  it('summarises each scenario: submissions, best score, passed, last time', async () => {
    const { id: learnerId } = await createGuestLearner(db);
    for (const score of [25, 100, 50]) {
      await recordScenarioSubmission(db, { learnerId, scenarioId: 'five-step-pipeline', definition: 'x', verdict: verdict('five-step-pipeline', score) });
    }
    await recordScenarioSubmission(db, { learnerId, scenarioId: 'choice-skip-load', definition: 'x', verdict: verdict('choice-skip-load', 0) });
    const statuses = await getScenarioStatuses(db, learnerId);
    expect(statuses.get('five-step-pipeline')).toMatchObject({ submissions: 3, bestScore: 100, passed: true });
    expect(statuses.get('choice-skip-load')).toMatchObject({ submissions: 1, bestScore: 0, passed: false });
    expect(statuses.has('other')).toBe(false);
    const list = await getScenarioSubmissions(db, learnerId, 'five-step-pipeline');
    expect(list.map((s) => s.score)).toEqual([50, 100, 25]);
  });

  it('deletes a learner’s submissions with the learner', async () => {
    const { id: learnerId } = await createGuestLearner(db);
    await recordScenarioSubmission(db, { learnerId, scenarioId: 'five-step-pipeline', definition: 'x', verdict: verdict('five-step-pipeline', 0) });
    await db.learner.delete({ where: { id: learnerId } });
    expect(await db.scenarioSubmission.count({ where: { learnerId } })).toBe(0);
  });
});

// The server never trusts a verdict the client sends: it grades the definition itself and records that.
import { describe, expect, it } from 'vitest';
import { STARTUP_TIMEOUT_MS } from '../bounded/types';
import { loadScenarios } from '../content/scenarios';
import { outerBudgetMs, WALL_CLOCK_BUDGET_MS } from '../engine';
import type { Scenario } from '../content/scenario-parse';
import type { Verdict } from '../grading';
import { GuestLimitError } from '../learner/guest-limits';
import { gradeBounded } from './bounded-grade';
import { submitScenario, type SubmitDeps } from './submit';

const scenarios = loadScenarios().scenarios.map((s) => s.scenario);
const pipeline = scenarios.find((s) => s.id === 'five-step-pipeline')!;

// Grading is deterministic, so a scenario and definition several tests submit (the pipeline's starter and
// solution) are graded in a bounded worker once per file, and each test gets its own copy of the verdict.
// The tests about grading limits use submitScenario's own default grader (gradeBounded) instead.
const graded = new Map<Scenario, Map<string, ReturnType<typeof gradeBounded>>>();
const gradeOnce: NonNullable<SubmitDeps['grade']> = async (scenario, definition) => {
  const forScenario = graded.get(scenario) ?? graded.set(scenario, new Map()).get(scenario)!;
  if (!forScenario.has(definition)) forScenario.set(definition, gradeBounded(scenario, definition));
  return structuredClone(await forScenario.get(definition)!);
};

function harness(overrides: Partial<SubmitDeps> = {}, { shareGrading = true } = {}) {
  const rows: { learnerId: string; scenarioId: string; definition: string; verdict: Verdict; requestId?: string }[] = [];
  const deps: SubmitDeps = {
    scenario: (id) => scenarios.find((s) => s.id === id),
    learnerId: async () => 'learner-1',
    record: async (row) => {
      rows.push(row);
      return { id: `sub-${rows.length}`, createdAt: new Date('2025-01-01T00:00:00Z') };
    },
    ...(shareGrading ? { grade: gradeOnce } : {}),
    ...overrides,
  };
  return { deps, rows };
}

describe('submitScenario', () => {
  it('ignores a forged verdict and records the server’s own grading', async () => {
    const { deps, rows } = harness();
    const forged = {
      scenarioId: 'five-step-pipeline',
      definition: pipeline.starter,
      passed: true,
      score: 100,
      verdict: { scenario: 'five-step-pipeline', passed: true, score: 100, ms: 1, cases: [] },
    };
    const result = await submitScenario(forged, deps);
    expect(result.status).toBe('graded');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.verdict.passed).toBe(false);
    expect(rows[0]!.verdict.score).toBeLessThan(100);
    expect(rows[0]!.verdict.cases).toHaveLength(pipeline.cases.length);
    expect(rows[0]!.definition).toBe(pipeline.starter);
    if (result.status === 'graded') expect(result.verdict.score).toBe(rows[0]!.verdict.score);
  });

  it('records a passing verdict for the reference solution', async () => {
    const { deps, rows } = harness();
    const result = await submitScenario({ scenarioId: 'five-step-pipeline', definition: pipeline.solution }, deps);
    expect(result).toMatchObject({ status: 'graded', submissionId: 'sub-1', verdict: { passed: true, score: 100 } });
    expect(rows[0]!.verdict.passed).toBe(true);
  });

  it('names a failing hidden case only as "Hidden case N" to the learner, but records it in full', async () => {
    const { deps, rows } = harness();
    const result = await submitScenario({ scenarioId: 'five-step-pipeline', definition: pipeline.starter }, deps);
    if (result.status !== 'graded') throw new Error(result.status);
    const hidden = result.verdict.cases.filter((c) => !c.visible);
    expect(hidden.map((c) => c.name)).toEqual(['Hidden case 1', 'Hidden case 2', 'Hidden case 3', 'Hidden case 4', 'Hidden case 5']);
    expect(hidden.every((c) => c.checks.length === 0 && !c.feedback.includes('MalformedRecordError'))).toBe(true);
    expect(rows[0]!.verdict.cases.filter((c) => !c.visible).map((c) => c.name)).toContain('Malformed rows are not retried');
  });

  it('answers field errors for bad input and records nothing', async () => {
    const { deps, rows } = harness();
    expect(await submitScenario({ scenarioId: '../etc', definition: '' }, deps)).toMatchObject({
      status: 'invalid',
      fieldErrors: { scenarioId: ['not a scenario id'], definition: ['the definition is empty'] },
    });
    expect(await submitScenario({ scenarioId: 'no-such-scenario', definition: '{}' }, deps)).toMatchObject({ status: 'invalid', fieldErrors: { scenarioId: ['no scenario has this id'] } });
    expect(await submitScenario('not an object', deps)).toMatchObject({ status: 'invalid' });
    expect(await submitScenario({ scenarioId: 'five-step-pipeline', definition: 'x'.repeat(1_048_577) }, deps)).toMatchObject({
      status: 'invalid',
      fieldErrors: { definition: [expect.stringContaining('larger than 1 MB')] },
    });
    expect(rows).toEqual([]);
  });

  it('records a stopped grading as a failed verdict that says why', async () => {
    const { deps, rows } = harness({ grade: async () => ({ ok: false, reason: 'timeout', message: 'it ran past its 10 s limit', ms: 10_000 }) });
    const result = await submitScenario({ scenarioId: 'five-step-pipeline', definition: pipeline.solution }, deps);
    expect(result).toMatchObject({ status: 'graded', verdict: { passed: false, score: 0 } });
    expect(rows[0]!.verdict.cases[0]!.feedback).toBe('Grading was stopped: it ran past its 10 s limit');
  });

  it('says so when the verdict cannot be saved', async () => {
    const { deps } = harness({ record: async () => Promise.reject(new Error('disk full')) });
    const result = await submitScenario({ scenarioId: 'five-step-pipeline', definition: pipeline.solution }, deps);
    expect(result).toEqual({ status: 'error', message: 'Your submission was graded but could not be saved. Please try again.' });
  });

  it('passes on the guest limit’s own message when no new guest may be created, and records nothing', async () => {
    const { deps, rows } = harness({ learnerId: async () => Promise.reject(new GuestLimitError(60_000)) });
    const result = await submitScenario({ scenarioId: 'five-step-pipeline', definition: pipeline.solution }, deps);
    expect(result).toEqual({ status: 'error', message: 'Too many new visitors from your network just now, so your progress was not saved. Try again in 1 minute.' });
    expect(rows).toEqual([]);
  });
});

describe('submitScenario with a requestId (issue 16)', () => {
  const REQUEST = '0b6f1c7e-6a43-4f3e-9d55-3f1f4e2a9c11';

  /** A store keyed like the database's (learnerId, requestId) unique index, and a grader that counts its runs. */
  function repeatHarness() {
    const stored = new Map<string, { id: string; createdAt: Date; definition: string; verdict: Verdict }>();
    let gradings = 0;
    const { deps, rows } = harness({
      findByRequest: async (learnerId, requestId) => stored.get(`${learnerId}/${requestId}`) ?? null,
      grade: async () => {
        gradings++;
        return { ok: true, verdict: { scenario: 'five-step-pipeline', passed: false, score: 40, ms: 2, cases: [] } };
      },
    });
    const record = deps.record;
    deps.record = async (row) => {
      const saved = await record(row);
      if (row.requestId) stored.set(`${row.learnerId}/${row.requestId}`, { ...saved, definition: row.definition, verdict: row.verdict });
      return saved;
    };
    return { deps, rows, gradings: () => gradings };
  }

  it('answers a repeat from the stored row, before grading: one grading run, one row, the same answer saying repeated: true', async () => {
    const { deps, rows, gradings } = repeatHarness();
    const input = { scenarioId: 'five-step-pipeline', definition: pipeline.starter, requestId: REQUEST };
    const first = await submitScenario(input, deps);
    const again = await submitScenario(input, deps);
    expect(first).toMatchObject({ status: 'graded', submissionId: 'sub-1', verdict: { score: 40 } });
    expect(first).not.toHaveProperty('repeated');
    expect(again).toEqual({ ...first, repeated: true });
    expect(gradings()).toBe(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ requestId: REQUEST });
  });

  it('refuses a requestId reused for another definition, without grading it', async () => {
    const { deps, rows, gradings } = repeatHarness();
    await submitScenario({ scenarioId: 'five-step-pipeline', definition: pipeline.starter, requestId: REQUEST }, deps);
    const other = await submitScenario({ scenarioId: 'five-step-pipeline', definition: pipeline.solution, requestId: REQUEST }, deps);
    expect(other).toMatchObject({ status: 'invalid', fieldErrors: { requestId: ['this requestId was already used for a different definition'] } });
    expect(gradings()).toBe(1);
    expect(rows).toHaveLength(1);
  });

  it('says clearly when the requestId is not a UUID', async () => {
    const { deps } = repeatHarness();
    const result = await submitScenario({ scenarioId: 'five-step-pipeline', definition: pipeline.starter, requestId: 42 }, deps);
    expect(result).toMatchObject({ status: 'invalid', fieldErrors: { requestId: ['requestId must be a UUID (crypto.randomUUID())'] } });
  });
});

describe('gradeBounded', () => {
  const oneCase = { ...pipeline, cases: [{ name: 'Runs', when: 'When it runs', visible: true, expect: { status: 'SUCCEEDED' as const } }] };
  // A backtracking regular expression inside JSONata: one native evaluation that never returns, which no
  // check between steps can interrupt. Only terminating the worker stops it.
  const endless = JSON.stringify({
    QueryLanguage: 'JSONata',
    StartAt: 'Spin',
    States: { Spin: { Type: 'Pass', Output: "{% $contains('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', /^(a+)+$/) %}", End: true } },
  });

  it('stops a submission that never returns at the server limit, terminating its worker, and records why', async () => {
    const started = Date.now();
    const { deps, rows } = harness({ scenario: () => oneCase }, { shareGrading: false });
    const result = await submitScenario({ scenarioId: 'five-step-pipeline', definition: endless }, deps);
    const took = Date.now() - started;
    // The server's budget is 10 s; the worker is terminated shortly after (outerBudgetMs). Its start-up comes
    // on top, bounded apart by STARTUP_TIMEOUT_MS (seconds on a loaded machine, so no tighter bound holds).
    expect(took).toBeGreaterThanOrEqual(WALL_CLOCK_BUDGET_MS.server);
    expect(took).toBeLessThan(outerBudgetMs(WALL_CLOCK_BUDGET_MS.server) + STARTUP_TIMEOUT_MS);
    expect(result).toMatchObject({ status: 'graded', verdict: { passed: false, score: 0 } });
    expect(rows[0]!.verdict.cases[0]!.feedback).toMatch(/^Grading was stopped: it ran past the 10 s a submission may take \(while running case 1 of 1, "Runs"\)/);
  }, 60_000);

  it('stops a definition that loops forever at the transition cap, well within the limit', async () => {
    const loop = JSON.stringify({
      StartAt: 'ExtractFromRDS',
      States: {
        ExtractFromRDS: { Type: 'Pass', Next: 'Again' },
        Again: { Type: 'Choice', Choices: [{ Variable: '$.never', IsPresent: true, Next: 'Done' }], Default: 'ExtractFromRDS' },
        Done: { Type: 'Succeed' },
      },
    });
    const started = Date.now();
    const r = await gradeBounded(oneCase, loop);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.verdict.passed).toBe(false);
      expect(r.verdict.cases[0]!.feedback).toContain('seems to loop without end');
    }
  });
});

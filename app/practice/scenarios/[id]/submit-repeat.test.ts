import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Verdict } from '@/lib/grading';

// A scenario submission sent again (issue 16) through both ways in: the page's submitScenarioAction and
// POST /api/scenarios/<id>/submissions. Recorded and graded once, and the repeat says `repeated: true` with
// the stored result, as a repeated quiz answer does. The real rules (lib/grading-server) run; the storage
// (keyed like the database's (learnerId, requestId) index), the grader, the learner cookie and Next's cache
// are stood in for.
vi.mock('server-only', () => ({}));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('@/lib/db/client', () => ({ db: {} }));
vi.mock('@/lib/learner/session', () => ({ ensureLearnerId: async () => 'learner000000000000000001', readLearnerId: async () => 'learner000000000000000001' }));
const store = vi.hoisted(() => ({
  rows: new Map<string, { id: string; createdAt: Date; definition: string; verdict: unknown }>(),
  gradings: 0,
  enrolled: 0,
}));
vi.mock('@/lib/db/scenario-submissions', () => ({
  findScenarioSubmissionByRequest: async (_db: unknown, learnerId: string, requestId: string) => store.rows.get(`${learnerId}/${requestId}`) ?? null,
  recordScenarioSubmission: async (_db: unknown, row: { learnerId: string; requestId?: string; definition: string; verdict: unknown }) => {
    const key = `${row.learnerId}/${row.requestId}`;
    const stored = store.rows.get(key);
    if (stored) return { ...stored, repeated: true };
    const saved = { id: `sub-${store.rows.size + 1}`, createdAt: new Date('2026-12-03T08:00:00Z'), definition: row.definition, verdict: row.verdict };
    store.rows.set(key, saved);
    return { ...saved, repeated: false };
  },
}));
vi.mock('@/lib/grading-server/bounded-grade', () => ({
  gradeBounded: async (): Promise<{ ok: true; verdict: Verdict }> => {
    store.gradings++;
    return { ok: true, verdict: { scenario: 'five-step-pipeline', passed: false, score: 40, ms: 2, cases: [{ name: 'Happy path', visible: true, passed: false, feedback: 'f', checks: [] }] } };
  },
}));
vi.mock('@/lib/review-server/review', () => ({ enrollScenarioSubmission: async () => void store.enrolled++ }));
vi.mock('@/lib/review-server/db-store', () => ({ dbReviewStore: {} }));

const { submitScenarioAction } = await import('./actions');
const { POST } = await import('@/app/api/scenarios/[id]/submissions/route');

const REQUEST = '0b6f1c7e-6a43-4f3e-9d55-3f1f4e2a9c11';
const definition = '{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}';

beforeEach(() => {
  store.rows.clear();
  store.gradings = 0;
  store.enrolled = 0;
});

describe('a scenario submission sent again', () => {
  it('through the page’s action: graded and recorded once, the repeat answering the stored verdict with repeated: true', async () => {
    const form = () => {
      const f = new FormData();
      f.set('scenarioId', 'five-step-pipeline');
      f.set('definition', definition);
      f.set('requestId', REQUEST);
      return f;
    };
    const first = await submitScenarioAction({ status: 'idle' }, form());
    expect(first).toMatchObject({ status: 'graded', submissionId: 'sub-1', verdict: { score: 40 } });
    expect(first).not.toHaveProperty('repeated');
    expect(await submitScenarioAction(first, form())).toEqual({ ...first, repeated: true });
    expect([store.rows.size, store.gradings, store.enrolled]).toEqual([1, 1, 1]);
  });

  it('through the route: the same answer with repeated: true, and no second grading, row or review card', async () => {
    const post = () =>
      POST(new Request('http://localhost/api/scenarios/five-step-pipeline/submissions', { method: 'POST', body: JSON.stringify({ definition, requestId: REQUEST }) }), {
        params: Promise.resolve({ id: 'five-step-pipeline' }),
      });
    const first = await post();
    expect(first.status).toBe(201);
    const body = await first.json();
    expect(body).toMatchObject({ status: 'graded', submissionId: 'sub-1' });
    expect(body).not.toHaveProperty('repeated');
    const again = await post();
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual({ ...body, repeated: true });
    expect([store.rows.size, store.gradings, store.enrolled]).toEqual([1, 1, 1]);
  });

  it('two copies arriving together: one row, one says repeated: true, both answer its verdict', async () => {
    const post = () =>
      POST(new Request('http://localhost/api/scenarios/five-step-pipeline/submissions', { method: 'POST', body: JSON.stringify({ definition, requestId: REQUEST }) }), {
        params: Promise.resolve({ id: 'five-step-pipeline' }),
      });
    const bodies = await Promise.all([post(), post()].map(async (r) => (await r).json()));
    const [fresh, repeat] = 'repeated' in bodies[0] ? [bodies[1], bodies[0]] : [bodies[0], bodies[1]];
    expect(fresh).not.toHaveProperty('repeated');
    expect(repeat).toEqual({ ...fresh, repeated: true });
    expect([store.rows.size, store.enrolled]).toEqual([1, 1]);
  });
});

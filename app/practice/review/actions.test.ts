import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredCard } from '@/lib/review-server/review';

// The review page's actions under a repeat (issue 16): a "Good" sent twice (a double click, a resent form)
// is one rating, and the repeat gets the first one's answer; a scenario fix re-sent with its requestId after
// it marked the card is answered from the stored submission. The real rules (lib/review-server,
// lib/grading-server) run; only the storage, the learner cookie and Next's cache are stood in for.
vi.mock('server-only', () => ({}));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('@/lib/db/client', () => ({ db: {} }));
vi.mock('@/lib/auth/current', () => ({ getCurrentUser: async () => null }));
const learner = vi.hoisted(() => ({ id: 'learner000000000000000001' as string | null }));
vi.mock('@/lib/learner/session', () => ({ readLearnerId: async () => learner.id, ensureLearnerId: async () => learner.id }));

/** One answered card of learner …01, with the guards of lib/db/review-cards.ts. */
const store = vi.hoisted(() => {
  const state = {
    card: null as (StoredCard & { learnerId: string }) | null,
    logs: [] as { seed: number; rating: number; due: Date }[],
    writes: 0,
    marks: 0,
  };
  return {
    state,
    dbReviewStore: {
      ensure: async () => ({ created: false }),
      markAnswered: async (d: { learnerId: string; id: string; correct: boolean }) => {
        const c = state.card;
        if (!c || c.id !== d.id || c.learnerId !== d.learnerId || c.pendingCorrect !== null) return false;
        c.pendingCorrect = d.correct;
        state.marks++;
        return true;
      },
      get: async (learnerId: string, id: string) => (state.card && state.card.id === id && state.card.learnerId === learnerId ? { ...state.card } : null),
      applyRating: async (d: { learnerId: string; id: string; expectedReps: number; rating: number; shownSeed: number; nextSeed: number; state: { due: Date; reps: number } }) => {
        const c = state.card;
        if (!c || c.learnerId !== d.learnerId || c.reps !== d.expectedReps || c.pendingCorrect === null) return false;
        Object.assign(c, d.state, { seed: d.nextSeed, pendingCorrect: null });
        state.logs.push({ seed: d.shownSeed, rating: d.rating, due: d.state.due });
        state.writes++;
        return true;
      },
      lastRating: async (learnerId: string, id: string) => (state.card?.id === id && state.card.learnerId === learnerId ? (state.logs.at(-1) ?? null) : null),
    },
  };
});
vi.mock('@/lib/review-server/db-store', () => ({ dbReviewStore: store.dbReviewStore, enrollRecordedAnswers: async () => {} }));
/** Scenario submissions already recorded, by learner and request id; a new one is never graded here. */
const submissions = vi.hoisted(() => ({ stored: new Map<string, { id: string; createdAt: Date; definition: string; verdict: unknown }>(), recorded: 0 }));
vi.mock('@/lib/db/scenario-submissions', () => ({
  findScenarioSubmissionByRequest: async (_db: unknown, learnerId: string, requestId: string) => submissions.stored.get(`${learnerId}/${requestId}`) ?? null,
  recordScenarioSubmission: async () => {
    submissions.recorded++;
    throw new Error('a repeat must not be recorded');
  },
  getScenarioSubmissions: async () => [],
}));

const { answerScenarioCardAction, rateCardAction } = await import('./actions');

const CARD = 'card0000000000000001';
const idle = { status: 'idle' } as const;

function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

beforeEach(() => {
  learner.id = 'learner000000000000000001';
  const due = new Date(Date.now() - 60_000);
  store.state.card = {
    id: CARD,
    learnerId: 'learner000000000000000001',
    kind: 'class-quiz',
    refId: 'cqv-version-1',
    seed: 77,
    pendingCorrect: true,
    due,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
    lastReview: null,
  };
  store.state.logs = [];
  store.state.writes = 0;
  store.state.marks = 0;
  submissions.stored.clear();
  submissions.recorded = 0;
});

describe('rateCardAction', () => {
  it('rates a showing once: the same form sent again is answered like the first and writes nothing', async () => {
    const good = formOf({ cardId: CARD, rating: '3', seed: '77' });
    const first = await rateCardAction(idle, good);
    expect(first).toMatchObject({ status: 'rated', cardId: CARD, rating: 3 });
    const card = { ...store.state.card };
    expect(await rateCardAction(first, good)).toEqual(first);
    expect(await rateCardAction(idle, formOf({ cardId: CARD, rating: '3', seed: '77' }))).toEqual(first);
    expect(store.state.writes).toBe(1);
    expect(store.state.card).toEqual(card);
  });

  it('refuses another rating of the showing it rated, and rates nothing', async () => {
    await rateCardAction(idle, formOf({ cardId: CARD, rating: '3', seed: '77' }));
    expect(await rateCardAction(idle, formOf({ cardId: CARD, rating: '1', seed: '77' }))).toMatchObject({
      status: 'invalid',
      fieldErrors: { rating: ['this showing was already rated Good'] },
    });
    expect(store.state.writes).toBe(1);
  });

  it('answers field errors for a form without the showing or with a bad one, and for something not a form', async () => {
    expect(await rateCardAction(idle, formOf({ cardId: CARD, rating: '3' }))).toMatchObject({ status: 'invalid', fieldErrors: { seed: ['missing seed'] } });
    expect(await rateCardAction(idle, formOf({ cardId: CARD, rating: '3', seed: '-5' }))).toMatchObject({ status: 'invalid', fieldErrors: { seed: ['not a seed'] } });
    expect(await rateCardAction(idle, formOf({ cardId: CARD, rating: '3', seed: '78' }))).toMatchObject({ status: 'invalid', fieldErrors: { seed: [/other numbers/] } });
    expect(await rateCardAction(idle, 'cardId=x' as unknown as FormData)).toEqual({ status: 'invalid', fieldErrors: {}, message: 'The rating must be sent as a form.' });
    expect(store.state.writes).toBe(0);
  });

  it('another learner (or a browser with no learner) can neither rate the card nor repeat its rating', async () => {
    const good = formOf({ cardId: CARD, rating: '3', seed: '77' });
    learner.id = 'learner000000000000000002';
    expect(await rateCardAction(idle, good)).toMatchObject({ status: 'invalid', fieldErrors: { cardId: ['no such review card'] } });
    learner.id = null;
    expect(await rateCardAction(idle, good)).toMatchObject({ status: 'invalid', fieldErrors: { cardId: ['no such review card'] } });
    learner.id = 'learner000000000000000001';
    expect(await rateCardAction(idle, good)).toMatchObject({ status: 'rated' });
    learner.id = 'learner000000000000000002';
    expect(await rateCardAction(idle, good)).toMatchObject({ status: 'invalid', fieldErrors: { cardId: ['no such review card'] } });
    expect(store.state.writes).toBe(1);
  });
});

describe('answerScenarioCardAction', () => {
  const REQUEST = '3e7a9c4b-2f1d-4b8e-a6c5-9d0e1f2a3b4c';
  const verdict = { scenario: 'five-step-pipeline', passed: false, score: 40, ms: 12, cases: [{ name: 'c', visible: true, passed: false, feedback: 'f', checks: [] }] };

  it('a fix sent again with its requestId after it marked the card is answered from the stored submission, and marks nothing', async () => {
    Object.assign(store.state.card!, { kind: 'scenario', refId: 'five-step-pipeline', pendingCorrect: false });
    const createdAt = new Date('2026-12-03T05:00:00Z');
    submissions.stored.set(`learner000000000000000001/${REQUEST}`, { id: 'sub1', createdAt, definition: '{"StartAt":"A"}', verdict });
    const fix = formOf({ scenarioId: 'five-step-pipeline', definition: '{"StartAt":"A"}', requestId: REQUEST });
    expect(await answerScenarioCardAction(CARD, { status: 'idle' }, fix)).toMatchObject({ status: 'graded', submissionId: 'sub1', createdAt: createdAt.toISOString(), verdict: { passed: false, score: 40 } });
    // The same id with another definition is refused; a new request (or none) is a second answer, refused as before.
    expect(await answerScenarioCardAction(CARD, { status: 'idle' }, formOf({ scenarioId: 'five-step-pipeline', definition: '{}', requestId: REQUEST }))).toMatchObject({
      status: 'invalid',
      fieldErrors: { requestId: [/different definition/] },
    });
    const other = formOf({ scenarioId: 'five-step-pipeline', definition: '{"StartAt":"A"}', requestId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' });
    expect(await answerScenarioCardAction(CARD, { status: 'idle' }, other)).toMatchObject({ status: 'invalid', message: /already answered/ });
    expect(await answerScenarioCardAction(CARD, { status: 'idle' }, formOf({ scenarioId: 'five-step-pipeline', definition: '{"StartAt":"A"}' }))).toMatchObject({ status: 'invalid', message: /already answered/ });
    // Another learner's browser sending it: no such card.
    learner.id = 'learner000000000000000002';
    expect(await answerScenarioCardAction(CARD, { status: 'idle' }, fix)).toMatchObject({ status: 'invalid', message: /does not exist/ });
    expect(store.state.marks).toBe(0);
    expect(submissions.recorded).toBe(0);
    expect(store.state.card?.pendingCorrect).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { GeneratedItem } from '../quiz/types';
import type { AttemptResult } from '../quiz-server/submit';
import { answerQuizCard, enrollQuizAnswer, enrollScenarioSubmission, NOT_OPEN_MESSAGE, rateReviewCard, type ReviewStore, type StoredCard } from './review';

const LEARNER = 'cjld2cjxh0000qzrmn831i7rn';
const item: GeneratedItem = { id: 'retries', type: 'single', category: 'cost', generator: 'linear-retries-monthly', title: 'R', lesson: 'what-a-run-costs', topics: ['pricing'], exams: ['SAA-C03 4'], source: { file: 'x', line: 1 } };
const clock = new Date('2026-12-02T09:00:00Z');

/** An in-memory store with the same guards as lib/db/review-cards.ts. */
function memoryStore() {
  const cards = new Map<string, StoredCard & { learnerId: string }>();
  const logs: { id: string; rating: number; seed: number; correct: boolean }[] = [];
  const dues: Date[] = [];
  let n = 0;
  const store: ReviewStore = {
    async ensure(d) {
      const existing = [...cards.values()].find((c) => c.learnerId === d.learnerId && c.kind === d.kind && c.refId === d.refId);
      if (existing) return { created: false };
      const id = `card${String(++n).padStart(8, '0')}`;
      cards.set(id, { id, learnerId: d.learnerId, kind: d.kind, refId: d.refId, seed: d.seed, pendingCorrect: null, ...d.state });
      return { created: true };
    },
    async get(learnerId, id) {
      const c = cards.get(id);
      return c && c.learnerId === learnerId ? c : null;
    },
    async markAnswered(d) {
      const c = cards.get(d.id);
      if (!c || c.learnerId !== d.learnerId || c.seed !== d.seed || c.pendingCorrect !== null || c.due > d.now) return false;
      c.pendingCorrect = d.correct;
      return true;
    },
    async applyRating(d) {
      const c = cards.get(d.id);
      if (!c || c.reps !== d.expectedReps || c.pendingCorrect === null) return false;
      Object.assign(c, d.state, { seed: d.nextSeed, pendingCorrect: null });
      logs.push({ id: d.id, rating: d.rating, seed: d.shownSeed, correct: d.correct });
      dues.push(d.state.due);
      return true;
    },
    async lastRating(learnerId, id) {
      const i = logs.findLastIndex((l) => l.id === id && cards.get(id)?.learnerId === learnerId);
      const log = logs[i];
      return log ? { seed: log.seed, rating: log.rating, due: dues[i] as Date } : null;
    },
  };
  return { store, cards, logs };
}

const graded = (correct: boolean): ((raw: unknown) => Promise<AttemptResult>) => async (raw) => ({
  status: 'graded',
  attemptId: 'a1',
  verdict: { itemId: 'retries', seed: (raw as { seed: number }).seed, correct, correctAnswer: '', yourAnswer: '', working: [], summary: '' },
});

describe('enrolment', () => {
  it('makes one card of a wrong answer, with a seed other than the one answered, and none of a quick right one', async () => {
    const { store, cards } = memoryStore();
    expect(await enrollQuizAnswer(store, { learnerId: LEARNER, item, seed: 42, correct: true, timeTakenMs: 3_000, now: clock })).toBeNull();
    expect(cards.size).toBe(0);
    expect(await enrollQuizAnswer(store, { learnerId: LEARNER, item, seed: 42, correct: false, timeTakenMs: 3_000, now: clock })).toBe('wrong');
    expect(await enrollQuizAnswer(store, { learnerId: LEARNER, item, seed: 43, correct: false, timeTakenMs: 3_000, now: clock })).toBe('wrong');
    expect(cards.size).toBe(1);
    const card = [...cards.values()][0];
    expect(card?.seed).not.toBe(42);
    expect(card?.due).toEqual(clock);
    expect(await enrollScenarioSubmission(store, { learnerId: LEARNER, scenarioId: 'fan-out', passed: true, now: clock })).toBeNull();
    expect(await enrollScenarioSubmission(store, { learnerId: LEARNER, scenarioId: 'fan-out', passed: false, now: clock })).toBe('wrong');
    expect(cards.size).toBe(2);
  });
});

describe('answer, then rate', () => {
  async function setup() {
    const m = memoryStore();
    await enrollQuizAnswer(m.store, { learnerId: LEARNER, item, seed: 1, correct: false, timeTakenMs: 1, now: clock });
    const card = [...m.cards.values()][0] as StoredCard;
    const deps = { store: m.store, learnerId: async () => LEARNER, now: () => clock };
    return { ...m, card, deps };
  }

  it('grades on the server, refuses stale numbers, and allows only Again after a wrong answer', async () => {
    const { card, deps, logs, cards } = await setup();
    const stale = await answerQuizCard(card.id, { itemId: 'retries', seed: card.seed + 1 }, { ...deps, grade: graded(true) });
    expect(stale).toMatchObject({ status: 'invalid', message: /no longer/ });
    expect(await rateReviewCard({ cardId: card.id, rating: '3', seed: String(card.seed) }, deps)).toMatchObject({ status: 'invalid', fieldErrors: { rating: ['answer the card before rating it'] } });
    const answered = await answerQuizCard(card.id, { itemId: 'retries', seed: card.seed }, { ...deps, grade: graded(false) });
    expect(answered).toMatchObject({ status: 'graded', verdict: { correct: false } });
    expect(await answerQuizCard(card.id, { itemId: 'retries', seed: card.seed }, { ...deps, grade: graded(true) })).toMatchObject({ status: 'invalid', message: /already answered/ });
    expect(await rateReviewCard({ cardId: card.id, rating: '4', seed: String(card.seed) }, deps)).toMatchObject({ status: 'invalid', fieldErrors: { rating: [/only rating is Again/] } });
    const shown = card.seed;
    const rated = await rateReviewCard({ cardId: card.id, rating: '1', seed: String(shown) }, deps);
    expect(rated).toMatchObject({ status: 'rated', rating: 1 });
    const after = cards.get(card.id) as StoredCard;
    expect(after.due.getTime()).toBeGreaterThan(clock.getTime());
    expect(after.seed).not.toBe(shown);
    expect(logs).toEqual([{ id: card.id, rating: 1, seed: shown, correct: false }]);
    // The same showing is rated once: the same rating sent again is answered like the first and changes nothing.
    expect(await rateReviewCard({ cardId: card.id, rating: '1', seed: String(shown) }, deps)).toEqual(rated);
    expect(logs).toHaveLength(1);
    expect(cards.get(card.id)).toEqual(after);
  });

  it('refuses a card that is not due, and another learner’s card', async () => {
    const { card, deps } = await setup();
    await answerQuizCard(card.id, { itemId: 'retries', seed: card.seed }, { ...deps, grade: graded(true) });
    await rateReviewCard({ cardId: card.id, rating: '3', seed: card.seed }, deps);
    const next = (await deps.store.get(LEARNER, card.id)) as StoredCard;
    expect(await answerQuizCard(card.id, { itemId: 'retries', seed: next.seed }, { ...deps, grade: graded(true) })).toMatchObject({ status: 'invalid', message: /not due/ });
    const other = { ...deps, learnerId: async () => 'someoneelse0000000000000' };
    expect(await answerQuizCard(card.id, { itemId: 'retries', seed: next.seed }, { ...other, grade: graded(true) })).toMatchObject({ status: 'invalid', message: /does not exist/ });
  });

  it('a class item’s card names a version: answered only for that version’s item, while the learner may open it', async () => {
    const m = memoryStore();
    const card = { kind: 'class-quiz', refId: 'cqv_version1' } as const;
    await enrollQuizAnswer(m.store, { learnerId: LEARNER, item: { ...item, id: 'classitem1' }, seed: 1, correct: false, timeTakenMs: 1, now: clock, card });
    const stored = [...m.cards.values()][0] as StoredCard;
    expect(stored).toMatchObject(card);
    const deps = { store: m.store, learnerId: async () => LEARNER, now: () => clock, kind: 'class-quiz' as const, grade: graded(true) };
    const open = { ...deps, itemOf: async (c: StoredCard) => (c.refId === 'cqv_version1' ? 'classitem1' : null) };
    // A built-in answer path does not answer it, nor does an answer naming another item.
    expect(await answerQuizCard(stored.id, { itemId: 'cqv_version1', seed: stored.seed }, { ...deps, kind: 'quiz' })).toMatchObject({ status: 'invalid', message: /another card/ });
    expect(await answerQuizCard(stored.id, { itemId: 'retries', seed: stored.seed }, open)).toMatchObject({ status: 'invalid', message: /another card/ });
    expect(await answerQuizCard(stored.id, { itemId: 'classitem1', seed: stored.seed }, { ...deps, itemOf: async () => null })).toMatchObject({ status: 'invalid', message: NOT_OPEN_MESSAGE });
    expect(await answerQuizCard(stored.id, { itemId: 'classitem1', seed: stored.seed }, open)).toMatchObject({ status: 'graded', verdict: { correct: true } });
    expect(m.cards.get(stored.id)?.pendingCorrect).toBe(true);
  });

  it('the answer that marked a card, sent again with its requestId, is answered like the first and marks nothing', async () => {
    const { card, deps, cards } = await setup();
    const REQUEST = '0b6f1c7e-6a43-4f3e-9d55-3f1f4e2a9c11';
    const recorded = new Set<string>();
    let grades = 0;
    const grade = async (raw: unknown) => {
      grades++;
      recorded.add((raw as { requestId: string }).requestId);
      return graded(false)(raw);
    };
    const answerDeps = { ...deps, grade, recorded: async (_learner: string, requestId: string) => recorded.has(requestId) };
    const answer = { itemId: 'retries', seed: card.seed, requestId: REQUEST };
    const first = await answerQuizCard(card.id, answer, answerDeps);
    expect(first).toMatchObject({ status: 'graded', verdict: { correct: false } });
    const marked = { ...(cards.get(card.id) as StoredCard) };
    expect(marked.pendingCorrect).toBe(false);
    // The repeat goes to the quiz's grading (which answers a known requestId from the stored attempt).
    expect(await answerQuizCard(card.id, answer, answerDeps)).toEqual(first);
    expect(grades).toBe(2);
    expect(cards.get(card.id)).toEqual(marked);
    // Another request, or none, is a second answer: refused as before, without grading.
    expect(await answerQuizCard(card.id, { ...answer, requestId: '7d3c1a52-1b9e-4c55-8f0e-2b6a9d4e7f10' }, answerDeps)).toMatchObject({ status: 'invalid', message: /already answered/ });
    expect(await answerQuizCard(card.id, { itemId: 'retries', seed: card.seed }, answerDeps)).toMatchObject({ status: 'invalid', message: /already answered/ });
    expect(await answerQuizCard(card.id, { ...answer, requestId: 'not-a-uuid' }, answerDeps)).toMatchObject({ status: 'invalid', message: 'This review answer could not be read.' });
    // Numbers the card does not show are no repeat, whatever the id.
    expect(await answerQuizCard(card.id, { ...answer, seed: card.seed + 1 }, answerDeps)).toMatchObject({ status: 'invalid', message: /no longer/ });
    expect(grades).toBe(2);
  });

  it('a rating sent twice, one after the other or both at once, schedules and counts the card once and answers both alike', async () => {
    const { card, deps, logs, cards } = await setup();
    const shown = card.seed;
    await answerQuizCard(card.id, { itemId: 'retries', seed: shown }, { ...deps, grade: graded(true) });
    const good = { cardId: card.id, rating: '3', seed: String(shown) };
    // Both read the card before either writes (each read waits for the other): both try to apply, and the
    // store's guard lets one in.
    let release = () => {};
    const bothRead = new Promise<void>((resolve) => (release = resolve));
    let reads = 0;
    const tries: boolean[] = [];
    const store: ReviewStore = {
      ...deps.store,
      get: async (learnerId, id) => {
        const card = await deps.store.get(learnerId, id);
        if (++reads === 2) release();
        await bothRead;
        return card && { ...card };
      },
      applyRating: async (d) => {
        tries.push(await deps.store.applyRating(d));
        return tries.at(-1) as boolean;
      },
    };
    const [a, b] = await Promise.all([rateReviewCard(good, { ...deps, store }), rateReviewCard(good, { ...deps, store })]);
    expect(tries).toEqual([true, false]);
    expect(a).toMatchObject({ status: 'rated', rating: 3 });
    expect(b).toEqual(a);
    expect(logs).toEqual([{ id: card.id, rating: 3, seed: shown, correct: true }]);
    const after = { ...(cards.get(card.id) as StoredCard) };
    expect(after.reps).toBe(1);
    // Later too, and from a later clock: still the first answer, still one rating.
    expect(await rateReviewCard(good, { ...deps, now: () => new Date(clock.getTime() + 60_000) })).toEqual(a);
    expect(cards.get(card.id)).toEqual(after);
    expect(logs).toHaveLength(1);
  });

  it('refuses another rating of a showing already rated, and a rating of numbers the card no longer shows', async () => {
    const { card, deps, logs } = await setup();
    const shown = card.seed;
    await answerQuizCard(card.id, { itemId: 'retries', seed: shown }, { ...deps, grade: graded(true) });
    expect(await rateReviewCard({ cardId: card.id, rating: '3', seed: shown + 1 }, deps)).toMatchObject({ status: 'invalid', fieldErrors: { seed: [/other numbers/] } });
    expect(await rateReviewCard({ cardId: card.id, rating: '3', seed: shown }, deps)).toMatchObject({ status: 'rated' });
    expect(await rateReviewCard({ cardId: card.id, rating: '4', seed: shown }, deps)).toMatchObject({ status: 'invalid', fieldErrors: { rating: ['this showing was already rated Good'] } });
    expect(logs).toHaveLength(1);
  });

  it('does not answer another learner’s repeat of a rating', async () => {
    const { card, deps, logs } = await setup();
    const shown = card.seed;
    await answerQuizCard(card.id, { itemId: 'retries', seed: shown }, { ...deps, grade: graded(true) });
    const good = { cardId: card.id, rating: '3', seed: shown };
    expect(await rateReviewCard(good, deps)).toMatchObject({ status: 'rated' });
    expect(await rateReviewCard(good, { ...deps, learnerId: async () => 'someoneelse0000000000000' })).toEqual({
      status: 'invalid',
      fieldErrors: { cardId: ['no such review card'] },
      message: 'The rating could not be saved.',
    });
    expect(logs).toHaveLength(1);
  });

  it('answers field errors for a malformed rating', async () => {
    const { deps } = await setup();
    expect(await rateReviewCard({ cardId: 'x', rating: '9' }, deps)).toMatchObject({
      status: 'invalid',
      fieldErrors: { cardId: ['not a card id'], rating: ['pick Again, Hard, Good or Easy'], seed: ['missing seed'] },
    });
    for (const seed of ['', '-1', '1.5', '12345678901', 'abc', -1, 2 ** 31]) {
      expect(await rateReviewCard({ cardId: 'card00000001', rating: '3', seed }, deps)).toMatchObject({ status: 'invalid', fieldErrors: { seed: ['not a seed'] } });
    }
    expect(await rateReviewCard(null, deps)).toMatchObject({ status: 'invalid' });
  });
});


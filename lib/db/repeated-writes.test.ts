// Issue 16: a request sent twice (a double click, a resent form, two tabs) is a no-op answered like the
// first, for the two writes the requestId work left unchecked: a timed exam's answer and a review rating.
// The rules run through the server functions the actions call, on the database under test.
import { describe, expect, it } from 'vitest';
import { saveAnswer } from '../exam-server/exam';
import { newCardState } from '../review';
import { rateReviewCard } from '../review-server/review';
import { reviewStoreOn } from '../review-server/store';
import { createExamAttempt, getExamAttempt, listExamAnswers, saveExamAnswer } from './exam-attempts';
import { QUIZ_ITEM_TEMPLATE } from '../classes/quiz-item-template';
import { TEMPLATE_FILES } from '../classes/scenario-template';
import { saveClassQuizItem } from '../classes-server/quiz-authoring';
import { saveClassScenario } from '../classes-server/scenario-authoring';
import { listClassQuizItems } from './class-quiz-items';
import { listClassScenarios } from './class-scenarios';
import { createClass, listTaughtClasses } from './classes';
import { createGuestLearner } from './progress';
import { countReviewsSince, ensureReviewCard, getReviewCard, listReviewLogs, markReviewAnswered } from './review-cards';
import { createAccount, form, migratedTestDb } from './test-support';

const db = migratedTestDb();

// The exam opens at 09:00 and closes at 09:01.
const startedAt = new Date('2026-12-02T09:00:00Z');
const deadline = new Date(startedAt.getTime() + 60_000);

describe('a timed exam answer sent again', () => {
  async function exam() {
    const { id: learnerId } = await createGuestLearner(db);
    const entries = [{ kind: 'quiz' as const, itemId: 'a', seed: 1, domain: 1 }, { kind: 'quiz' as const, itemId: 'b', seed: 2, domain: 1 }];
    const attempt = await createExamAttempt(db, { learnerId, exam: 'SAA-C03', kind: 'lightning', seed: 9, entries, startedAt, deadline });
    /** The action's own rules (lib/exam-server saveAnswer) on this database, with the server's clock at `now`. */
    const save = (input: unknown, now: Date) =>
      saveAnswer(input, { learnerId: async () => learnerId, now: () => now, get: (l, id) => getExamAttempt(db, l, id), save: (data) => saveExamAnswer(db, data) });
    return { learnerId, attempt, save };
  }

  it('keeps the first save (its time too) and answers "saved" again, before and after the deadline', async () => {
    const { attempt, save } = await exam();
    const body = { attemptId: attempt.id, position: 0, answer: { kind: 'choice', keys: ['b', 'a'] }, flagged: true };
    const first = new Date('2026-12-02T09:00:10Z');
    expect(await save(body, first)).toEqual({ status: 'saved' });
    const stored = await listExamAnswers(db, attempt.id);
    expect(stored).toEqual([{ position: 0, answer: { kind: 'choice', keys: ['b', 'a'] }, flagged: true, savedAt: first }]);

    // Again before the deadline: nothing is written, not even the time.
    expect(await save(body, new Date('2026-12-02T09:00:30Z'))).toEqual({ status: 'saved' });
    // The same answer with its keys in another order is the same answer (jsonb compares by value).
    expect(await save({ flagged: true, position: 0, answer: { keys: ['b', 'a'], kind: 'choice' }, attemptId: attempt.id }, new Date('2026-12-02T09:00:40Z'))).toEqual({ status: 'saved' });
    // Again after the deadline: it was counted, so the repeat says so, and still writes nothing.
    expect(await save(body, new Date('2026-12-02T09:05:00Z'))).toEqual({ status: 'saved' });
    expect(await listExamAnswers(db, attempt.id)).toEqual(stored);

    // Another answer after the deadline is still refused, and one of the flag alone as saved is a repeat.
    expect(await save({ ...body, answer: { kind: 'choice', keys: ['c'] } }, new Date('2026-12-02T09:05:00Z'))).toMatchObject({ status: 'refused', message: /Time is up/ });
    expect(await save({ attemptId: attempt.id, position: 0, flagged: true }, new Date('2026-12-02T09:05:00Z'))).toEqual({ status: 'saved' });
    expect(await save({ attemptId: attempt.id, position: 0, flagged: false }, new Date('2026-12-02T09:05:00Z'))).toMatchObject({ status: 'refused' });
    expect(await listExamAnswers(db, attempt.id)).toEqual(stored);
  });

  it('a repeat of a save that was refused is refused too, and a question never answered is no repeat', async () => {
    const { attempt, save } = await exam();
    const late = new Date('2026-12-02T09:02:00Z');
    const body = { attemptId: attempt.id, position: 1, answer: { kind: 'numeric', text: '12.5' } };
    expect(await save(body, late)).toMatchObject({ status: 'refused' });
    expect(await save(body, late)).toMatchObject({ status: 'refused' });
    expect(await save({ attemptId: attempt.id, position: 1 }, late)).toMatchObject({ status: 'refused' });
    expect(await listExamAnswers(db, attempt.id)).toEqual([]);
  });

  it('twenty copies of one save arriving together make one row, all answered "saved"', async () => {
    const { attempt, save } = await exam();
    const body = { attemptId: attempt.id, position: 0, answer: { kind: 'numeric', text: '3' } };
    const now = new Date('2026-12-02T09:00:05Z');
    expect(await Promise.all(Array.from({ length: 20 }, () => save(body, now)))).toEqual(Array(20).fill({ status: 'saved' }));
    expect(await listExamAnswers(db, attempt.id)).toEqual([{ position: 0, answer: { kind: 'numeric', text: '3' }, flagged: false, savedAt: now }]);
  });

  it('another learner sending the owner’s very save is refused: a repeat is only ever the owner’s', async () => {
    const { learnerId, attempt } = await exam();
    const other = await createGuestLearner(db);
    const body = { attemptId: attempt.id, position: 0, answer: { kind: 'choice', keys: ['a'] }, flagged: false, now: startedAt };
    expect(await saveExamAnswer(db, { learnerId, ...body })).toBe('saved');
    const stored = await listExamAnswers(db, attempt.id);
    // Were the repeat check blind to the learner, this would answer true and confirm the owner's answer.
    expect(await saveExamAnswer(db, { learnerId: other.id, ...body })).toBe('refused');
    expect(await saveExamAnswer(db, { learnerId: other.id, ...body, now: deadline })).toBe('refused');
    expect(await listExamAnswers(db, attempt.id)).toEqual(stored);
  });
});

describe('a review rating sent again', () => {
  const now = new Date('2026-12-02T10:00:00Z');

  async function answeredCard() {
    const { id: learnerId } = await createGuestLearner(db);
    const { card } = await ensureReviewCard(db, { learnerId, kind: 'class-quiz', refId: 'cqv-version-1', reason: 'wrong', seed: 4242, state: newCardState(now) });
    expect(await markReviewAnswered(db, { learnerId, id: card.id, seed: 4242, correct: true, now })).toBe(true);
    const deps = (who: string, at = now) => ({ store: reviewStoreOn(db), learnerId: async () => who, now: () => at });
    return { learnerId, card, deps };
  }

  it('a double-sent Good schedules the card once, counts once, and both get the first answer', async () => {
    const { learnerId, card, deps } = await answeredCard();
    const good = { cardId: card.id, rating: '3', seed: '4242' };
    const first = await rateReviewCard(good, deps(learnerId));
    expect(first).toMatchObject({ status: 'rated', cardId: card.id, rating: 3 });
    const after = await getReviewCard(db, learnerId, card.id);
    expect(after).toMatchObject({ reps: 1, pendingCorrect: null });
    expect(after?.seed).not.toBe(4242);

    expect(await rateReviewCard(good, deps(learnerId, new Date(now.getTime() + 5_000)))).toEqual(first);
    expect(await getReviewCard(db, learnerId, card.id)).toEqual(after);
    expect(await listReviewLogs(db, learnerId, card.id)).toHaveLength(1);
    expect(await countReviewsSince(db, learnerId, now)).toBe(1);
    if (first.status === 'rated') expect(after?.due.toISOString()).toBe(first.due);
  });

  it('two Goods arriving together: one rating stored, both answered alike', async () => {
    const { learnerId, card, deps } = await answeredCard();
    const good = { cardId: card.id, rating: '3', seed: '4242' };
    const [a, b] = await Promise.all([rateReviewCard(good, deps(learnerId)), rateReviewCard(good, deps(learnerId))]);
    expect(a).toMatchObject({ status: 'rated', rating: 3 });
    expect(b).toEqual(a);
    expect(await listReviewLogs(db, learnerId, card.id)).toMatchObject([{ rating: 3, seed: 4242, correct: true }]);
    expect(await countReviewsSince(db, learnerId, now)).toBe(1);
    expect(await getReviewCard(db, learnerId, card.id)).toMatchObject({ reps: 1 });
  });

  it('another rating of the showing already rated is refused and changes nothing', async () => {
    const { learnerId, card, deps } = await answeredCard();
    await rateReviewCard({ cardId: card.id, rating: '3', seed: '4242' }, deps(learnerId));
    const after = await getReviewCard(db, learnerId, card.id);
    expect(await rateReviewCard({ cardId: card.id, rating: '4', seed: '4242' }, deps(learnerId))).toMatchObject({
      status: 'invalid',
      fieldErrors: { rating: ['this showing was already rated Good'] },
    });
    expect(await getReviewCard(db, learnerId, card.id)).toEqual(after);
    expect(await countReviewsSince(db, learnerId, now)).toBe(1);
  });

  it('another learner cannot rate, repeat a rating of, or learn anything about a learner’s class-quiz card', async () => {
    const { learnerId, card, deps } = await answeredCard();
    const other = await createGuestLearner(db);
    const good = { cardId: card.id, rating: '3', seed: '4242' };
    const refused = { status: 'invalid', fieldErrors: { cardId: ['no such review card'] }, message: 'The rating could not be saved.' };
    // Before the owner rates it (answered, ready to rate) and after: the same refusal as for a card that does not exist.
    expect(await rateReviewCard(good, deps(other.id))).toEqual(refused);
    expect(await rateReviewCard({ ...good, cardId: 'nosuchcard0000000000' }, deps(other.id))).toEqual(refused);
    expect(await getReviewCard(db, learnerId, card.id)).toMatchObject({ reps: 0, pendingCorrect: true });
    await rateReviewCard(good, deps(learnerId));
    expect(await rateReviewCard(good, deps(other.id))).toEqual(refused);
    expect(await getReviewCard(db, other.id, card.id)).toBeNull();
    expect(await listReviewLogs(db, other.id)).toEqual([]);
    expect(await listReviewLogs(db, learnerId, card.id)).toHaveLength(1);
  });
});

describe('a class created again (the same create form sent twice)', () => {
  const REQUEST = '7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

  it('a resend after the first was created makes no second class and gets the first, with its join code', async () => {
    const teacher = await createAccount(db, 'instructor');
    const first = await createClass(db, teacher.id, 'SAA study group', REQUEST);
    expect(first).toMatchObject({ name: 'SAA study group', repeated: false });
    expect(await createClass(db, teacher.id, 'SAA study group', REQUEST)).toEqual({ ...first, repeated: true });
    expect((await listTaughtClasses(db, teacher.id)).map((c) => c.id)).toEqual([first.id]);
  });

  it('ten copies arriving together (a double click, two tabs) make one class, and every copy answers it', async () => {
    const teacher = await createAccount(db, 'instructor');
    const all = await Promise.all(Array.from({ length: 10 }, () => createClass(db, teacher.id, 'DVA cohort', REQUEST)));
    expect(new Set(all.map((c) => c.id)).size).toBe(1);
    expect(all.filter((c) => !c.repeated)).toHaveLength(1);
    expect(await listTaughtClasses(db, teacher.id)).toHaveLength(1);
  });

  it('the same requestId from another instructor is their own class; without one every create makes a class', async () => {
    const one = await createAccount(db, 'instructor');
    const two = await createAccount(db, 'instructor');
    const [a, b] = await Promise.all([createClass(db, one.id, 'A', REQUEST), createClass(db, two.id, 'B', REQUEST)]);
    expect(a.id).not.toBe(b.id);
    expect([a.repeated, b.repeated]).toEqual([false, false]);
    await Promise.all([createClass(db, one.id, 'C'), createClass(db, one.id, 'C')]);
    expect(await listTaughtClasses(db, one.id)).toHaveLength(3);
    expect(await listTaughtClasses(db, two.id)).toHaveLength(1);
  });
});

describe('the first save of a new class scenario or quiz item sent again', () => {
  const REQUEST = '3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c';

  it('a double-clicked Save on the "new scenario" page makes one scenario; a later save from that page is a save of it', async () => {
    const teacher = await createAccount(db, 'instructor');
    const klass = await createClass(db, teacher.id, 'Authoring');
    const body = form({ classId: klass.id, requestId: REQUEST }, TEMPLATE_FILES);
    const both = await Promise.all([saveClassScenario(db, teacher, body), saveClassScenario(db, teacher, form({ classId: klass.id, requestId: REQUEST }, TEMPLATE_FILES))]);
    expect(both.map((r) => r.status)).toEqual(['saved', 'saved']);
    const ids = both.map((r) => (r.status === 'saved' ? r.scenarioId : null));
    expect(ids[0]).toBe(ids[1]);
    expect(both.map((r) => (r.status === 'saved' ? r.version : null))).toEqual([1, 1]);
    // Edited and saved before the page moved on to the scenario's own: version 2 of the same scenario.
    const edited = { ...TEMPLATE_FILES, 'scenario.yaml': TEMPLATE_FILES['scenario.yaml']!.replace(/^title: .*$/m, 'title: Refunds, edited') };
    expect(await saveClassScenario(db, teacher, form({ classId: klass.id, requestId: REQUEST }, edited))).toMatchObject({ status: 'saved', scenarioId: ids[0], version: 2 });
    expect(await listClassScenarios(db, klass.id)).toMatchObject([{ id: ids[0], versions: 2 }]);
    // A new page (another requestId) is another scenario.
    expect(await saveClassScenario(db, teacher, form({ classId: klass.id, requestId: '3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0d' }, TEMPLATE_FILES))).toMatchObject({ status: 'saved', version: 1 });
    expect(await listClassScenarios(db, klass.id)).toHaveLength(2);
  });

  it('a double-clicked Save on the "new quiz item" page makes one item, answered alike', async () => {
    const teacher = await createAccount(db, 'instructor');
    const klass = await createClass(db, teacher.id, 'Quiz authoring');
    const save = () => saveClassQuizItem(db, teacher, form({ classId: klass.id, source: QUIZ_ITEM_TEMPLATE, requestId: REQUEST }));
    const both = await Promise.all([save(), save(), save()]);
    expect(new Set(both.map((r) => (r.status === 'saved' ? `${r.itemId} v${r.version}` : r.status))).size).toBe(1);
    expect(both[0]).toMatchObject({ status: 'saved', version: 1 });
    expect(await listClassQuizItems(db, klass.id)).toHaveLength(1);
    expect(await saveClassQuizItem(db, teacher, form({ classId: klass.id, source: QUIZ_ITEM_TEMPLATE, requestId: 'not-a-uuid' }))).toMatchObject({ status: 'error', fieldErrors: { requestId: [/UUID/] } });
  });
});

// Data-layer tests of review cards for a class's own quiz items (issue 16): a wrong answer makes a card that
// names the version answered; the learner reviews that version, graded on the server, while a member of its
// class; another learner, a non-member, a learner who left and a withdrawn item get nothing.
import { describe, expect, it } from 'vitest';
import { QUIZ_ITEM_TEMPLATE } from '../classes/quiz-item-template';
import { answerClassQuizCard, openClassQuizVersion, reviewableClassQuizItems } from '../classes-server/class-quiz-review';
import { submitClassQuizAnswer, submitClassQuizSession } from '../classes-server/class-quiz';
import { parseClassQuizItem, publishClassQuizItem, saveClassQuizItem } from '../classes-server/quiz-authoring';
import { materialize } from '../quiz';
import { NOT_OPEN_MESSAGE, rateReviewCard } from '../review-server/review';
import { reviewStoreOn } from '../review-server/store';
import { choiceAnswer, optionKeys, publishedClassQuizItem } from './class-quiz-fixtures';
import { getClassQuizItemForAuthor } from './class-quiz-items';
import { listReviewCards, listReviewLogs } from './review-cards';
import { createAccount, form, migratedTestDb } from './test-support';

const db = migratedTestDb();

type Person = { id: string; role: 'learner' | 'instructor' | 'admin'; learnerId: string };

const as = (who: Person) => ({ learnerId: async () => who.learnerId });
const reviewDeps = (who: Person) => ({ ...as(who), now: () => new Date() });

/** The right and a wrong option key of `itemId`'s version as shown for the card's seed. */
function keysForCard(versionSource: string, itemId: string, seed: number) {
  const parsed = parseClassQuizItem(versionSource, itemId);
  if (!parsed.ok) throw new Error('the version does not parse');
  const options = materialize(parsed.item, seed).options!;
  return { right: options.find((o) => o.correct)!.key, wrong: options.find((o) => !o.correct)!.key };
}

/** A learner's wrong answer to a fresh published item, and the card it made. */
async function missedItem() {
  const fixture = await publishedClassQuizItem(db);
  const { wrong } = await optionKeys(db, fixture.learner, fixture.itemId);
  const graded = await submitClassQuizAnswer(db, fixture.learner, fixture.itemId, fixture.versionId, choiceAnswer(fixture.itemId, wrong), as(fixture.learner));
  expect(graded).toMatchObject({ status: 'graded', verdict: { correct: false } });
  const cards = await listReviewCards(db, fixture.learner.learnerId);
  expect(cards).toHaveLength(1);
  return { ...fixture, card: cards[0]! };
}

// The instructor's version 2 moves the right answer to another option.
const MOVED = QUIZ_ITEM_TEMPLATE.replace('    correct: true\n', '').replace(
  '  - text: The execution follows the first rule anyway.\n',
  '  - text: The execution follows the first rule anyway.\n    correct: true\n',
);

describe('class quiz items become review cards', () => {
  it('a wrong answer makes one card naming the version answered; a right one makes none; exam-style answers count too', async () => {
    const { learner, itemId, versionId, card } = await missedItem();
    expect(card).toMatchObject({ kind: 'class-quiz', refId: versionId, reason: 'wrong', pendingCorrect: null, reps: 0 });
    const { right, wrong } = await optionKeys(db, learner, itemId);
    // Missing it again keeps the one card (and its schedule); getting it right adds nothing.
    await submitClassQuizAnswer(db, learner, itemId, versionId, choiceAnswer(itemId, wrong), as(learner));
    await submitClassQuizAnswer(db, learner, itemId, versionId, choiceAnswer(itemId, right), as(learner));
    expect(await listReviewCards(db, learner.learnerId)).toEqual([card]);

    const other = await publishedClassQuizItem(db);
    const keys = await optionKeys(db, other.learner, other.itemId);
    await submitClassQuizAnswer(db, other.learner, other.itemId, other.versionId, choiceAnswer(other.itemId, keys.right), as(other.learner));
    expect(await listReviewCards(db, other.learner.learnerId)).toEqual([]);
    const session = await submitClassQuizSession(db, other.learner, other.itemId, other.versionId, { sessionId: 'session-review-1', attempts: [choiceAnswer(other.itemId, keys.wrong)] }, as(other.learner));
    expect(session).toMatchObject({ status: 'graded', results: [{ status: 'graded', verdict: { correct: false } }] });
    expect(await listReviewCards(db, other.learner.learnerId)).toMatchObject([{ kind: 'class-quiz', refId: other.versionId }]);
  });

  it('the learner reviews the version answered, graded on the server, recorded with that version, then rates it', async () => {
    const { teacher, learner, klass, itemId, versionId, card } = await missedItem();
    // The instructor publishes version 2 meanwhile: the card still shows (and grades) version 1.
    expect(await saveClassQuizItem(db, teacher, form({ classId: klass.id, itemId, source: MOVED }))).toMatchObject({ status: 'saved', version: 2 });
    const v2 = (await getClassQuizItemForAuthor(db, itemId))!.latest;
    expect(await publishClassQuizItem(db, teacher, form({ itemId, versionId: v2.id }))).toMatchObject({ status: 'published', version: 2 });

    const listed = await reviewableClassQuizItems(db, learner, [card.refId]);
    expect([...listed.keys()]).toEqual([versionId]);
    expect(listed.get(versionId)).toMatchObject({ version: { id: versionId, number: 1, item: { id: itemId, classId: klass.id } }, item: { id: itemId, title: 'A Choice state without a Default' } });
    const v1Keys = keysForCard(QUIZ_ITEM_TEMPLATE, itemId, card.seed);
    const v2Keys = keysForCard(MOVED, itemId, card.seed);
    expect(v2Keys.right).not.toBe(v1Keys.right);

    // Version 1's right answer, with a "correct: false" the server does not read: right.
    const answered = await answerClassQuizCard(db, learner, card.id, { ...choiceAnswer(itemId, v1Keys.right, card.seed), correct: false }, reviewDeps(learner));
    expect(answered).toMatchObject({ status: 'graded', verdict: { correct: true } });
    const attempt = await db.quizAttempt.findFirstOrThrow({ where: { learnerId: learner.learnerId, itemId, seed: card.seed }, orderBy: { createdAt: 'desc' } });
    expect(attempt).toMatchObject({ classQuizItemVersionId: versionId, correct: true, mode: 'practice' });
    expect(await answerClassQuizCard(db, learner, card.id, choiceAnswer(itemId, v1Keys.right, card.seed), reviewDeps(learner))).toMatchObject({ status: 'invalid', message: /already answered/ });

    const store = reviewStoreOn(db);
    const rated = await rateReviewCard({ cardId: card.id, rating: '3', seed: card.seed }, { store, learnerId: as(learner).learnerId, now: () => new Date() });
    expect(rated).toMatchObject({ status: 'rated', rating: 3 });
    const [after] = await listReviewCards(db, learner.learnerId);
    expect(after).toMatchObject({ id: card.id, reps: 1, pendingCorrect: null });
    expect(after!.seed).not.toBe(card.seed);
    expect(await listReviewLogs(db, learner.learnerId, card.id)).toMatchObject([{ rating: 3, seed: card.seed, correct: true }]);

    // Missing version 2 makes a card of its own: each card shows the question the learner actually missed.
    const now2 = await optionKeys(db, learner, itemId);
    await submitClassQuizAnswer(db, learner, itemId, v2.id, choiceAnswer(itemId, now2.wrong), as(learner));
    expect((await listReviewCards(db, learner.learnerId)).map((c) => c.refId).sort()).toEqual([versionId, v2.id].sort());
  });

  it('a review answer sent again with its requestId is answered like the first: one attempt, the card marked once', async () => {
    const { learner, itemId, card } = await missedItem();
    const keys = keysForCard(QUIZ_ITEM_TEMPLATE, itemId, card.seed);
    const answer = { ...choiceAnswer(itemId, keys.right, card.seed), requestId: '5f0c2a1e-8d7b-4c3a-9e6f-1a2b3c4d5e6f' };
    const first = await answerClassQuizCard(db, learner, card.id, answer, reviewDeps(learner));
    expect(first).toMatchObject({ status: 'graded', verdict: { correct: true } });
    const [marked] = await listReviewCards(db, learner.learnerId);
    expect(await answerClassQuizCard(db, learner, card.id, answer, reviewDeps(learner))).toEqual({ ...first, repeated: true });
    expect(await listReviewCards(db, learner.learnerId)).toEqual([marked]);
    expect(await db.quizAttempt.count({ where: { learnerId: learner.learnerId, seed: card.seed } })).toBe(1);
    // The same id with another answer is refused, and records nothing.
    expect(await answerClassQuizCard(db, learner, card.id, { ...answer, answer: { kind: 'choice', keys: [keys.wrong] } }, reviewDeps(learner))).toMatchObject({
      status: 'invalid',
      fieldErrors: { requestId: [expect.stringMatching(/different answer/)] },
    });
    expect(await db.quizAttempt.count({ where: { learnerId: learner.learnerId, seed: card.seed } })).toBe(1);
  });

  it('a wrong review answer can only be rated Again', async () => {
    const { learner, itemId, card } = await missedItem();
    const keys = keysForCard(QUIZ_ITEM_TEMPLATE, itemId, card.seed);
    expect(await answerClassQuizCard(db, learner, card.id, choiceAnswer(itemId, keys.wrong, card.seed), reviewDeps(learner))).toMatchObject({ status: 'graded', verdict: { correct: false } });
    const store = reviewStoreOn(db);
    expect(await rateReviewCard({ cardId: card.id, rating: '4', seed: card.seed }, { store, learnerId: as(learner).learnerId, now: () => new Date() })).toMatchObject({ status: 'invalid', message: /only rating is Again/ });
    expect(await rateReviewCard({ cardId: card.id, rating: '1', seed: card.seed }, { store, learnerId: as(learner).learnerId, now: () => new Date() })).toMatchObject({ status: 'rated', rating: 1 });
  });
});

describe('class quiz review cards: who may review them', () => {
  it('another learner cannot answer my card, even a member of the same class', async () => {
    const { learner, klass, itemId, card } = await missedItem();
    const classmate = await createAccount(db);
    await db.classMember.create({ data: { classId: klass.id, userId: classmate.id } });
    const keys = keysForCard(QUIZ_ITEM_TEMPLATE, itemId, card.seed);
    const tried = await answerClassQuizCard(db, classmate, card.id, choiceAnswer(itemId, keys.right, card.seed), reviewDeps(classmate));
    expect(tried).toMatchObject({ status: 'invalid', message: 'This review card does not exist.' });
    // Nor by claiming my learner id while signed in as someone else: the card is looked up by the caller's learner.
    expect(await rateReviewCard({ cardId: card.id, rating: '3', seed: card.seed }, { store: reviewStoreOn(db), learnerId: as(classmate).learnerId, now: () => new Date() })).toMatchObject({ status: 'invalid', fieldErrors: { cardId: ['no such review card'] } });
    expect(await db.quizAttempt.count({ where: { learnerId: classmate.learnerId } })).toBe(0);
    expect((await listReviewCards(db, learner.learnerId))[0]).toMatchObject({ pendingCorrect: null });
  });

  it('a non-member, a learner who left the class and a withdrawn item: the card rests, neither shown nor answerable', async () => {
    const { learner, klass, itemId, versionId, card } = await missedItem();
    const keys = keysForCard(QUIZ_ITEM_TEMPLATE, itemId, card.seed);
    const answer = choiceAnswer(itemId, keys.right, card.seed);

    // A non-member holding a card of the version (however it came by one) neither sees nor answers it.
    const outsider = await createAccount(db);
    const store = reviewStoreOn(db);
    await store.ensure({ learnerId: outsider.learnerId, kind: 'class-quiz', refId: versionId, reason: 'wrong', seed: card.seed, state: { ...card } });
    const [outsiderCard] = await listReviewCards(db, outsider.learnerId);
    expect(await openClassQuizVersion(db, outsider, versionId)).toBeNull();
    expect(await reviewableClassQuizItems(db, outsider, [versionId])).toEqual(new Map());
    expect(await answerClassQuizCard(db, outsider, outsiderCard!.id, answer, reviewDeps(outsider))).toEqual({ status: 'invalid', fieldErrors: {}, message: NOT_OPEN_MESSAGE });

    // The learner leaves the class: the card is hidden and refused, but kept.
    await db.classMember.delete({ where: { classId_userId: { classId: klass.id, userId: learner.id } } });
    expect(await reviewableClassQuizItems(db, learner, [versionId])).toEqual(new Map());
    expect(await answerClassQuizCard(db, learner, card.id, answer, reviewDeps(learner))).toMatchObject({ status: 'invalid', message: NOT_OPEN_MESSAGE });
    // Back in the class, it is there again.
    await db.classMember.create({ data: { classId: klass.id, userId: learner.id } });
    expect([...(await reviewableClassQuizItems(db, learner, [versionId])).keys()]).toEqual([versionId]);

    // The instructor withdraws the item (no published version): the same.
    await db.classQuizItem.update({ where: { id: itemId }, data: { publishedVersionId: null } });
    expect(await reviewableClassQuizItems(db, learner, [versionId])).toEqual(new Map());
    expect(await answerClassQuizCard(db, learner, card.id, answer, reviewDeps(learner))).toMatchObject({ status: 'invalid', message: NOT_OPEN_MESSAGE });
    // Signed out: nothing.
    expect(await answerClassQuizCard(db, null, card.id, answer, reviewDeps(learner))).toMatchObject({ status: 'invalid', message: /no review cards/ });
    expect(await db.quizAttempt.count({ where: { learnerId: { in: [learner.learnerId, outsider.learnerId] }, seed: card.seed } })).toBe(0);
    expect(await listReviewCards(db, learner.learnerId)).toEqual([card]);
  });

  it('bad input: a malformed card id or answer, another item’s id, stale numbers', async () => {
    const { learner, itemId, card } = await missedItem();
    const other = await missedItem();
    const keys = keysForCard(QUIZ_ITEM_TEMPLATE, itemId, card.seed);
    const deps = reviewDeps(learner);
    expect(await answerClassQuizCard(db, learner, 'NOT A CARD', choiceAnswer(itemId, keys.right, card.seed), deps)).toMatchObject({ status: 'invalid', message: 'This review answer could not be read.' });
    expect(await answerClassQuizCard(db, learner, card.id, { itemId }, deps)).toMatchObject({ status: 'invalid', message: 'This review answer could not be read.' });
    expect(await answerClassQuizCard(db, learner, card.id, choiceAnswer(other.itemId, keys.right, card.seed), deps)).toMatchObject({ status: 'invalid', message: 'This answer is for another card.' });
    expect(await answerClassQuizCard(db, learner, card.id, choiceAnswer(itemId, keys.right, card.seed + 1), deps)).toMatchObject({ status: 'invalid', message: /no longer the ones this card shows/ });
    expect(await answerClassQuizCard(db, learner, card.id, { ...choiceAnswer(itemId, 'z', card.seed) }, deps)).toMatchObject({ status: 'invalid', fieldErrors: { answer: expect.any(Array) } });
    expect(await db.quizAttempt.count({ where: { learnerId: learner.learnerId, seed: card.seed } })).toBe(0);
    expect((await listReviewCards(db, learner.learnerId))[0]).toMatchObject({ pendingCorrect: null });
  });
});

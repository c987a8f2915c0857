// Data-layer tests of class quiz items (issue 16): versions are immutable and a graded answer keeps the
// version and verdict it was graded with; only the class's instructor (or an admin) authors; bad input
// comes back as field errors or problems with a line and a reason, never as an exception.
import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles';
import { QUIZ_ITEM_TEMPLATE } from '../classes/quiz-item-template';
import { classReport } from '../classes/report';
import { NEWER_VERSION_MESSAGE, newClassQuizNumbers, openClassQuizItem, submitClassQuizAnswer, submitClassQuizSession } from '../classes-server/class-quiz';
import { previewClassQuizAnswer, previewClassQuizItem, previewClassQuizNumbers, publishClassQuizItem, saveClassQuizItem, validateClassQuizItem } from '../classes-server/quiz-authoring';
import { materialize } from '../quiz';
import { classReportInput, createClass } from './classes';
import { getClassQuizItemForAuthor, listClassQuizItems, listPublishedClassQuizItems } from './class-quiz-items';
import { choiceAnswer, optionKeys, publishedClassQuizItem, SEED } from './class-quiz-fixtures';
import { createAccount, form, migratedTestDb } from './test-support';

const db = migratedTestDb();

const account = (role: Role = 'learner') => createAccount(db, role);

const publishedItem = (source?: string) => publishedClassQuizItem(db, source);
const keysFor = (user: { id: string; role: Role }, itemId: string) => optionKeys(db, user, itemId);
const answer = (itemId: string, key: string) => choiceAnswer(itemId, key);

describe('class quiz items: versions', () => {
  it('an edit after a graded answer leaves that answer’s version and verdict as they were', async () => {
    const { teacher, learner, klass, itemId, versionId } = await publishedItem();
    const { wrong } = await keysFor(learner, itemId);
    // The learner picks a wrong option; a "correct" field sent with it is not read.
    const graded = await submitClassQuizAnswer(db, learner, itemId, versionId, { ...answer(itemId, wrong), correct: true }, { learnerId: async () => learner.learnerId });
    expect(graded).toMatchObject({ status: 'graded', verdict: { correct: false } });
    const before = await db.quizAttempt.findFirstOrThrow({ where: { learnerId: learner.learnerId, itemId } });
    expect(before).toMatchObject({ classQuizItemVersionId: versionId, correct: false });

    // The instructor moves which option is correct, saves version 2 and publishes it.
    const edited = QUIZ_ITEM_TEMPLATE.replace('    correct: true\n', '').replace('  - text: The execution follows the first rule anyway.\n', '  - text: The execution follows the first rule anyway.\n    correct: true\n');
    const v2 = await saveClassQuizItem(db, teacher, form({ classId: klass.id, itemId, source: edited }));
    expect(v2).toMatchObject({ status: 'saved', itemId, version: 2 });
    const v2Id = (await getClassQuizItemForAuthor(db, itemId))!.latest.id;
    expect(await publishClassQuizItem(db, teacher, form({ itemId, versionId: v2Id }))).toMatchObject({ status: 'published', version: 2 });

    const after = await db.quizAttempt.findUniqueOrThrow({ where: { id: before.id } });
    expect(after).toEqual(before);
    const v1 = await db.classQuizItemVersion.findUniqueOrThrow({ where: { id: versionId } });
    expect(v1.source).toBe(QUIZ_ITEM_TEMPLATE);
    // An answer to the page of version 1, sent after version 2 was published, is refused, not regraded.
    const stale = await submitClassQuizAnswer(db, learner, itemId, versionId, answer(itemId, wrong), { learnerId: async () => learner.learnerId });
    expect(stale).toMatchObject({ status: 'invalid', message: NEWER_VERSION_MESSAGE });
    // Answers to version 2 are recorded against it.
    const fresh = await submitClassQuizAnswer(db, learner, itemId, v2Id, answer(itemId, (await keysFor(learner, itemId)).right), { learnerId: async () => learner.learnerId });
    expect(fresh).toMatchObject({ status: 'graded', verdict: { correct: true } });
    expect(await db.quizAttempt.count({ where: { itemId, classQuizItemVersionId: v2Id } })).toBe(1);
  });

  it('saving the same text again makes no new version; two saves at once get two numbers', async () => {
    const { teacher, klass, itemId } = await publishedItem();
    expect(await saveClassQuizItem(db, teacher, form({ classId: klass.id, itemId, source: QUIZ_ITEM_TEMPLATE }))).toMatchObject({ status: 'saved', version: 1 });
    const a = QUIZ_ITEM_TEMPLATE.replace('title: A Choice state without a Default', 'title: Version A');
    const b = QUIZ_ITEM_TEMPLATE.replace('title: A Choice state without a Default', 'title: Version B');
    const both = await Promise.all([saveClassQuizItem(db, teacher, form({ classId: klass.id, itemId, source: a })), saveClassQuizItem(db, teacher, form({ classId: klass.id, itemId, source: b }))]);
    expect(both.map((r) => (r.status === 'saved' ? r.version : r.status)).sort()).toEqual([2, 3]);
    expect((await listClassQuizItems(db, klass.id))[0]).toMatchObject({ id: itemId, versions: 3, published: 1 });
  });
});

describe('class quiz items: who may author and answer them', () => {
  it('refuses a learner calling the authoring actions, and an instructor writing in another’s class', async () => {
    const { learner, klass, itemId, versionId } = await publishedItem();
    const other = await account('instructor');
    const source = QUIZ_ITEM_TEMPLATE;
    for (const who of [learner, other]) {
      expect(await saveClassQuizItem(db, who, form({ classId: klass.id, source }))).toMatchObject({ status: 'error', message: expect.stringMatching(/Only the instructor who runs this class/) });
      expect(await saveClassQuizItem(db, who, form({ classId: klass.id, itemId, source: `${source}# edit\n` }))).toMatchObject({ status: 'error' });
      expect(await publishClassQuizItem(db, who, form({ itemId, versionId }))).toMatchObject({ status: 'error', message: expect.stringMatching(/Only the instructor/) });
      expect(await validateClassQuizItem(db, who, form({ classId: klass.id, source }))).toMatchObject({ status: 'error' });
      expect(await previewClassQuizItem(db, who, form({ classId: klass.id, source }))).toMatchObject({ status: 'problems', problems: [] });
      expect(await previewClassQuizAnswer(db, who, klass.id, source, answer('preview', 'a'))).toMatchObject({ status: 'error' });
    }
    expect(await saveClassQuizItem(db, null, form({ classId: klass.id, source }))).toEqual({ status: 'error', message: 'Sign in first.' });
    expect((await listClassQuizItems(db, klass.id))).toEqual([expect.objectContaining({ versions: 1 })]);
    const admin = await account('admin');
    expect(await saveClassQuizItem(db, admin, form({ classId: klass.id, itemId, source: `${source}# admin edit\n` }))).toMatchObject({ status: 'saved', version: 2 });
  });

  it('a learner outside the class can neither open nor answer its item; an unpublished item is nobody’s to answer', async () => {
    const { itemId, versionId, teacher, klass } = await publishedItem();
    const outsider = await account();
    expect(await openClassQuizItem(db, outsider, itemId)).toBeNull();
    const r = await submitClassQuizAnswer(db, outsider, itemId, versionId, answer(itemId, 'a'), { learnerId: async () => outsider.learnerId });
    expect(r).toMatchObject({ status: 'invalid' });
    expect(await submitClassQuizSession(db, outsider, itemId, versionId, { sessionId: 'session-123', attempts: [answer(itemId, 'a')] }, { learnerId: async () => outsider.learnerId })).toMatchObject({ status: 'invalid' });
    expect(await db.quizAttempt.count({ where: { learnerId: outsider.learnerId } })).toBe(0);
    const draft = await saveClassQuizItem(db, teacher, form({ classId: klass.id, source: QUIZ_ITEM_TEMPLATE.replace('id: default-branch', 'id: draft') }));
    if (draft.status !== 'saved') throw new Error(JSON.stringify(draft));
    expect(await openClassQuizItem(db, teacher, draft.itemId)).toBeNull();
    expect((await listPublishedClassQuizItems(db, [klass.id])).map((i) => i.id)).toEqual([itemId]);
  });

  it('the dashboard counts a class item’s answers, its misses and its wrong answers like a built-in one’s', async () => {
    const { teacher, learner, klass, itemId, versionId } = await publishedItem();
    const { right, wrong } = await keysFor(learner, itemId);
    const deps = { learnerId: async () => learner.learnerId };
    await submitClassQuizAnswer(db, learner, itemId, versionId, answer(itemId, wrong), deps);
    await submitClassQuizAnswer(db, learner, itemId, versionId, answer(itemId, right), deps);
    const input = await classReportInput(db, klass.id, teacher.id);
    const report = classReport({ ...input!, itemTopics: () => [] }, new Date());
    expect(report.roster[0]).toMatchObject({ quizAttempts: 2, quizCorrect: 1 });
    expect(report.failedItems).toEqual([{ itemId, wrong: 1, attempts: 2 }]);
    expect(report.wrongAnswers).toEqual([{ itemId, answer: wrong, count: 1 }]);
  });
});

describe('class quiz items: bad input', () => {
  it('answers an invalid item with problems that give the line and the reason, and saves nothing', async () => {
    const teacher = await account('instructor');
    const klass = await createClass(db, teacher.id, 'Bad quiz input');
    const source = QUIZ_ITEM_TEMPLATE.replace('category: concept', 'category: trivia').replace('lesson: choice-states', 'lesson: no-such-lesson');
    const saved = await saveClassQuizItem(db, teacher, form({ classId: klass.id, source }));
    expect(saved).toMatchObject({ status: 'error', message: 'Not saved: 2 problems in the item.' });
    const problems = saved.status === 'error' ? (saved.problems ?? []) : [];
    expect(problems).toEqual([
      { file: 'item.yaml', line: 3, column: 11, message: expect.stringMatching(/^category: must be one of/) },
      { file: 'item.yaml', line: 5, column: 9, message: expect.stringMatching(/^lesson: must be a lesson slug/) },
    ]);
    // A YAML syntax error, an unknown field, a generator that does not exist: each named with its line.
    expect(await validateClassQuizItem(db, teacher, form({ classId: klass.id, source: 'id: [unclosed\n' }))).toMatchObject({ status: 'problems', problems: [{ file: 'item.yaml', line: expect.any(Number), message: expect.stringMatching(/^YAML: /) }] });
    expect(await validateClassQuizItem(db, teacher, form({ classId: klass.id, source: `${QUIZ_ITEM_TEMPLATE}colour: red\n` }))).toMatchObject({ status: 'problems', problems: [{ line: 17, message: 'unknown field "colour" (check the spelling)' }] });
    const generated = 'id: made-up\ntype: numeric\ncategory: cost\ntitle: Made up\nlesson: choice-states\ntopics: [choice]\nexams: [DVA-C02 1]\ngenerator: no-such-generator\n';
    expect(await validateClassQuizItem(db, teacher, form({ classId: klass.id, source: generated }))).toMatchObject({ status: 'problems', problems: [{ file: 'item.yaml', message: expect.stringMatching(/no-such-generator/) }] });
    expect(await validateClassQuizItem(db, teacher, form({ classId: klass.id, source: QUIZ_ITEM_TEMPLATE }))).toEqual({ status: 'valid', title: 'A Choice state without a Default' });
    // Empty, too long, not a form, missing or malformed ids: field errors, no exception.
    expect(await validateClassQuizItem(db, teacher, form({ classId: klass.id, source: '  ' }))).toMatchObject({ status: 'problems', problems: [{ message: 'Write the item first.' }] });
    expect(await saveClassQuizItem(db, teacher, form({ classId: klass.id, source: 'x'.repeat(20_001) }))).toMatchObject({ status: 'error', fieldErrors: { source: [expect.stringMatching(/under 20,000 characters/)] } });
    expect(await saveClassQuizItem(db, teacher, { classId: klass.id, source: QUIZ_ITEM_TEMPLATE })).toMatchObject({ status: 'error', message: expect.stringMatching(/not a form/) });
    expect(await publishClassQuizItem(db, teacher, form({ itemId: 'x'.repeat(65) }))).toMatchObject({ status: 'error', fieldErrors: { itemId: expect.any(Array), versionId: expect.any(Array) } });
    expect(await saveClassQuizItem(db, teacher, form({ classId: 'no-such-class', source: QUIZ_ITEM_TEMPLATE }))).toMatchObject({ status: 'error', message: 'There is no such class.' });
    expect(await previewClassQuizItem(db, teacher, 'not a form')).toMatchObject({ status: 'problems', problems: [] });
    expect(await previewClassQuizAnswer(db, teacher, klass.id, QUIZ_ITEM_TEMPLATE, { itemId: 'preview', seed: -1, answer: { kind: 'choice', keys: ['z'] } })).toMatchObject({ status: 'invalid', fieldErrors: { seed: expect.any(Array), answer: expect.any(Array) } });
    expect(await listClassQuizItems(db, klass.id)).toEqual([]);
  });

  it('the preview draws a question without answers in it and grades a try without recording it', async () => {
    const teacher = await account('instructor');
    const klass = await createClass(db, teacher.id, 'Preview class');
    const preview = await previewClassQuizItem(db, teacher, form({ classId: klass.id, source: QUIZ_ITEM_TEMPLATE }));
    expect(preview).toMatchObject({ status: 'previewed', question: { itemId: 'preview', title: 'A Choice state without a Default', type: 'single' } });
    if (preview.status !== 'previewed') return;
    expect(JSON.stringify(preview.question)).not.toMatch(/correct|explanation/);
    const tried = await previewClassQuizAnswer(db, teacher, klass.id, QUIZ_ITEM_TEMPLATE, { itemId: 'preview', seed: preview.question.seed, answer: { kind: 'choice', keys: ['a'] }, timeTakenMs: 10, mode: 'practice' });
    expect(tried).toMatchObject({ status: 'graded', verdict: { itemId: 'preview', correctAnswer: expect.stringMatching(/States\.NoChoiceMatched/) } });
    expect(await db.quizAttempt.count({ where: { itemId: 'preview' } })).toBe(0);
  });

  it('a malformed answer from a learner is refused with field errors and records nothing', async () => {
    const { learner, itemId, versionId } = await publishedItem();
    const deps = { learnerId: async () => learner.learnerId };
    expect(await submitClassQuizAnswer(db, learner, itemId, versionId, { itemId, seed: 'x', answer: { kind: 'choice', keys: ['q'] } }, deps)).toMatchObject({ status: 'invalid', fieldErrors: { seed: expect.any(Array), answer: expect.any(Array) } });
    expect(await submitClassQuizAnswer(db, learner, itemId, versionId, answer(itemId, 'h'), deps)).toMatchObject({ status: 'invalid', fieldErrors: { answer: ['"h" is not one of the options.'] } });
    expect(await submitClassQuizAnswer(db, learner, { id: itemId }, versionId, answer(itemId, 'a'), deps)).toMatchObject({ status: 'invalid' });
    expect(await submitClassQuizAnswer(db, learner, itemId, versionId, answer('default-branch', 'a'), deps)).toMatchObject({ status: 'invalid', fieldErrors: { itemId: ['no quiz item has this id'] } });
    expect(await db.quizAttempt.count({ where: { learnerId: learner.learnerId } })).toBe(0);
  });
});

// "Try again with new numbers" on a class's own cost item: the built-in items' route knows only the bank,
// so the class page and the preview draw again through these, with the same access rules as answering.
const COST_ITEM = `id: map-cost
type: numeric
category: cost
title: Transitions of a class Map
lesson: inline-map
topics: [inline-map, pricing]
exams: [SAA-C03 4]
generator: inline-map-transitions
`;

describe('class quiz items: new numbers', () => {
  it('draws the published version again with other numbers, for members only, and refuses a stale page or a bad seed', async () => {
    const { learner, teacher, klass, itemId, versionId } = await publishedItem(COST_ITEM);
    const first = materialize((await openClassQuizItem(db, learner, itemId))!.item, SEED).question;
    const drawn = await newClassQuizNumbers(db, learner, itemId, versionId, SEED);
    if (drawn.status !== 'ok') throw new Error(drawn.message);
    expect(drawn.question).toMatchObject({ itemId, type: 'numeric', title: 'Transitions of a class Map' });
    expect(drawn.question.params).toBeDefined();
    expect(drawn.question.params).not.toEqual(first.params);
    // The new draw is graded like any other: its seed is the one the learner's answer sends back.
    expect(drawn.question.seed).not.toBe(SEED);

    const outsider = await account();
    expect(await newClassQuizNumbers(db, outsider, itemId, versionId, SEED)).toEqual({ status: 'error', message: 'No quiz item of your classes has this id.' });
    expect(await newClassQuizNumbers(db, null, itemId, versionId, SEED)).toMatchObject({ status: 'error' });
    expect(await newClassQuizNumbers(db, learner, itemId, 'not-the-version', SEED)).toEqual({ status: 'error', message: NEWER_VERSION_MESSAGE });
    for (const bad of [-1, 1.5, 'seven', null, 2 ** 53]) {
      expect(await newClassQuizNumbers(db, learner, itemId, versionId, bad)).toMatchObject({ status: 'error', message: expect.stringMatching(/^after: /) });
    }

    // The preview draws the text being written, for the class's author only.
    const preview = await previewClassQuizNumbers(db, teacher, klass.id, COST_ITEM, SEED);
    expect(preview).toMatchObject({ status: 'ok', question: { type: 'numeric', title: 'Transitions of a class Map' } });
    expect(await previewClassQuizNumbers(db, learner, klass.id, COST_ITEM, SEED)).toMatchObject({ status: 'error', message: expect.stringMatching(/Only the instructor/) });
    expect(await previewClassQuizNumbers(db, teacher, klass.id, 'type: nonsense', SEED)).toEqual({ status: 'error', message: 'Fix the item’s problems first.' });
    expect(await previewClassQuizNumbers(db, teacher, klass.id, COST_ITEM, 'x')).toMatchObject({ status: 'error', message: expect.stringMatching(/^after: /) });
  });
});

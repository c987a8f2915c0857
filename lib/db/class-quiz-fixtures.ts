// Fixtures for the data-layer tests of class quiz items (class-quiz-items.test.ts, class-quiz-review.test.ts).
// Not imported by the app.
import type { Role } from '../auth/roles';
import { QUIZ_ITEM_TEMPLATE } from '../classes/quiz-item-template';
import { openClassQuizItem } from '../classes-server/class-quiz';
import { publishClassQuizItem, saveClassQuizItem } from '../classes-server/quiz-authoring';
import { materialize } from '../quiz';
import { createClass, joinClass } from './classes';
import { getClassQuizItemForAuthor } from './class-quiz-items';
import type { Db } from './create-client';
import { createAccount, form } from './test-support';

/** The seed every answer in these tests is drawn with. */
export const SEED = 7;

/** An instructor's class with one learner and one published item (version 1). */
export async function publishedClassQuizItem(db: Db, source = QUIZ_ITEM_TEMPLATE) {
  const teacher = await createAccount(db, 'instructor');
  const learner = await createAccount(db);
  const klass = await createClass(db, teacher.id, 'Quiz authoring class');
  await joinClass(db, learner.id, klass.joinCode);
  const saved = await saveClassQuizItem(db, teacher, form({ classId: klass.id, source }));
  if (saved.status !== 'saved') throw new Error(JSON.stringify(saved));
  const found = await getClassQuizItemForAuthor(db, saved.itemId);
  const published = await publishClassQuizItem(db, teacher, form({ itemId: saved.itemId, versionId: found!.latest.id }));
  if (published.status !== 'published' || published.version !== 1) throw new Error(JSON.stringify(published));
  return { teacher, learner, klass, itemId: saved.itemId, versionId: found!.latest.id };
}

/** The keys of the right and of a wrong option of the published item, as drawn for `seed`. */
export async function optionKeys(db: Db, user: { id: string; role: Role }, itemId: string, seed = SEED) {
  const view = await openClassQuizItem(db, user, itemId);
  const options = materialize(view!.item, seed).options!;
  return { right: options.find((o) => o.correct)!.key, wrong: options.find((o) => !o.correct)!.key };
}

/** A learner's answer picking option `key`, as the quiz runner sends it. */
export const choiceAnswer = (itemId: string, key: string, seed = SEED) => ({ itemId, seed, answer: { kind: 'choice', keys: [key] }, timeTakenMs: 1200, mode: 'practice' });

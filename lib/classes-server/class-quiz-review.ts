// Review cards of a class's own quiz items: a wrong (or slow) answer makes a card that names the version
// answered (./class-quiz.ts enrolls it). The card shows and grades that version, on the server, for as long
// as the learner may open its class and the class still offers the item (it has a published version);
// a learner who left the class, or an item withdrawn, keeps the card row but neither sees nor answers it.
import type { ClassQuizItemVersionWithItem } from '../db/class-quiz-items';
import { getClassQuizItemVersionWithItem } from '../db/class-quiz-items';
import type { Db } from '../db/create-client';
import { findQuizAttemptByRequest } from '../db/quiz-attempts';
import type { QuizItem } from '../quiz';
import { submitQuizAttempt, type AttemptResult } from '../quiz-server/submit';
import { answerQuizCard, type StoredCard } from '../review-server/review';
import { reviewStoreOn } from '../review-server/store';
import { mayOpenClass, versionDeps, type Deps } from './class-quiz';
import { parseClassQuizItem } from './quiz-authoring';
import type { Author } from './scenario-authoring';

/** A version a review card names, parsed (the item's id is the class item's), with where it lives. */
export type ReviewableClassQuizItem = { version: ClassQuizItemVersionWithItem; item: QuizItem };

/** The class item version `versionId` when `user` may still review it, else null. */
export async function openClassQuizVersion(db: Db, user: Author | null, versionId: string): Promise<ReviewableClassQuizItem | null> {
  if (!user || versionId.length > 64) return null;
  const version = await getClassQuizItemVersionWithItem(db, versionId);
  // An item with no published version is withdrawn from its class: its cards rest until it is published again.
  if (!version || version.item.publishedVersionId === null || !(await mayOpenClass(db, user, version.item.classId))) return null;
  const parsed = parseClassQuizItem(version.source, version.item.id);
  // A saved version passed these checks; only a change of the item format since could fail them.
  return parsed.ok ? { version, item: parsed.item } : null;
}

/** The versions among `versionIds` that `user` may still review, by version id. */
export async function reviewableClassQuizItems(db: Db, user: Author | null, versionIds: readonly string[]): Promise<Map<string, ReviewableClassQuizItem>> {
  const out = new Map<string, ReviewableClassQuizItem>();
  for (const id of new Set(versionIds)) {
    const view = await openClassQuizVersion(db, user, id);
    if (view) out.set(id, view);
  }
  return out;
}

/**
 * A review answer to a class item's card: graded on the server against the version the card names, and
 * recorded with it (a review answer is an attempt like any other, so the dashboard counts it). Nothing the
 * client sends picks the version or the verdict.
 */
export async function answerClassQuizCard(
  db: Db,
  user: Author | null,
  cardId: unknown,
  raw: unknown,
  deps: Omit<Deps, 'learnerId'> & { learnerId: () => Promise<string | null>; now: () => Date },
): Promise<AttemptResult> {
  const learnerId = user ? await deps.learnerId() : null;
  let opened: ReviewableClassQuizItem | null = null;
  return answerQuizCard(cardId, raw, {
    store: reviewStoreOn(db),
    learnerId: async () => learnerId,
    now: deps.now,
    kind: 'class-quiz',
    recorded: async (id, requestId) => (await findQuizAttemptByRequest(db, id, requestId)) !== null,
    itemOf: async (card: StoredCard) => (opened = await openClassQuizVersion(db, user, card.refId))?.version.item.id ?? null,
    grade: async (input) => {
      if (!opened || !learnerId) return { status: 'invalid', fieldErrors: {}, message: 'This review card does not exist.' };
      const graded = versionDeps(db, opened.item, opened.version.id, { ...deps, learnerId: async () => learnerId }, { enroll: false });
      return submitQuizAttempt(input, graded);
    },
  });
}

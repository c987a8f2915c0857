// A learner's answer to a class's own quiz item: graded on the server (lib/quiz-server's grader) against
// the published version and recorded with that version's id, so an edit the instructor makes later never
// changes what this verdict was measured against. The same rules as ./class-submit.ts for scenarios.
import { canAdminister } from '../auth/roles';
import { classOwner, isClassMember } from '../db/class-scenarios';
import { getPublishedClassQuizItem, type PublishedClassQuizItem } from '../db/class-quiz-items';
import type { Db } from '../db/create-client';
import { recordQuizAttempt } from '../db/quiz-attempts';
import { freshQuestion, type NewNumbers, type QuizItem } from '../quiz';
import { seedInput, submitQuizAttempt, submitQuizSession, type AttemptResult, type SessionResult, type SubmitDeps } from '../quiz-server/submit';
import { enrollQuizAnswer } from '../review-server/review';
import { reviewStoreOn } from '../review-server/store';
import { parseClassQuizItem } from './quiz-authoring';
import type { Author } from './scenario-authoring';

export type ClassQuizItemView = { published: PublishedClassQuizItem; item: QuizItem };

/** Who opens a class's own content: a member of the class, the instructor who runs it, or an admin. */
export async function mayOpenClass(db: Db, user: Author, classId: string): Promise<boolean> {
  return canAdminister(user.role) || (await classOwner(db, classId)) === user.id || (await isClassMember(db, classId, user.id));
}

/**
 * The published class quiz item `id`, parsed (its id is the class item's), when `user` may open it: a
 * member of its class, the instructor who runs it, or an admin. Null otherwise (the page answers 404).
 */
export async function openClassQuizItem(db: Db, user: Author | null, id: string): Promise<ClassQuizItemView | null> {
  if (!user || typeof id !== 'string' || id.length > 64) return null;
  const published = await getPublishedClassQuizItem(db, id);
  if (!published || !(await mayOpenClass(db, user, published.classId))) return null;
  const parsed = parseClassQuizItem(published.version.source, published.id);
  // It passed these checks when it was published; only a change of the item format since could fail them.
  return parsed.ok ? { published, item: parsed.item } : null;
}

export const NEWER_VERSION_MESSAGE = 'Your instructor has published a new version of this question since you opened it. Reload the page to answer the new one.';

export type Deps = { learnerId: () => Promise<string>; gradeRestructure?: SubmitDeps['gradeRestructure'] };

/**
 * The grader's dependencies for one class item: only this item is known (whatever id the input names),
 * and the attempt is recorded with the version answered. `versionId` is the version the page showed: if
 * the instructor has published another since, the answer is refused rather than graded against a
 * question the learner never saw.
 */
async function classDeps(db: Db, user: Author | null, itemId: unknown, versionId: unknown, deps: Deps): Promise<{ ok: true; deps: SubmitDeps } | { ok: false; message: string }> {
  const view = typeof itemId === 'string' ? await openClassQuizItem(db, user, itemId) : null;
  if (!view) return { ok: false, message: 'No quiz item of your classes has this id.' };
  if (view.published.version.id !== versionId) return { ok: false, message: NEWER_VERSION_MESSAGE };
  return { ok: true, deps: versionDeps(db, view.item, view.published.version.id, deps, { enroll: true }) };
}

/**
 * The grader's dependencies for one version of a class item: only this item is known (whatever id the
 * input names), and the attempt is recorded with this version. With `enroll`, a wrong or slow answer also
 * makes a review card of this version, as a built-in item's does (a failure there is logged, never shown:
 * the answer itself was graded and saved).
 */
export function versionDeps(db: Db, item: QuizItem, versionId: string, deps: Deps, options: { enroll: boolean }): SubmitDeps {
  return {
    item: (id) => (id === item.id ? item : undefined),
    learnerId: deps.learnerId,
    record: async (row) => {
      const saved = await recordQuizAttempt(db, { ...row, classQuizItemVersionId: versionId });
      if (options.enroll) {
        const card = { kind: 'class-quiz', refId: versionId } as const;
        await enrollQuizAnswer(reviewStoreOn(db), { ...row, item, now: new Date(), card }).catch((error: unknown) => console.error('making a review card failed', error));
      }
      return saved;
    },
    ...(deps.gradeRestructure ? { gradeRestructure: deps.gradeRestructure } : {}),
  };
}

export async function submitClassQuizAnswer(db: Db, user: Author | null, itemId: unknown, versionId: unknown, input: unknown, deps: Deps): Promise<AttemptResult> {
  const found = await classDeps(db, user, itemId, versionId, deps);
  if (!found.ok) return { status: 'invalid', fieldErrors: { itemId: [found.message] }, message: found.message };
  return submitQuizAttempt(input, found.deps);
}

export async function submitClassQuizSession(db: Db, user: Author | null, itemId: unknown, versionId: unknown, input: unknown, deps: Deps): Promise<SessionResult> {
  const found = await classDeps(db, user, itemId, versionId, deps);
  if (!found.ok) return { status: 'invalid', fieldErrors: { attempts: [found.message] }, message: found.message };
  return submitQuizSession(input, found.deps);
}

/**
 * "Try again with new numbers" on a class's own item: the published version drawn again with other numbers
 * than the seed `after`, for whoever may open it. A version other than the published one is refused like
 * an answer to it (the page is stale); nothing is recorded.
 */
export async function newClassQuizNumbers(db: Db, user: Author | null, itemId: unknown, versionId: unknown, after: unknown): Promise<NewNumbers> {
  const view = typeof itemId === 'string' ? await openClassQuizItem(db, user, itemId) : null;
  if (!view) return { status: 'error', message: 'No quiz item of your classes has this id.' };
  if (view.published.version.id !== versionId) return { status: 'error', message: NEWER_VERSION_MESSAGE };
  const seed = seedInput.safeParse(after);
  if (!seed.success) return { status: 'error', message: `after: ${seed.error.issues[0]?.message ?? 'not a seed'}` };
  return { status: 'ok', question: freshQuestion(view.item, seed.data) };
}

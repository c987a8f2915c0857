// Instructors author a class's own quiz items (issue 16), the way they author its scenarios
// (./scenario-authoring.ts): save the item's YAML as a new immutable version, preview it, publish it.
// Every entry point validates its input with zod, checks that the caller runs the class (or is an admin),
// and parses the text with the same zod schema as content/quizzes (lib/content/quiz-bank), so a problem
// comes back with its line and reason, never thrown.
import { z } from 'zod';
import {
  PREVIEW_ITEM_ID,
  QUIZ_ITEM_FILE,
  QUIZ_ITEM_MAX_CHARS,
  type AuthoringProblem,
  type QuizAuthoringState,
  type QuizPreviewState,
  type ValidationState,
} from '../classes/authoring-state';
import { classIdSchema, formRequestIdSchema } from '../classes/forms';
import { parseQuizItemSource } from '../content/quiz-bank';
import {
  addClassQuizItemVersion,
  createClassQuizItem,
  getClassQuizItemForAuthor,
  getClassQuizItemVersion,
  publishClassQuizItemVersion,
} from '../db/class-quiz-items';
import type { Db } from '../db/create-client';
import { parseForm } from '../forms/parse-form';
import { freshQuestion, materialize, newSeed, QuizItemError, type NewNumbers, type QuizItem } from '../quiz';
import { gradeAttempt, attemptInput, seedInput, type AttemptResult, type SubmitDeps } from '../quiz-server/submit';
import { authorAccess, type Author } from './scenario-authoring';

const idSchema = z.string({ error: 'missing id' }).min(1, 'missing id').max(64, 'not an id');
const sourceSchema = z
  .string({ error: 'Write the item first.' })
  .max(QUIZ_ITEM_MAX_CHARS, `Keep the item under ${QUIZ_ITEM_MAX_CHARS.toLocaleString('en-US')} characters.`)
  .refine((s) => s.trim().length > 0, 'Write the item first.');
const sourceFormSchema = z.object({ classId: classIdSchema, source: sourceSchema });
const saveSchema = z.object({ classId: classIdSchema, itemId: idSchema.optional(), source: sourceSchema, requestId: formRequestIdSchema });
const publishSchema = z.object({ itemId: idSchema, versionId: idSchema });

const NOT_YOURS = 'Only the instructor who runs this class (or an admin) can write its quiz items.';

type Refusal = Exclude<Awaited<ReturnType<typeof authorAccess>>, 'ok'>;

function refusal(access: Refusal): { status: 'error'; message: string; fieldErrors?: Record<string, string[]> } {
  if (access === 'sign-in') return { status: 'error', message: 'Sign in first.' };
  if (access === 'no-class') return { status: 'error', message: 'There is no such class.', fieldErrors: { classId: ['no class has this id'] } };
  return { status: 'error', message: NOT_YOURS };
}

const firstMessage = (fieldErrors: Record<string, string[] | undefined>) => Object.values(fieldErrors).flat()[0];

/**
 * The item in `source`, checked as content:check checks a quiz file's item: the zod schema, then one
 * question drawn from it (a generated item must name a generator that exists). `id` replaces the
 * author's id, so answers are recorded against the class item.
 */
export function parseClassQuizItem(source: string, id?: string): { ok: true; item: QuizItem } | { ok: false; problems: AuthoringProblem[] } {
  const parsed = parseQuizItemSource(QUIZ_ITEM_FILE, source);
  if (!parsed.ok) return parsed;
  const item = id ? ({ ...parsed.item, id } as QuizItem) : parsed.item;
  try {
    materialize(item, 1);
  } catch (error) {
    if (!(error instanceof QuizItemError)) throw error;
    return { ok: false, problems: [{ file: QUIZ_ITEM_FILE, line: parsed.item.source.line, message: error.message.replace(`${item.id}: `, '') }] };
  }
  return { ok: true, item };
}

/** The live validation: the text checked against the quiz item schema, nothing saved. */
export async function validateClassQuizItem(db: Db, user: Author | null, form: unknown): Promise<ValidationState> {
  const parsed = parseForm(sourceFormSchema, form);
  if (!parsed.ok) {
    const message = parsed.message || firstMessage(parsed.fieldErrors) || 'The item could not be checked.';
    return parsed.fieldErrors.source ? { status: 'problems', problems: [{ file: QUIZ_ITEM_FILE, message }] } : { status: 'error', message };
  }
  const access = await authorAccess(db, user, parsed.data.classId);
  if (access !== 'ok') return { status: 'error', message: refusal(access).message };
  const item = parseClassQuizItem(parsed.data.source);
  return item.ok ? { status: 'valid', title: item.item.title } : { status: 'problems', problems: item.problems };
}

/** Saves the text as a new version (the first one creates the item). An invalid item is not saved. */
export async function saveClassQuizItem(db: Db, user: Author | null, form: unknown): Promise<QuizAuthoringState> {
  const parsed = parseForm(saveSchema, form);
  if (!parsed.ok) {
    return { status: 'error', message: parsed.message || firstMessage(parsed.fieldErrors) || 'The item could not be saved.', fieldErrors: parsed.fieldErrors };
  }
  const { classId, source, requestId } = parsed.data;
  let itemId = parsed.data.itemId;
  const access = await authorAccess(db, user, classId);
  if (access !== 'ok' || !user) return refusal(access === 'ok' ? 'sign-in' : access);
  const item = parseClassQuizItem(source);
  if (!item.ok) {
    const n = item.problems.length;
    return { status: 'error', message: `Not saved: ${n} problem${n === 1 ? '' : 's'} in the item.`, problems: item.problems };
  }
  const title = item.item.title;
  if (itemId === undefined) {
    const created = await createClassQuizItem(db, { classId, title, source, userId: user.id, ...(requestId ? { requestId } : {}) });
    if (!created.repeated) return { status: 'saved', itemId: created.id, version: created.version.number, message: `Saved as version ${created.version.number}.` };
    // The "new" page's save sent again (a double click, a resend): its first save made the item, so this is a save of that item.
    itemId = created.id;
  }
  const existing = await getClassQuizItemForAuthor(db, itemId);
  if (!existing || existing.classId !== classId) return { status: 'error', message: 'This quiz item is not in this class.', fieldErrors: { itemId: ['not a quiz item of this class'] } };
  if (existing.latest.source === source) return { status: 'saved', itemId, version: existing.latest.number, message: `No changes since version ${existing.latest.number}.` };
  const version = await addClassQuizItemVersion(db, { itemId, title, source, userId: user.id });
  return { status: 'saved', itemId, version: version.number, message: `Saved as version ${version.number}.` };
}

/** Publishes a saved version to the class: learners answer it from then on; earlier answers keep theirs. */
export async function publishClassQuizItem(db: Db, user: Author | null, form: unknown): Promise<QuizAuthoringState> {
  const parsed = parseForm(publishSchema, form);
  if (!parsed.ok) return { status: 'error', message: parsed.message || 'Save the item before publishing it.', fieldErrors: parsed.fieldErrors };
  const { itemId, versionId } = parsed.data;
  const found = await getClassQuizItemForAuthor(db, itemId);
  if (!found) return { status: 'error', message: 'There is no such quiz item.', fieldErrors: { itemId: ['no quiz item has this id'] } };
  const access = await authorAccess(db, user, found.classId);
  if (access !== 'ok') return refusal(access);
  const version = await getClassQuizItemVersion(db, itemId, versionId);
  if (!version) return { status: 'error', message: 'That version is not one of this item’s.', fieldErrors: { versionId: ['not a version of this item'] } };
  const item = parseClassQuizItem(version.source);
  if (!item.ok) return { status: 'error', message: 'This version has problems; fix them and save first.', problems: item.problems };
  await publishClassQuizItemVersion(db, itemId, version.id);
  return { status: 'published', itemId, version: version.number, message: `Version ${version.number} is published to the class.` };
}

/** The preview: the item validated and one question drawn from it, as a learner would see it. */
export async function previewClassQuizItem(db: Db, user: Author | null, form: unknown): Promise<QuizPreviewState> {
  const parsed = parseForm(sourceFormSchema, form);
  if (!parsed.ok) {
    const message = parsed.message || firstMessage(parsed.fieldErrors) || 'The item could not be previewed.';
    return { status: 'problems', problems: [], message };
  }
  const access = await authorAccess(db, user, parsed.data.classId);
  if (access !== 'ok') return { status: 'problems', problems: [], message: refusal(access).message };
  const item = parseClassQuizItem(parsed.data.source, PREVIEW_ITEM_ID);
  if (!item.ok) return { status: 'problems', problems: item.problems, message: 'Fix these problems to see the preview.' };
  return { status: 'previewed', question: materialize(item.item, newSeed()).question, checkedAt: new Date().toISOString() };
}

/**
 * Grades an answer to the previewed question (the instructor tries it as a learner would), with the same
 * grader as a learner's answer, and records nothing.
 */
export async function previewClassQuizAnswer(
  db: Db,
  user: Author | null,
  classId: unknown,
  source: unknown,
  input: unknown,
  deps: Pick<SubmitDeps, 'gradeRestructure'> = {},
): Promise<AttemptResult> {
  const form = sourceFormSchema.safeParse({ classId, source });
  if (!form.success) return { status: 'invalid', fieldErrors: {}, message: firstMessage(z.flattenError(form.error).fieldErrors) ?? 'The item could not be graded.' };
  const access = await authorAccess(db, user, form.data.classId);
  if (access !== 'ok') return { status: 'error', message: refusal(access).message };
  const answer = attemptInput.safeParse(input);
  if (!answer.success) return { status: 'invalid', fieldErrors: z.flattenError(answer.error).fieldErrors, message: 'This answer could not be graded.' };
  const item = parseClassQuizItem(form.data.source, PREVIEW_ITEM_ID);
  if (!item.ok) return { status: 'invalid', fieldErrors: {}, message: 'Fix the item’s problems first.' };
  const graded = await gradeAttempt(answer.data, { item: (id) => (id === PREVIEW_ITEM_ID ? item.item : undefined), ...deps });
  if (!graded.ok) return graded.result;
  return { status: 'graded', attemptId: 'preview', verdict: graded.verdict };
}

/**
 * "Try again with new numbers" in the preview: the previewed text drawn again with other numbers than the
 * seed `after`. Only the class's author may ask, as for the preview itself; nothing is stored.
 */
export async function previewClassQuizNumbers(db: Db, user: Author | null, classId: unknown, source: unknown, after: unknown): Promise<NewNumbers> {
  const form = sourceFormSchema.safeParse({ classId, source });
  if (!form.success) return { status: 'error', message: firstMessage(z.flattenError(form.error).fieldErrors) ?? 'The item could not be drawn again.' };
  const access = await authorAccess(db, user, form.data.classId);
  if (access !== 'ok') return { status: 'error', message: refusal(access).message };
  const seed = seedInput.safeParse(after);
  if (!seed.success) return { status: 'error', message: `after: ${seed.error.issues[0]?.message ?? 'not a seed'}` };
  const item = parseClassQuizItem(form.data.source, PREVIEW_ITEM_ID);
  if (!item.ok) return { status: 'error', message: 'Fix the item’s problems first.' };
  return { status: 'ok', question: freshQuestion(item.item, seed.data) };
}

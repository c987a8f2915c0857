// A learner's answer to a quiz item: validate what was sent, rebuild the question from the item and the
// seed, grade on the server (restructure answers in a bounded worker), record the attempt, and answer the
// verdict. Nothing the client says about correctness is read: the schema has no field for it.

import { z } from 'zod';
import { SLUG_PATTERN } from '../content/lesson-schema';
import { gradeAnswer, materialize, restructureTask, restructureVerdict } from '../quiz';
import { MAX_SEED } from '../quiz/params';
import { QUIZ_MODES, type QuizAnswer, type QuizItem, type QuizMode, type RestructureReview, type Verdict } from '../quiz/types';
import { sameAnswer } from '../quiz/same-answer';
import { recordedTimeTaken } from '../quiz/time-taken';
import { parseNumericAnswer } from '../quiz/units';
import type { RestructureTask } from '../quiz/restructure';
import { GuestLimitError } from '../learner/guest-limits';
import { gradeRestructureBounded } from './bounded-restructure';

export { MAX_TIME_TAKEN_MS } from '../quiz/time-taken';
export const MAX_DEFINITION_CHARS = 100_000;
export const SESSION_ID_PATTERN = /^[a-z0-9-]{8,64}$/;

const answerInput = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('choice'), keys: z.array(z.string().regex(/^[a-h]$/, 'not an option key')).max(8) }).strict(),
    z.object({ kind: z.literal('numeric'), text: z.string().max(40, 'that is too long for a number') }).strict(),
    z
      .object({
        kind: z.literal('definition'),
        text: z.string().max(MAX_DEFINITION_CHARS, `keep the definition under ${MAX_DEFINITION_CHARS.toLocaleString('en-US')} characters`),
      })
      .strict(),
  ],
  { error: 'the answer must be a choice, a number or a definition' },
);

/** A seed as a learner's page sends it back (the numbers it showed). */
export const seedInput = z.number({ error: 'missing seed' }).int('not a seed').min(0, 'not a seed').max(MAX_SEED, 'not a seed');

/** A client's id for one submission (crypto.randomUUID()), re-sent when that same request is retried. */
export const requestIdInput = z.uuid({ error: 'requestId must be a UUID (crypto.randomUUID())' });

export const attemptInput = z.object({
  itemId: z.string({ error: 'missing item' }).regex(SLUG_PATTERN, 'not an item id'),
  seed: seedInput,
  answer: answerInput,
  timeTakenMs: z.number({ error: 'missing time' }).finite().nonnegative('time cannot be negative'),
  mode: z.enum(QUIZ_MODES, { error: 'mode must be practice or exam' }),
  sessionId: z.string().regex(SESSION_ID_PATTERN, 'not a session id').optional(),
  /** One per answer, made by the client and re-sent on a retry: a repeat is recorded once (issue 16). */
  requestId: requestIdInput.optional(),
});

export type AttemptInput = z.infer<typeof attemptInput>;
export type AttemptField = 'itemId' | 'seed' | 'answer' | 'timeTakenMs' | 'mode' | 'sessionId' | 'requestId';

export type AttemptResult =
  /** `repeated`: this requestId was already recorded; the answer is the stored attempt, nothing new was written. */
  | { status: 'graded'; attemptId: string; verdict: Verdict; repeated?: true }
  | { status: 'invalid'; fieldErrors: Partial<Record<AttemptField, string[]>>; message: string }
  | { status: 'error'; message: string };

export interface AttemptRow {
  learnerId: string;
  itemId: string;
  seed: number;
  answer: QuizAnswer;
  correct: boolean;
  timeTakenMs: number;
  mode: QuizMode;
  sessionId?: string;
  requestId?: string;
}

/** What a record call stored: for a repeated requestId, the row already there (`repeated: true`). */
export type RecordedAttempt =
  | { id: string; repeated?: false }
  | { id: string; repeated: true; itemId: string; seed: number; answer: QuizAnswer; correct: boolean };

export interface SubmitDeps {
  item: (id: string) => QuizItem | undefined;
  learnerId: () => Promise<string>;
  record: (row: AttemptRow) => Promise<RecordedAttempt>;
  gradeRestructure?: (task: RestructureTask) => Promise<RestructureReview>;
}

function invalid(fieldErrors: Partial<Record<AttemptField, string[]>>, message = 'This answer could not be graded.'): AttemptResult {
  return { status: 'invalid', fieldErrors, message };
}

/** Grades one answer without recording it: the verdict, and the answer in the form it is stored. */
export async function gradeAttempt(
  input: AttemptInput,
  deps: Pick<SubmitDeps, 'item' | 'gradeRestructure'>,
): Promise<{ ok: true; verdict: Verdict; answer: QuizAnswer } | { ok: false; result: AttemptResult }> {
  const item = deps.item(input.itemId);
  if (!item) return { ok: false, result: invalid({ itemId: ['no quiz item has this id'] }) };
  const m = materialize(item, input.seed);
  let answer: QuizAnswer;
  if (input.answer.kind === 'numeric') {
    if (!m.numeric || !m.question.numeric) return { ok: false, result: invalid({ answer: ['this question is not answered with a number'] }) };
    const parsed = parseNumericAnswer(input.answer.text, m.numeric.unit);
    if (!parsed.ok) return { ok: false, result: invalid({ answer: [parsed.message] }, parsed.message) };
    answer = { kind: 'numeric', value: parsed.value };
  } else {
    answer = input.answer;
  }
  if (answer.kind === 'definition') {
    if (!m.restructure) return { ok: false, result: invalid({ answer: ['this question is not answered with a definition'] }) };
    if (answer.text.trim() === '') return { ok: false, result: invalid({ answer: ['the definition is empty'] }, 'Write a definition first.') };
    const task = await restructureTask(m, answer.text);
    const review = await (deps.gradeRestructure ?? gradeRestructureBounded)(task);
    return { ok: true, verdict: restructureVerdict(m, review), answer };
  }
  const graded = gradeAnswer(m, answer);
  if (!graded.ok) return { ok: false, result: invalid({ answer: [graded.message] }, graded.message) };
  return { ok: true, verdict: graded.verdict, answer };
}

/** Validates, grades, records: the whole of one answer. */
export async function submitQuizAttempt(raw: unknown, deps: SubmitDeps): Promise<AttemptResult> {
  const parsed = attemptInput.safeParse(raw);
  if (!parsed.success) return invalid(z.flattenError(parsed.error).fieldErrors);
  const input = parsed.data;
  let graded;
  try {
    graded = await gradeAttempt(input, deps);
  } catch (error) {
    console.error('grading a quiz answer failed', error);
    return { status: 'error', message: 'Your answer could not be graded. Please try again.' };
  }
  if (!graded.ok) return graded.result;
  try {
    const learnerId = await deps.learnerId();
    const row = await deps.record({
      learnerId,
      itemId: input.itemId,
      seed: input.seed,
      answer: graded.answer,
      correct: graded.verdict.correct,
      timeTakenMs: recordedTimeTaken(input.timeTakenMs),
      mode: input.mode,
      ...(input.sessionId ? { sessionId: input.sessionId } : {}),
      ...(input.requestId ? { requestId: input.requestId } : {}),
    });
    if (row.repeated) {
      // The same request id again: the verdict already stored, never a second row. An id reused for another
      // answer is refused rather than silently answered with the first one's verdict.
      const same = row.itemId === input.itemId && row.seed === input.seed && sameAnswer(row.answer, graded.answer);
      if (!same) return invalid({ requestId: ['this requestId was already used for a different answer'] }, 'This answer could not be recorded.');
      return { status: 'graded', attemptId: row.id, verdict: { ...graded.verdict, correct: row.correct }, repeated: true };
    }
    return { status: 'graded', attemptId: row.id, verdict: graded.verdict };
  } catch (error) {
    // Too many new guests from this network: say so (and when to retry) instead of a vague failure.
    if (error instanceof GuestLimitError) return { status: 'error', message: error.message };
    console.error('recording a quiz attempt failed', error);
    return { status: 'error', message: 'Your answer was graded but could not be saved. Please try again.' };
  }
}

export const sessionInput = z.object({
  sessionId: z.string().regex(SESSION_ID_PATTERN, 'not a session id'),
  attempts: z.array(z.unknown()).min(1, 'answer at least one question').max(50, 'a session has at most 50 questions'),
});

export type SessionResult =
  | { status: 'graded'; results: AttemptResult[] }
  | { status: 'invalid'; fieldErrors: Partial<Record<'sessionId' | 'attempts', string[]>>; message: string };

/** An exam-style session: every answer graded and recorded under the session, in order. */
export async function submitQuizSession(raw: unknown, deps: SubmitDeps): Promise<SessionResult> {
  const parsed = sessionInput.safeParse(raw);
  if (!parsed.success) return { status: 'invalid', fieldErrors: z.flattenError(parsed.error).fieldErrors, message: 'The session could not be graded.' };
  const results: AttemptResult[] = [];
  for (const attempt of parsed.data.attempts) {
    const withSession = attempt && typeof attempt === 'object' ? { ...attempt, sessionId: parsed.data.sessionId, mode: 'exam' } : attempt;
    results.push(await submitQuizAttempt(withSession, deps));
  }
  return { status: 'graded', results };
}

// The practice exam on the server: start (draw and store the questions with the deadline), save answers
// while the server's clock allows, and finish (grade every answer with the quiz's and the scenarios'
// own server grading). Storage and grading come in as deps, so the rules are tested without a database.

import { z } from 'zod';
import { EXAM_IDS, type ExamId, type TopicId } from '../content/catalog';
import type { Scenario } from '../content/scenario-parse';
import { answerRefusal, assembleExam, deadlineFor, EXAM_KIND_IDS, EXAM_KINDS, scoreExam, type Candidate, type ExamEntry, type ExamKind } from '../exam';
import { formatValue, materialize, newSeed, type QuizItem } from '../quiz';
import type { Verdict } from '../quiz/types';

export const examAnswerInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('choice'), keys: z.array(z.string().regex(/^[a-h]$/, 'not an option key')).max(8) }).strict(),
  z.object({ kind: z.literal('numeric'), text: z.string().max(40, 'that is too long for a number') }).strict(),
  z.object({ kind: z.literal('definition'), text: z.string().max(200_000, 'keep the definition under 200,000 characters') }).strict(),
]);
export type ExamAnswerInput = z.infer<typeof examAnswerInput>;

export const startInput = z.object({
  exam: z.enum(EXAM_IDS as [ExamId, ...ExamId[]], { error: 'pick an exam' }),
  kind: z.enum(EXAM_KIND_IDS as [ExamKind, ...ExamKind[]], { error: 'pick a length' }),
});

export const ATTEMPT_ID_PATTERN = /^[a-z0-9]{10,40}$/;

export const saveInput = z.object({
  attemptId: z.string().regex(ATTEMPT_ID_PATTERN, 'not an exam attempt'),
  position: z.number().int().min(0).max(99),
  answer: examAnswerInput.nullable().optional(),
  flagged: z.boolean().optional(),
  /** The page's stamp of this change, increasing per question (its time in ms): an older save never replaces a newer one. */
  seq: z.number({ error: 'seq must be a number' }).int('seq must be a whole number').min(1, 'seq must be positive').max(Number.MAX_SAFE_INTEGER, 'seq is too large').optional(),
});

export interface AttemptView {
  id: string;
  exam: ExamId;
  kind: ExamKind;
  entries: ExamEntry[];
  deadline: Date;
  finishedAt: Date | null;
}

/** What the candidates are: every quiz item and scenario, with exam tags. */
export function candidatesOf(items: readonly QuizItem[], scenarios: readonly Scenario[]): Candidate[] {
  return [...items.map((i) => ({ kind: 'quiz' as const, id: i.id, exams: i.exams })), ...scenarios.map((s) => ({ kind: 'scenario' as const, id: s.id, exams: s.exams }))];
}

export type StartResult = { status: 'started'; attemptId: string } | { status: 'invalid'; fieldErrors: Partial<Record<'exam' | 'kind', string[]>>; message: string };

export async function startExam(
  raw: unknown,
  deps: { candidates: () => Candidate[]; learnerId: () => Promise<string>; now: () => Date; create: (data: { learnerId: string; exam: ExamId; kind: ExamKind; seed: number; entries: ExamEntry[]; startedAt: Date; deadline: Date }) => Promise<{ id: string }>; random?: () => number },
): Promise<StartResult> {
  const parsed = startInput.safeParse(raw);
  if (!parsed.success) return { status: 'invalid', fieldErrors: z.flattenError(parsed.error).fieldErrors, message: 'The exam could not start.' };
  const { exam, kind } = parsed.data;
  const seed = newSeed(deps.random);
  const entries = assembleExam(exam, deps.candidates(), EXAM_KINDS[kind].length, seed);
  if (entries.length === 0) return { status: 'invalid', fieldErrors: { exam: ['no questions are tagged for this exam yet'] }, message: 'The exam could not start.' };
  const startedAt = deps.now();
  const { id } = await deps.create({ learnerId: await deps.learnerId(), exam, kind, seed, entries, startedAt, deadline: deadlineFor(startedAt, EXAM_KINDS[kind].minutes) });
  return { status: 'started', attemptId: id };
}

/**
 * `superseded`: a newer save of the same question was already stored (this one arrived late); nothing
 * changed, and the page keeps what it shows.
 */
export type SaveResult = { status: 'saved' } | { status: 'superseded'; message: string } | { status: 'refused'; message: string } | { status: 'invalid'; message: string };

/** One save as the store takes it: a question's answer and/or flag, at the server's time, with the page's stamp. */
export type ExamSave = { learnerId: string; attemptId: string; position: number; answer?: unknown; flagged?: boolean; now: Date; seq?: number };

export const SUPERSEDED_MESSAGE = 'A newer change to this question was already saved.';
const TIME_UP = 'Time is up: this answer arrived after the deadline and was not counted.';

/**
 * Saves an answer or a flag; the server's clock decides whether it still counts, and the page's stamp
 * (`seq`) whether it is newer than what is stored. The store does both in one write and says what became
 * of it (lib/db saveExamAnswer): a save sent again (a double click, a resent request: issue 16) is
 * answered like the first, "saved" even after the deadline because what counts is already this; an older
 * save that arrives after a newer one is "superseded" and changes nothing. Anything else after the
 * deadline is refused.
 */
export async function saveAnswer(
  raw: unknown,
  deps: {
    learnerId: () => Promise<string | null>;
    now: () => Date;
    get: (learnerId: string, id: string) => Promise<AttemptView | null>;
    save: (data: ExamSave) => Promise<'saved' | 'superseded' | 'refused'>;
  },
): Promise<SaveResult> {
  const parsed = saveInput.safeParse(raw);
  if (!parsed.success) return { status: 'invalid', message: z.flattenError(parsed.error).formErrors[0] ?? Object.values(z.flattenError(parsed.error).fieldErrors).flat()[0] ?? 'This answer could not be read.' };
  const learnerId = await deps.learnerId();
  const attempt = learnerId ? await deps.get(learnerId, parsed.data.attemptId) : null;
  if (!learnerId || !attempt) return { status: 'invalid', message: 'No such exam.' };
  if (parsed.data.position >= attempt.entries.length) return { status: 'invalid', message: 'No such question in this exam.' };
  const now = deps.now();
  const save: ExamSave = {
    learnerId,
    attemptId: attempt.id,
    position: parsed.data.position,
    ...(parsed.data.answer !== undefined ? { answer: parsed.data.answer } : {}),
    ...(parsed.data.flagged !== undefined ? { flagged: parsed.data.flagged } : {}),
    now,
    ...(parsed.data.seq !== undefined ? { seq: parsed.data.seq } : {}),
  };
  const outcome = await deps.save(save);
  if (outcome === 'saved') return { status: 'saved' };
  if (outcome === 'superseded') return { status: 'superseded', message: SUPERSEDED_MESSAGE };
  return { status: 'refused', message: answerRefusal({ startedAt: now, deadline: attempt.deadline, finishedAt: attempt.finishedAt }, now) ?? TIME_UP };
}

/** One question of a finished exam, as the result page shows it. */
export interface GradedQuestion {
  position: number;
  kind: 'quiz' | 'scenario';
  ref: string;
  title: string;
  domain: number;
  topics: TopicId[];
  lesson: string;
  /** null: not answered before the deadline. */
  correct: boolean | null;
  yourAnswer: string | null;
  correctAnswer: string;
  explanation: string;
}

export interface GradeDeps {
  item: (id: string) => QuizItem | undefined;
  scenario: (id: string) => Scenario | undefined;
  gradeQuiz: (input: { itemId: string; seed: number; answer: ExamAnswerInput }) => Promise<Verdict | null>;
  gradeScenario: (scenario: Scenario, definition: string) => Promise<{ passed: boolean; score: number }>;
}

function keyAnswer(item: QuizItem, seed: number): { answer: string; explanation: string } {
  const m = materialize(item, seed);
  if (m.options) {
    return { answer: m.options.filter((o) => o.correct).map((o) => `${o.key.toUpperCase()}. ${o.text}`).join('; '), explanation: m.summary };
  }
  if (m.numeric) return { answer: formatValue(m.numeric.answer, m.numeric.unit), explanation: m.summary };
  return { answer: 'A definition with the same output that costs less than the target.', explanation: m.summary };
}

/** Grades every saved answer of an exam; questions with no answer count as wrong. */
export async function gradeExam(entries: readonly ExamEntry[], answers: ReadonlyMap<number, ExamAnswerInput>, deps: GradeDeps): Promise<{ questions: GradedQuestion[]; score: number }> {
  const questions: GradedQuestion[] = [];
  for (const [position, entry] of entries.entries()) {
    const answer = answers.get(position);
    if (entry.kind === 'quiz') {
      const item = deps.item(entry.itemId);
      if (!item) continue;
      const key = keyAnswer(item, entry.seed);
      const verdict = answer ? await deps.gradeQuiz({ itemId: item.id, seed: entry.seed, answer }) : null;
      questions.push({
        position,
        kind: 'quiz',
        ref: item.id,
        title: item.title,
        domain: entry.domain,
        topics: [...item.topics],
        lesson: item.lesson,
        correct: verdict ? verdict.correct : null,
        yourAnswer: verdict ? verdict.yourAnswer : null,
        correctAnswer: verdict?.correctAnswer || key.answer,
        explanation: verdict?.explanation ?? key.explanation,
      });
    } else {
      const scenario = deps.scenario(entry.scenarioId);
      if (!scenario) continue;
      const text = answer?.kind === 'definition' && answer.text.trim() !== '' ? answer.text : null;
      const graded = text ? await deps.gradeScenario(scenario, text) : null;
      questions.push({
        position,
        kind: 'scenario',
        ref: scenario.id,
        title: scenario.title,
        domain: entry.domain,
        topics: [...scenario.topics] as TopicId[],
        lesson: scenario.lesson,
        correct: graded ? graded.passed : null,
        yourAnswer: graded ? `Your definition passed ${graded.score}% of the cases.` : null,
        correctAnswer: 'A definition that passes every case, hidden ones included.',
        explanation: scenario.summary,
      });
    }
  }
  return { questions, score: scoreExam(questions).percent };
}

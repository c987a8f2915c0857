'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getQuizItem, getQuizItems } from '@/lib/content/quizzes';
import { getScenario, getScenarios } from '@/lib/content/scenarios';
import { db } from '@/lib/db/client';
import { createExamAttempt, finishExamAttempt, getExamAttempt, listExamAnswers, saveExamAnswer, storeExamResult } from '@/lib/db/exam-attempts';
import { recordQuizAttempt } from '@/lib/db/quiz-attempts';
import { recordScenarioSubmission } from '@/lib/db/scenario-submissions';
import { candidatesOf, examAnswerInput, gradeExam, saveAnswer, startExam, ATTEMPT_ID_PATTERN, type ExamAnswerInput, type SaveResult, type StartResult } from '@/lib/exam-server/exam';
import { gradeBounded } from '@/lib/grading-server/bounded-grade';
import { ensureLearnerId, readLearnerId } from '@/lib/learner/session';
import { gradeAttempt } from '@/lib/quiz-server/submit';
import { enrollScenarioSubmission } from '@/lib/review-server/review';
import { dbReviewStore, enrollRecordedAnswers } from '@/lib/review-server/db-store';

export type StartState = { status: 'idle' } | StartResult;

/** Starts a practice exam and opens it; field errors come back as state. */
export async function startExamAction(_previous: StartState, formData: FormData): Promise<StartState> {
  if (!(formData instanceof FormData)) return { status: 'invalid', fieldErrors: {}, message: 'The exam must be started from the form.' };
  const result = await startExam(
    { exam: formData.get('exam'), kind: formData.get('kind') },
    {
      candidates: () => candidatesOf(getQuizItems(), getScenarios()),
      learnerId: ensureLearnerId,
      now: () => new Date(),
      create: (data) => createExamAttempt(db, data),
    },
  );
  if (result.status !== 'started') return result;
  redirect(`/practice/exam/${result.attemptId}`);
}

/** Saves one answer or flag while the server's clock allows, unless a newer save of it is stored. */
export async function saveExamAnswerAction(input: unknown): Promise<SaveResult> {
  return saveAnswer(input, {
    learnerId: readLearnerId,
    now: () => new Date(),
    get: (learnerId, id) => getExamAttempt(db, learnerId, id),
    save: (data) => saveExamAnswer(db, data),
  });
}

export type FinishResult = { status: 'finished' } | { status: 'invalid'; message: string };

/**
 * Submits the exam (the learner, the browser at the deadline, or the result page opened after it) and
 * grades what was saved before the deadline. Missed questions become review cards, like any quiz answer.
 */
export async function finishExamAction(attemptId: unknown): Promise<FinishResult> {
  if (typeof attemptId !== 'string' || !ATTEMPT_ID_PATTERN.test(attemptId)) return { status: 'invalid', message: 'No such exam.' };
  const learnerId = await readLearnerId();
  const attempt = learnerId ? await getExamAttempt(db, learnerId, attemptId) : null;
  if (!learnerId || !attempt) return { status: 'invalid', message: 'No such exam.' };
  const now = new Date();
  // finishedAt is the earlier of now and the deadline: an exam submitted late was over at its deadline.
  const claimed = await finishExamAttempt(db, { learnerId, attemptId, now: now < attempt.deadline ? now : attempt.deadline });
  if (!claimed) return { status: 'finished' };
  const saved = await listExamAnswers(db, attemptId);
  const answers = new Map<number, ExamAnswerInput>();
  for (const s of saved) {
    const parsed = examAnswerInput.safeParse(s.answer);
    if (parsed.success && s.savedAt < attempt.deadline) answers.set(s.position, parsed.data);
  }
  const recorded: Parameters<typeof enrollRecordedAnswers>[0] = [];
  const graded = await gradeExam(attempt.entries, answers, {
    item: getQuizItem,
    scenario: getScenario,
    gradeQuiz: async ({ itemId, seed, answer }) => {
      const result = await gradeAttempt({ itemId, seed, answer, timeTakenMs: 0, mode: 'exam', sessionId: attemptId }, { item: getQuizItem });
      if (!result.ok) return null;
      await recordQuizAttempt(db, { learnerId, itemId, seed, answer: result.answer, correct: result.verdict.correct, timeTakenMs: 0, mode: 'exam', sessionId: attemptId });
      recorded.push({ learnerId, itemId, seed, correct: result.verdict.correct, timeTakenMs: 0 });
      return result.verdict;
    },
    gradeScenario: async (scenario, definition) => {
      const r = await gradeBounded(scenario, definition);
      if (!r.ok) return { passed: false, score: 0 };
      await recordScenarioSubmission(db, { learnerId, scenarioId: scenario.id, definition, verdict: r.verdict });
      await enrollScenarioSubmission(dbReviewStore, { learnerId, scenarioId: scenario.id, passed: r.verdict.passed, now }).catch((e: unknown) => console.error('making a review card failed', e));
      return { passed: r.verdict.passed, score: r.verdict.score };
    },
  });
  await enrollRecordedAnswers(recorded, getQuizItem);
  await storeExamResult(db, { learnerId, attemptId, score: graded.score, result: graded.questions });
  revalidatePath(`/practice/exam/${attemptId}`);
  revalidatePath('/practice/exam');
  return { status: 'finished' };
}

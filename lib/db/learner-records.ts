// What the progress page derives mastery and activity from: one learner's completions, quiz answers and
// scenario submissions (issue 16). Only the fields lib/progress needs, newest first, capped so a learner
// with years of history still gets a quick page.
import type { Db } from './create-client';

export const LEARNER_RECORDS_CAP = 2000;

export interface LearnerRecords {
  completions: { lessonSlug: string; at: Date }[];
  quizAnswers: { itemId: string; correct: boolean; at: Date }[];
  submissions: { scenarioId: string; passed: boolean; at: Date }[];
}

export async function getLearnerRecords(db: Db, learnerId: string, take = LEARNER_RECORDS_CAP): Promise<LearnerRecords> {
  const [completions, quizAnswers, submissions] = await Promise.all([
    db.lessonProgress.findMany({ where: { learnerId }, orderBy: { completedAt: 'desc' }, take, select: { lessonSlug: true, completedAt: true } }),
    db.quizAttempt.findMany({ where: { learnerId }, orderBy: { createdAt: 'desc' }, take, select: { itemId: true, correct: true, createdAt: true } }),
    db.scenarioSubmission.findMany({ where: { learnerId }, orderBy: { createdAt: 'desc' }, take, select: { scenarioId: true, passed: true, createdAt: true } }),
  ]);
  return {
    completions: completions.map((c) => ({ lessonSlug: c.lessonSlug, at: c.completedAt })),
    quizAnswers: quizAnswers.map((q) => ({ itemId: q.itemId, correct: q.correct, at: q.createdAt })),
    submissions: submissions.map((s) => ({ scenarioId: s.scenarioId, passed: s.passed, at: s.createdAt })),
  };
}

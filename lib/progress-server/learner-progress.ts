import 'server-only';
// Joins a learner's records (lib/db) to the content's topics and exam tags and derives the progress page's
// figures with lib/progress. Content removed since an answer was recorded is left out.
import { getLessons } from '../content';
import { EXAM_IDS, type ExamId } from '../content/catalog';
import { getQuizItem } from '../content/quizzes';
import { getScenario } from '../content/scenarios';
import { db } from '../db/client';
import { getLearnerRecords } from '../db/learner-records';
import {
  activityByDay,
  masteryByDomain,
  masteryByTopic,
  type ActivityDay,
  type ActivityEvent,
  type DomainMastery,
  type LessonFacts,
  type PracticeEvent,
  type TopicMastery,
} from '../progress';

export interface LearnerProgress {
  lessonsCompleted: number;
  lessonsTotal: number;
  quizAnswers: number;
  submissions: number;
  topics: TopicMastery[];
  domains: Record<ExamId, DomainMastery[]>;
  activity: ActivityDay[];
}

export async function learnerProgress(learnerId: string | null, now: Date): Promise<LearnerProgress> {
  const records = learnerId ? await getLearnerRecords(db, learnerId) : { completions: [], quizAnswers: [], submissions: [] };
  const completed = new Set(records.completions.map((c) => c.lessonSlug));
  const lessons: LessonFacts[] = getLessons().map((l) => ({ slug: l.slug, completed: completed.has(l.slug), topics: l.topics, exams: l.exams }));
  const practice: PracticeEvent[] = [];
  for (const q of records.quizAnswers) {
    const item = getQuizItem(q.itemId);
    if (item) practice.push({ kind: 'quiz', correct: q.correct, at: q.at, topics: item.topics, exams: item.exams });
  }
  for (const s of records.submissions) {
    const scenario = getScenario(s.scenarioId);
    if (scenario) practice.push({ kind: 'scenario', correct: s.passed, at: s.at, topics: scenario.topics, exams: scenario.exams });
  }
  const events: ActivityEvent[] = [
    ...records.completions.map((c) => ({ kind: 'lesson' as const, at: c.at })),
    ...records.quizAnswers.map((q) => ({ kind: 'quiz' as const, at: q.at })),
    ...records.submissions.map((s) => ({ kind: 'scenario' as const, at: s.at })),
  ];
  return {
    lessonsCompleted: lessons.filter((l) => l.completed).length,
    lessonsTotal: lessons.length,
    quizAnswers: records.quizAnswers.length,
    submissions: records.submissions.length,
    topics: masteryByTopic(lessons, practice),
    domains: Object.fromEntries(EXAM_IDS.map((exam) => [exam, masteryByDomain(exam, lessons, practice)])) as Record<ExamId, DomainMastery[]>,
    activity: activityByDay(events, now),
  };
}

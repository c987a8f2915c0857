// Mastery per topic and per exam domain, derived from what a learner did: lessons completed, quiz answers
// and scenario submissions. Pure: the caller resolves each piece of content to its topics and exam tags
// (lib/content/catalog ids) and passes plain values.

import { EXAMS, parseExamTag, TOPICS, TOPIC_IDS, type ExamId, type TopicId } from '../content/catalog';

/** What a piece of content is about, as its file tags it. */
export interface Tags {
  topics: readonly string[];
  /** Exam tags as written in content: `DEA-C01 1.3`, `DVA-C02 1`. */
  exams: readonly string[];
}

export interface LessonFacts extends Tags {
  slug: string;
  completed: boolean;
}

/** One graded practice answer: a quiz attempt (right or not) or a scenario submission (passed or not). */
export interface PracticeEvent extends Tags {
  kind: PracticeKind;
  correct: boolean;
  at: Date;
}

export const PRACTICE_KINDS = ['quiz', 'scenario'] as const;
export type PracticeKind = (typeof PRACTICE_KINDS)[number];

/** Reading counts for this share of mastery; the rest comes from practice. */
export const LESSON_WEIGHT = 0.2;
/** Each older practice answer counts this much less than the one after it, so recent form matters most. */
export const PRACTICE_DECAY = 0.9;

export const MASTERY_EXPLANATION = `Mastery is ${Math.round(LESSON_WEIGHT * 100)}% for the lessons on a subject you have completed and ${Math.round((1 - LESSON_WEIGHT) * 100)}% for your practice on it (the share of quiz answers and scenario submissions that were right, each older one counting ${Math.round((1 - PRACTICE_DECAY) * 100)}% less than the next).`;

export const MASTERY_LEVELS = ['not-started', 'started', 'developing', 'strong'] as const;
export type MasteryLevel = (typeof MASTERY_LEVELS)[number];

export const MASTERY_LEVEL_LABELS: Record<MasteryLevel, string> = {
  'not-started': 'Not started',
  started: 'Started',
  developing: 'Developing',
  strong: 'Strong',
};

export interface Mastery {
  /** 0 to 100. */
  percent: number;
  level: MasteryLevel;
  lessonsCompleted: number;
  lessonsTotal: number;
  practiceAnswers: number;
  /** Share of practice answers right (recent ones weighing more), 0 to 100, or null with none. */
  practicePercent: number | null;
}

export interface TopicMastery extends Mastery {
  topic: TopicId;
  label: string;
}

export interface DomainMastery extends Mastery {
  exam: ExamId;
  domain: number;
  name: string;
  weight: number;
}

function levelOf(percent: number, evidence: number): MasteryLevel {
  if (evidence === 0) return 'not-started';
  if (percent >= 75) return 'strong';
  if (percent >= 40) return 'developing';
  return 'started';
}

/** Mastery from the lessons and practice answers about one subject (a topic or an exam domain). */
export function masteryOf(lessons: readonly LessonFacts[], practice: readonly PracticeEvent[]): Mastery {
  const lessonsCompleted = lessons.filter((l) => l.completed).length;
  const lessonShare = lessons.length ? lessonsCompleted / lessons.length : null;
  const newestFirst = [...practice].sort((a, b) => b.at.getTime() - a.at.getTime());
  let weight = 1;
  let right = 0;
  let total = 0;
  for (const event of newestFirst) {
    right += event.correct ? weight : 0;
    total += weight;
    weight *= PRACTICE_DECAY;
  }
  const practiceShare = total > 0 ? right / total : null;
  // A subject no lesson teaches is measured by practice alone (and by reading alone when never practised).
  const share =
    lessonShare === null ? (practiceShare ?? 0) : LESSON_WEIGHT * lessonShare + (1 - LESSON_WEIGHT) * (practiceShare ?? 0);
  const percent = Math.round(100 * share);
  return {
    percent,
    level: levelOf(percent, lessonsCompleted + practice.length),
    lessonsCompleted,
    lessonsTotal: lessons.length,
    practiceAnswers: practice.length,
    practicePercent: practiceShare === null ? null : Math.round(100 * practiceShare),
  };
}

/** Mastery of every topic in the catalog, in catalog order (topics with nothing yet included, at 0). */
export function masteryByTopic(lessons: readonly LessonFacts[], practice: readonly PracticeEvent[]): TopicMastery[] {
  return TOPIC_IDS.map((topic) => ({
    topic,
    label: TOPICS[topic],
    ...masteryOf(
      lessons.filter((l) => l.topics.includes(topic)),
      practice.filter((p) => p.topics.includes(topic)),
    ),
  }));
}

/** The exam domains a piece of content is tagged with, as `<exam> <domain>` keys (tasks fold into domains). */
function domainKeys(tags: Tags): Set<string> {
  const keys = new Set<string>();
  for (const text of tags.exams) {
    const tag = parseExamTag(text);
    if (!('error' in tag)) keys.add(`${tag.exam} ${tag.domain}`);
  }
  return keys;
}

/** Mastery of every domain of one exam, in the exam guide's order. */
export function masteryByDomain(exam: ExamId, lessons: readonly LessonFacts[], practice: readonly PracticeEvent[]): DomainMastery[] {
  const lessonKeys = lessons.map((l) => ({ lesson: l, keys: domainKeys(l) }));
  const practiceKeys = practice.map((p) => ({ event: p, keys: domainKeys(p) }));
  return EXAMS[exam].domains.map((d) => {
    const key = `${exam} ${d.number}`;
    return {
      exam,
      domain: d.number,
      name: d.name,
      weight: d.weight,
      ...masteryOf(
        lessonKeys.filter((x) => x.keys.has(key)).map((x) => x.lesson),
        practiceKeys.filter((x) => x.keys.has(key)).map((x) => x.event),
      ),
    };
  });
}

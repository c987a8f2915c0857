// The course map's grouping: the fifteen lessons in four parts, each a run of consecutive lessons so the
// parts read in course order. Pure data over LESSON_SLUGS.
import { EXAM_IDS, EXAMS, parseExamTag, type ExamId, type LessonSlug } from './catalog';
import type { LessonMeta } from './lesson-schema';

export interface CoursePart {
  id: string;
  title: string;
  blurb: string;
  slugs: readonly LessonSlug[];
}

export const COURSE_PARTS: readonly CoursePart[] = [
  {
    id: 'foundations',
    title: 'Foundations',
    blurb: 'What a state machine is and how the Amazon States Language writes one down.',
    slugs: ['what-is-a-state-machine', 'reading-amazon-states-language'],
  },
  {
    id: 'doing-the-work',
    title: 'Doing the work: tasks, branches and fan-out',
    blurb: 'Calling AWS services, choosing a path on the data, running branches side by side and iterating over items, small or huge.',
    slugs: ['task-states-and-integrations', 'choice-states', 'parallel-states', 'inline-map', 'distributed-map'],
  },
  {
    id: 'data-time-failure',
    title: 'Data, time and failure',
    blurb: 'Waiting, shaping the data between states, JSONata and variables, and recovering from errors.',
    slugs: ['wait-states', 'pass-succeed-fail-and-data-flow', 'jsonata-and-variables', 'retry-and-catch'],
  },
  {
    id: 'designing',
    title: 'Choosing and pricing a design',
    blurb: 'Standard or Express, what a run really costs, a whole pipeline, and when another orchestrator fits better.',
    slugs: ['standard-versus-express', 'what-a-run-costs', 'five-step-pipeline', 'choosing-an-orchestrator'],
  },
];

/** The part a lesson belongs to. */
export function partOf(slug: string): CoursePart | undefined {
  return COURSE_PARTS.find((part) => (part.slugs as readonly string[]).includes(slug));
}

/** Parts with the lessons that exist, in course order; parts with no lesson yet are left out. */
export function groupByPart(lessons: LessonMeta[]): { part: CoursePart; lessons: LessonMeta[] }[] {
  return COURSE_PARTS.map((part) => ({ part, lessons: lessons.filter((l) => (part.slugs as readonly string[]).includes(l.slug)) })).filter(
    (group) => group.lessons.length > 0,
  );
}

export interface ExamDomainGroup {
  domain: number;
  name: string;
  weight: number;
  /** Lessons tagged with this domain, each with the task it names when it names one. */
  lessons: { lesson: LessonMeta; task?: string }[];
}

/** For the "by exam" view: each exam's domains (in the guide's order) with the lessons tagged for them. */
export function groupByExam(lessons: LessonMeta[]): { exam: ExamId; name: string; domains: ExamDomainGroup[] }[] {
  return EXAM_IDS.map((exam) => {
    const domains = EXAMS[exam].domains.map((d): ExamDomainGroup => ({ domain: d.number, name: d.name, weight: d.weight, lessons: [] }));
    for (const lesson of lessons) {
      for (const text of lesson.exams) {
        const tag = parseExamTag(text);
        if ('error' in tag || tag.exam !== exam) continue;
        const group = domains.find((d) => d.domain === tag.domain);
        if (group && !group.lessons.some((l) => l.lesson.slug === lesson.slug)) group.lessons.push(tag.task ? { lesson, task: tag.task } : { lesson });
      }
    }
    return { exam, name: EXAMS[exam].name, domains: domains.filter((d) => d.lessons.length > 0) };
  }).filter((e) => e.domains.length > 0);
}

/** Where a returning learner should carry on: the first lesson (in course order) they have not completed. */
export function firstIncomplete(lessons: LessonMeta[], completed: ReadonlySet<string>): LessonMeta | undefined {
  return lessons.find((l) => !completed.has(l.slug));
}

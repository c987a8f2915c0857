// A scenario's labels: difficulty, the exam domains it is tagged with, its topics and the lesson it practises.
import Link from 'next/link';
import { describeExamTag, parseExamTag, TOPICS, type TopicId } from '../../lib/content/catalog';
import type { Difficulty } from '../../lib/content/scenario-schema';

export interface ScenarioMetaProps {
  difficulty: Difficulty;
  exams: string[];
  topics: string[];
  lesson: { slug: string; title?: string | undefined; order?: number | undefined };
}

const DIFFICULTY_LABEL: Record<Difficulty, string> = { introductory: 'Introductory', intermediate: 'Intermediate', advanced: 'Advanced' };

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  return <span className="rounded-full border border-border px-2.5 py-0.5 text-sm text-muted">{DIFFICULTY_LABEL[difficulty]}</span>;
}

export function examLabel(tag: string): string {
  const parsed = parseExamTag(tag);
  return 'error' in parsed ? tag : describeExamTag(parsed);
}

export function ScenarioMeta({ difficulty, exams, topics, lesson }: ScenarioMetaProps) {
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="font-semibold">Level</dt>
      <dd className="text-muted">{DIFFICULTY_LABEL[difficulty]}</dd>
      <dt className="font-semibold">Practises</dt>
      <dd className="text-muted">
        {lesson.title ? (
          <Link href={`/learn/${lesson.slug}`}>
            {lesson.order !== undefined ? `Lesson ${lesson.order}: ` : ''}
            {lesson.title}
          </Link>
        ) : (
          <span>the lesson “{lesson.slug.replaceAll('-', ' ')}”</span>
        )}
      </dd>
      <dt className="font-semibold">Topics</dt>
      <dd className="text-muted">{topics.map((t) => TOPICS[t as TopicId] ?? t).join(' · ')}</dd>
      <dt className="font-semibold">Exams</dt>
      <dd className="text-muted">{exams.map(examLabel).join('; ')}</dd>
    </dl>
  );
}

import Link from 'next/link';
import { describeExamTag, parseExamTag, TOPICS } from '@/lib/content/catalog';
import type { Question } from '@/lib/quiz/types';

/** Where an item belongs: the lesson that teaches it, its topics and its exam tags. */
export function ItemMeta({ question, lessonTitle }: { question: Question; lessonTitle?: string }) {
  const exams = question.exams.map((t) => parseExamTag(t)).flatMap((t) => ('error' in t ? [] : [describeExamTag(t)]));
  return (
    <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="text-muted">Taught in</dt>
      <dd>{lessonTitle ? <Link href={`/learn/${question.lesson}`}>{lessonTitle}</Link> : question.lesson}</dd>
      <dt className="text-muted">Topics</dt>
      <dd>{question.topics.map((t) => TOPICS[t]).join(' · ')}</dd>
      <dt className="text-muted">Exams</dt>
      <dd>{exams.join(' · ')}</dd>
    </dl>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ComponentType } from 'react';
import { LessonProgressPanel } from '@/components/lesson/progress-panel';
import { getLesson, getLessons, getNeighbours } from '@/lib/content';
import { updateLessonProgress } from './actions';

type Props = { params: Promise<{ slug: string }> };

// Every lesson is rendered at build time; an unknown slug is a 404, not a render attempt.
export const dynamicParams = false;

export function generateStaticParams() {
  return getLessons().map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = getLesson((await params).slug);
  return lesson ? { title: lesson.title, description: lesson.summary } : {};
}

export default async function LessonPage({ params }: Props) {
  const { slug } = await params;
  const lesson = getLesson(slug);
  if (!lesson) notFound();
  // @next/mdx compiles the file; the frontmatter was validated by lib/content and is stripped from the
  // body by remark-frontmatter.
  const { default: Content } = (await import(`@/content/lessons/${slug}.mdx`)) as { default: ComponentType };
  const { previous, next } = getNeighbours(slug);

  return (
    <article className="container-page py-12">
      <header className="max-w-[68ch]">
        <p className="text-sm font-medium text-muted">
          <Link href="/learn">Lessons</Link> <span aria-hidden="true">/</span> Lesson {lesson.order} · {lesson.minutes} min
        </p>
        <h1 className="mt-3 text-4xl font-bold leading-tight tracking-tight">{lesson.title}</h1>
        <p className="mt-4 font-serif text-xl leading-relaxed text-muted">{lesson.summary}</p>
        <section aria-labelledby="objectives" className="mt-8 rounded-xl border border-border bg-surface p-5">
          <h2 id="objectives" className="text-base font-semibold">
            After this lesson you can
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {lesson.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
          {lesson.examTopics && lesson.examTopics.length > 0 && (
            <p className="mt-3 text-sm text-muted">Exam topics: {lesson.examTopics.join(' · ')}</p>
          )}
        </section>
      </header>

      <div className="prose mt-10">
        <Content />
      </div>

      <div className="mt-12 max-w-[68ch]">
        <LessonProgressPanel slug={slug} action={updateLessonProgress} />
      </div>

      <nav aria-label="Lesson navigation" className="mt-10 flex max-w-[68ch] flex-wrap justify-between gap-4 border-t border-border pt-6">
        {previous ? (
          <Link href={`/learn/${previous.slug}`}>
            <span aria-hidden="true">←</span> {previous.title}
          </Link>
        ) : (
          <Link href="/learn">
            <span aria-hidden="true">←</span> All lessons
          </Link>
        )}
        {next && (
          <Link href={`/learn/${next.slug}`}>
            {next.title} <span aria-hidden="true">→</span>
          </Link>
        )}
      </nav>
    </article>
  );
}

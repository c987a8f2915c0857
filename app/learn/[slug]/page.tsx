import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import { LessonHeader } from '@/components/lesson/lesson-header';
import { LessonPager } from '@/components/lesson/lesson-pager';
import { LessonProgressPanel } from '@/components/lesson/progress-panel';
import { RememberLesson } from '@/components/lesson/remember-lesson';
import { SelfCheck } from '@/components/lesson/self-check';
import { TableOfContents } from '@/components/lesson/table-of-contents';
import { getLesson, getLessonOutline, getLessons, getNeighbours } from '@/lib/content';
import { updateLessonProgress } from './actions';
import '@/components/lesson/lesson.css';

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
  const { default: Content } = (await import(`@/content/lessons/${slug}.mdx`)) as { default: ComponentType<{ components?: MDXComponents }> };
  const { previous, next } = getNeighbours(slug);
  const outline = getLessonOutline(slug);
  const total = getLessons().length;
  // The lesson's own questions: <SelfCheck /> in the MDX renders them where the author placed it.
  const components: MDXComponents = { SelfCheck: () => <SelfCheck questions={lesson.selfCheck} /> };

  return (
    <article className="container-page py-10 md:py-14">
      <div className="lesson-layout">
        <div className="min-w-0">
          <RememberLesson slug={slug} />
          <LessonHeader lesson={lesson} total={total} />
          {outline.length > 0 && (
            <details className="lesson-toc-mobile mt-8">
              <summary>On this page</summary>
              <TableOfContents items={outline} />
            </details>
          )}
          <div className="prose mt-10">
            <Content components={components} />
          </div>

          <div className="mt-12 max-w-[68ch]">
            <LessonProgressPanel slug={slug} action={updateLessonProgress} />
          </div>
          <LessonPager previous={previous} next={next} />
        </div>

        {outline.length > 0 && (
          <div className="lesson-aside">
            <div className="lesson-aside__inner">
              <p className="lesson-aside__title">On this page</p>
              <TableOfContents items={outline} track />
              <p className="mt-6 text-sm">
                <Link prefetch={false} href="/learn">All lessons</Link>
              </p>
            </div>
          </div>
        )}
      </div>
    </article>
  );
}

import Link from 'next/link';
import type { LessonMeta } from '@/lib/content';

/** One lesson on the course map: number, title, time, summary, exam tags and whether it is done. */
export function LessonCard({ lesson, done, task, level = 3 }: { lesson: LessonMeta; done: boolean; task?: string | undefined; level?: 3 | 4 }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <article className={`relative rounded-xl border bg-surface p-5 ${done ? 'border-success' : 'border-border'}`}>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="tabular-nums text-muted" aria-hidden="true">
          {lesson.order}.
        </span>
        <Heading className="text-lg font-semibold leading-snug">
          <Link href={`/learn/${lesson.slug}`} className="text-text no-underline after:absolute after:inset-0 after:rounded-xl hover:text-accent hover:underline">
            <span className="sr-only">Lesson {lesson.order}: </span>
            {lesson.title}
          </Link>
        </Heading>
        <span className="text-sm text-muted">{lesson.minutes} min</span>
        {task && <span className="chip chip--exam">task {task}</span>}
        {done && (
          <span className="inline-flex items-center gap-1 rounded-full bg-success-soft px-2.5 py-0.5 text-sm font-medium text-success">
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round">
              <path d="m3.5 8.5 3 3 6-7" />
            </svg>
            Completed
          </span>
        )}
      </div>
      <p className="mt-2 font-serif text-[1.05rem] leading-relaxed text-muted">{lesson.summary}</p>
    </article>
  );
}

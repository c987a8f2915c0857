import Link from 'next/link';
import type { LessonMeta } from '@/lib/content';

/** Previous and next lesson at the end of a lesson, as two large targets. */
export function LessonPager({ previous, next }: { previous?: LessonMeta | undefined; next?: LessonMeta | undefined }) {
  return (
    <nav aria-label="Previous and next lesson" className="mt-10 grid max-w-[68ch] gap-4 border-t border-border pt-6 sm:grid-cols-2">
      {previous ? (
        <Link href={`/learn/${previous.slug}`} rel="prev" className="group rounded-xl border border-border bg-surface p-4 no-underline hover:border-accent">
          <span className="block text-sm text-muted">
            <span aria-hidden="true">←</span> Previous · lesson {previous.order}
          </span>
          <span className="mt-1 block font-semibold text-text group-hover:text-accent">{previous.title}</span>
        </Link>
      ) : (
        <Link prefetch={false} href="/learn" className="group rounded-xl border border-border bg-surface p-4 no-underline hover:border-accent">
          <span className="block text-sm text-muted">
            <span aria-hidden="true">←</span> The course
          </span>
          <span className="mt-1 block font-semibold text-text group-hover:text-accent">All lessons</span>
        </Link>
      )}
      {next ? (
        <Link href={`/learn/${next.slug}`} rel="next" className="group rounded-xl border border-border bg-surface p-4 text-right no-underline hover:border-accent sm:col-start-2">
          <span className="block text-sm text-muted">
            Next · lesson {next.order} <span aria-hidden="true">→</span>
          </span>
          <span className="mt-1 block font-semibold text-text group-hover:text-accent">{next.title}</span>
        </Link>
      ) : (
        <Link prefetch={false} href="/learn" className="group rounded-xl border border-border bg-surface p-4 text-right no-underline hover:border-accent sm:col-start-2">
          <span className="block text-sm text-muted">
            Finished the course <span aria-hidden="true">→</span>
          </span>
          <span className="mt-1 block font-semibold text-text group-hover:text-accent">Back to the course map</span>
        </Link>
      )}
    </nav>
  );
}

import Link from 'next/link';
import type { LessonMeta } from '@/lib/content';
import { firstIncomplete } from '@/lib/content/course-parts';

/** "5 of 15 completed", a bar, and the lesson to carry on with. */
export function CourseProgress({ lessons, completed }: { lessons: LessonMeta[]; completed: ReadonlySet<string> }) {
  const done = lessons.filter((l) => completed.has(l.slug)).length;
  const next = firstIncomplete(lessons, completed);
  const percent = lessons.length ? Math.round((done / lessons.length) * 100) : 0;
  return (
    <div className="rounded-xl border border-border bg-surface p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-semibold">
          {done} of {lessons.length} lessons completed
        </p>
        <p className="text-sm text-muted">{percent}%</p>
      </div>
      <div
        className="mt-3 h-2 overflow-hidden rounded-full bg-surface-2"
        role="progressbar"
        aria-label="Course progress"
        aria-valuemin={0}
        aria-valuemax={lessons.length}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${lessons.length} lessons completed`}
      >
        <div className="h-full rounded-full bg-success" style={{ width: `${percent}%` }} />
      </div>
      {next ? (
        <p className="mt-4">
          <Link href={`/learn/${next.slug}`} className="btn btn-primary">
            {done === 0 ? 'Start with' : 'Continue with'} lesson {next.order}: {next.title} <span aria-hidden="true">→</span>
          </Link>
        </p>
      ) : (
        <p className="mt-4 text-success">You have completed every lesson. Revisit any of them below.</p>
      )}
    </div>
  );
}

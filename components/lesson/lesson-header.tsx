import Link from 'next/link';
import { describeExamTag, parseExamTag, TOPICS } from '@/lib/content/catalog';
import { partOf } from '@/lib/content/course-parts';
import { getLesson, type LessonMeta } from '@/lib/content';

/** The top of a lesson: where it sits in the course, what it is for, the exams it serves, what to read first. */
export function LessonHeader({ lesson, total }: { lesson: LessonMeta; total: number }) {
  const part = partOf(lesson.slug);
  const prerequisites = lesson.prerequisites.map((slug) => getLesson(slug)).filter((l): l is LessonMeta => l !== undefined);
  return (
    <header className="max-w-[68ch]">
      <nav aria-label="Breadcrumb" className="text-sm font-medium text-muted">
        <ol className="flex flex-wrap gap-x-1.5">
          <li>
            <Link prefetch={false} href="/learn">Course</Link>
          </li>
          {part && (
            <li>
              <span aria-hidden="true">/ </span>
              <Link prefetch={false} href={`/learn#${part.id}`}>{part.title}</Link>
            </li>
          )}
        </ol>
      </nav>
      <p className="mt-4 text-sm font-semibold uppercase tracking-wider text-accent">
        Lesson {lesson.order} of {total} · <span className="normal-case tracking-normal">{lesson.minutes} min read</span>
      </p>
      <h1 className="mt-2 text-4xl font-bold leading-tight tracking-tight text-balance">{lesson.title}</h1>
      <p className="mt-4 font-serif text-xl leading-relaxed text-muted">{lesson.summary}</p>

      <dl className="mt-6 grid gap-3 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
        <dt className="font-semibold text-muted">Exams</dt>
        <dd>
          <ul className="flex flex-wrap gap-2" aria-label="Exam objectives this lesson serves">
            {lesson.exams.map((text) => {
              const tag = parseExamTag(text);
              const label = 'error' in tag ? text : describeExamTag(tag);
              const exam = 'error' in tag ? '' : tag.exam;
              return (
                <li key={text}>
                  <Link prefetch={false} href={`/learn?view=exam#${exam}`} className="chip chip--exam" title={label} aria-label={`${text}: ${label}`}>
                    {text}
                  </Link>
                </li>
              );
            })}
          </ul>
        </dd>
        <dt className="font-semibold text-muted">Topics</dt>
        <dd className="flex flex-wrap gap-2">
          {lesson.topics.map((topic) => (
            <span key={topic} className="chip">
              {TOPICS[topic]}
            </span>
          ))}
        </dd>
        {prerequisites.length > 0 && (
          <>
            <dt className="font-semibold text-muted">Read first</dt>
            <dd>
              {prerequisites.map((p, i) => (
                <span key={p.slug}>
                  {i > 0 && ', '}
                  <Link href={`/learn/${p.slug}`}>
                    {p.order}. {p.title}
                  </Link>
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>

      <section aria-labelledby="objectives" className="mt-8 rounded-xl border border-border bg-surface p-5">
        <h2 id="objectives" className="text-base font-semibold">
          After this lesson you can
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {lesson.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </section>
    </header>
  );
}

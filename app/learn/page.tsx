import type { Metadata } from 'next';
import Link from 'next/link';
import { CourseProgress } from '@/components/course/course-progress';
import { completedLessons } from '@/components/course/completed-lessons';
import { LessonCard } from '@/components/course/lesson-card';
import { getLessons } from '@/lib/content';
import { groupByExam, groupByPart } from '@/lib/content/course-parts';
import '@/components/lesson/lesson.css';

export const metadata: Metadata = {
  title: 'The course',
  description: 'Every lesson of the Step Functions course, in order or by exam objective, with your progress.',
};

type View = 'parts' | 'exam';
type Props = { searchParams: Promise<{ view?: string | string[] }> };

const VIEWS: { id: View; label: string; href: string }[] = [
  { id: 'parts', label: 'In order', href: '/learn' },
  { id: 'exam', label: 'By exam', href: '/learn?view=exam' },
];

export default async function LearnPage({ searchParams }: Props) {
  const view: View = (await searchParams).view === 'exam' ? 'exam' : 'parts';
  const completed = await completedLessons();
  const lessons = getLessons();
  const minutes = lessons.reduce((sum, l) => sum + l.minutes, 0);

  return (
    <div className="container-page py-12">
      <header className="max-w-2xl">
        <h1 className="text-4xl font-bold tracking-tight">The course</h1>
        <p className="mt-3 text-lg text-muted">
          {lessons.length} lessons, about {Math.round(minutes / 60)} hours in all. Each has a machine you run in the sandbox, an exam trap and a
          self-check. Read them in order, or pick the ones your exam asks about.
        </p>
      </header>

      <div className="mt-8 max-w-3xl">
        <CourseProgress lessons={lessons} completed={completed} />
      </div>

      <nav aria-label="Course views" className="mt-10 flex gap-2 border-b border-border">
        {VIEWS.map((v) => (
          <Link
            key={v.id}
            href={v.href}
            aria-current={view === v.id ? 'page' : undefined}
            className={`-mb-px border-b-2 px-3 py-2 font-semibold no-underline ${view === v.id ? 'border-accent text-accent' : 'border-transparent text-muted hover:text-text'}`}
          >
            {v.label}
          </Link>
        ))}
      </nav>

      {view === 'parts' ? (
        <div className="mt-8 max-w-3xl space-y-12">
          {groupByPart(lessons).map(({ part, lessons: partLessons }, index) => (
            <section key={part.id} id={part.id} aria-labelledby={`${part.id}-heading`} className="scroll-mt-6">
              <p className="text-sm font-semibold uppercase tracking-wider text-accent">Part {index + 1}</p>
              <h2 id={`${part.id}-heading`} className="mt-1 text-2xl font-bold tracking-tight">
                {part.title}
              </h2>
              <p className="mt-2 text-muted">{part.blurb}</p>
              <ol className="mt-5 space-y-3">
                {partLessons.map((lesson) => (
                  <li key={lesson.slug}>
                    <LessonCard lesson={lesson} done={completed.has(lesson.slug)} />
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      ) : (
        <div className="mt-8 max-w-3xl space-y-14">
          <p className="text-muted">
            Lessons grouped by the exam guide’s domains (with the share of the exam each domain carries). A lesson appears under every exam
            objective it serves.
          </p>
          {groupByExam(lessons).map((exam) => (
            <section key={exam.exam} id={exam.exam} aria-labelledby={`${exam.exam}-heading`} className="scroll-mt-6">
              <h2 id={`${exam.exam}-heading`} className="text-2xl font-bold tracking-tight">
                <span className="font-mono text-accent">{exam.exam}</span> <span className="block text-lg font-semibold sm:inline">{exam.name}</span>
              </h2>
              {exam.domains.map((domain) => {
                const done = domain.lessons.filter((l) => completed.has(l.lesson.slug)).length;
                return (
                  <div key={domain.domain} className="mt-6">
                    <h3 className="text-lg font-semibold">
                      Domain {domain.domain}: {domain.name} <span className="font-normal text-muted">({domain.weight}% of the exam)</span>
                    </h3>
                    <p className="text-sm text-muted">
                      {done} of {domain.lessons.length} completed
                    </p>
                    <ol className="mt-3 space-y-3">
                      {domain.lessons.map(({ lesson, task }) => (
                        <li key={lesson.slug}>
                          <LessonCard lesson={lesson} done={completed.has(lesson.slug)} task={task} level={4} />
                        </li>
                      ))}
                    </ol>
                  </div>
                );
              })}
            </section>
          ))}
        </div>
      )}
    </div>
  );
}

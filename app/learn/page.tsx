import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { getLessons } from '@/lib/content';
import { db } from '@/lib/db/client';
import { getProgress } from '@/lib/db/progress';
import { readLearnerId } from '@/lib/learner/session';

export const metadata: Metadata = { title: 'Lessons' };

export default async function LearnPage() {
  // Reads the learner's progress: render per request, never at build (the build must not open the
  // PGlite folder, and progress must not be baked into static HTML; prisma-offline.md, pitfall 9).
  await connection();
  const lessons = getLessons();
  const learnerId = await readLearnerId();
  const done = new Set(learnerId ? (await getProgress(db, learnerId)).map((p) => p.lessonSlug) : []);
  const completed = lessons.filter((l) => done.has(l.slug)).length;

  return (
    <div className="container-page py-12">
      <header className="max-w-2xl">
        <h1 className="text-4xl font-bold tracking-tight">Lessons</h1>
        <p className="mt-3 text-lg text-muted">
          Work through them in order: each one builds on the last.{' '}
          <span>
            {completed} of {lessons.length} completed.
          </span>
        </p>
      </header>
      <ol className="mt-10 max-w-3xl space-y-4">
        {lessons.map((lesson) => {
          const isDone = done.has(lesson.slug);
          return (
            <li key={lesson.slug} className="rounded-xl border border-border bg-surface p-6">
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <span className="tabular-nums text-muted">{lesson.order}.</span>
                <h2 className="text-xl font-semibold">
                  <Link href={`/learn/${lesson.slug}`} className="text-text hover:text-accent">
                    {lesson.title}
                  </Link>
                </h2>
                <span className="text-sm text-muted">{lesson.minutes} min</span>
                {isDone && (
                  <span className="rounded-full bg-success-soft px-2.5 py-0.5 text-sm font-medium text-success">Completed</span>
                )}
              </div>
              <p className="mt-2 font-serif text-lg text-muted">{lesson.summary}</p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

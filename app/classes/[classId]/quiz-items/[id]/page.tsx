import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ItemMeta } from '@/components/quiz/item-meta';
import { QuizRunner } from '@/components/quiz/quiz-runner';
import { getCurrentUser } from '@/lib/auth/current';
import { openClassQuizItem } from '@/lib/classes-server/class-quiz';
import { db } from '@/lib/db/client';
import { getClassQuizItemAttempts } from '@/lib/db/class-quiz-items';
import { className } from '@/lib/db/class-scenarios';
import { materialize, newSeed } from '@/lib/quiz';
import { lessonTitles } from '@/lib/quiz-server/lesson-titles';
import { newSessionId, readQuizSearch } from '@/lib/quiz-server/session';
import { newClassQuizNumbersAction, submitClassQuizAnswerAction, submitClassQuizSessionAction } from './actions';

export const metadata: Metadata = { title: 'Class quiz item', robots: { index: false } };

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

type Props = { params: Promise<{ classId: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClassQuizItemPage({ params, searchParams }: Props) {
  await connection();
  const { classId, id } = await params;
  const user = await getCurrentUser();
  // Only members of the class (and its instructor, and admins) open it; anyone else gets a 404.
  const view = await openClassQuizItem(db, user, id);
  if (!view || view.published.classId !== classId || !user) notFound();
  const { item, published } = view;
  const search = readQuizSearch(await searchParams);
  const { question } = materialize(item, search.seed ?? newSeed());
  const [name, attempts] = await Promise.all([className(db, classId), user.learnerId ? getClassQuizItemAttempts(db, user.learnerId, published.id) : []]);
  const titles = lessonTitles();

  return (
    <div className="container-page py-8 sm:py-10">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/classes">Classes</Link> <span aria-hidden="true">/</span> <span>{name}</span>
      </nav>
      <header className="mt-2 max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{item.title}</h1>
        <p className="mt-2 text-muted">A question your instructor wrote for this class (version {published.version.number}).</p>
      </header>
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,46rem)_minmax(0,1fr)]">
        <div className="min-w-0">
          <QuizRunner
            questions={[question]}
            mode="practice"
            sessionId={newSessionId()}
            lessonTitles={titles}
            syncSeedToUrl
            submitAnswer={submitClassQuizAnswerAction.bind(null, published.id, published.version.id)}
            submitSession={submitClassQuizSessionAction.bind(null, published.id, published.version.id)}
            newNumbers={newClassQuizNumbersAction.bind(null, published.id, published.version.id)}
          />
        </div>
        <aside className="min-w-0 space-y-8" aria-label="About this question">
          <section aria-labelledby="about" className="rounded-xl border border-border bg-surface p-4">
            <h2 id="about" className="text-base font-semibold">
              About this question
            </h2>
            <ItemMeta question={question} lessonTitle={titles[item.lesson]} />
          </section>
          <section aria-labelledby="attempts">
            <h2 id="attempts" className="text-xl font-semibold">
              Your answers
            </h2>
            {attempts.length === 0 ? (
              <p className="mt-2 text-sm text-muted">None yet.</p>
            ) : (
              <ul className="mt-2 space-y-1 text-sm">
                {attempts.map((a) => (
                  <li key={a.id} className="flex flex-wrap gap-x-3">
                    <span className="tabular-nums">{dateFormat.format(a.createdAt)} UTC</span>
                    <span className={a.correct ? 'font-semibold text-success' : ''}>{a.correct ? 'right' : 'not right'}</span>
                    {a.version !== null && <span className="text-muted">version {a.version}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
    </div>
  );
}

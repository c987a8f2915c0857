import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ItemMeta } from '@/components/quiz/item-meta';
import { ItemPractice } from '@/components/quiz/item-practice';
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

/** How many of the learner's answers the page lists. */
const CLASS_ANSWERS_SHOWN = 5;

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
  const [name, attempts] = await Promise.all([className(db, classId), user.learnerId ? getClassQuizItemAttempts(db, user.learnerId, published.id, CLASS_ANSWERS_SHOWN) : []]);
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
      <ItemPractice
        question={question}
        mode="practice"
        sessionId={newSessionId()}
        lessonTitles={titles}
        submitAnswer={submitClassQuizAnswerAction.bind(null, published.id, published.version.id)}
        submitSession={submitClassQuizSessionAction.bind(null, published.id, published.version.id)}
        newNumbers={newClassQuizNumbersAction.bind(null, published.id, published.version.id)}
        attempts={attempts}
        list={{ kind: 'class', version: published.version.number, limit: CLASS_ANSWERS_SHOWN }}
        about={
          <section aria-labelledby="about" className="rounded-xl border border-border bg-surface p-4">
            <h2 id="about" className="text-base font-semibold">
              About this question
            </h2>
            <ItemMeta question={question} lessonTitle={titles[item.lesson]} />
          </section>
        }
      />
    </div>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ATTEMPTS_SHOWN } from '@/components/quiz/attempt-list';
import { ItemMeta } from '@/components/quiz/item-meta';
import { ItemPractice } from '@/components/quiz/item-practice';
import { getQuizItem } from '@/lib/content/quizzes';
import { db } from '@/lib/db/client';
import { listQuizAttempts } from '@/lib/db/quiz-attempts';
import { readLearnerId } from '@/lib/learner/session';
import { isGeneratedItem, materialize, newSeed } from '@/lib/quiz';
import { lessonTitles } from '@/lib/quiz-server/lesson-titles';
import { newSessionId, readQuizSearch } from '@/lib/quiz-server/session';
import { submitExamSession } from '../../actions';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = getQuizItem((await params).id);
  return item ? { title: item.title } : {};
}

export default async function QuizItemPage({ params, searchParams }: Props) {
  await connection();
  const item = getQuizItem((await params).id);
  if (!item) notFound();
  const search = readQuizSearch(await searchParams);
  const { question } = materialize(item, search.seed ?? newSeed());
  const learnerId = await readLearnerId();
  const attempts = learnerId ? await listQuizAttempts(db, learnerId, { itemId: item.id, limit: ATTEMPTS_SHOWN }) : [];
  const titles = lessonTitles();
  return (
    <div className="container-page py-8 sm:py-10">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/practice">Practice</Link> <span aria-hidden="true">/</span> <Link href="/practice/quizzes">Quizzes</Link> <span aria-hidden="true">/</span> <span>{item.title}</span>
      </nav>
      <header className="mt-2 max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{item.title}</h1>
        <p className="mt-2 text-muted">
          {isGeneratedItem(item) ? 'A cost question: every attempt draws new numbers, and the answer comes from the pricing model.' : 'A concept question.'}
        </p>
      </header>
      <ItemPractice
        question={question}
        mode={search.mode}
        sessionId={newSessionId()}
        lessonTitles={titles}
        submitSession={submitExamSession}
        attempts={attempts.map(({ id, seed, correct, timeTakenMs, mode, createdAt }) => ({ id, seed, correct, timeTakenMs, mode, createdAt }))}
        list={{ kind: 'attempts' }}
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

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { QuizSessionView } from '@/components/quiz/quiz-session-view';
import { getQuizItems } from '@/lib/content/quizzes';
import { lessonTitles } from '@/lib/quiz-server/lesson-titles';
import { prepareSession, readQuizSearch } from '@/lib/quiz-server/session';
import { submitExamSession } from '../actions';

export const metadata: Metadata = { title: 'Mixed quiz' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AllQuizPage({ searchParams }: Props) {
  await connection();
  const search = readQuizSearch(await searchParams);
  const items = getQuizItems().filter((item) => !search.category || item.category === search.category);
  if (items.length === 0) notFound();
  const session = prepareSession(items, search.seed);
  const title = search.category === 'cost' ? 'Every cost trap' : search.category === 'concept' ? 'Every concept question' : 'A mixed set';
  return (
    <QuizSessionView
      title={title}
      description={`${items.length} questions to draw from${search.category === 'cost' ? ': transitions, the free tier, Express, Distributed Map and the limits that shape a design' : ''}.`}
      basePath={`/practice/quizzes/all${search.category ? `?category=${search.category}` : ''}`}
      mode={search.mode}
      questions={session.questions}
      sessionId={session.sessionId}
      sessionSeed={session.sessionSeed}
      nextSeed={session.nextSeed}
      lessonTitles={lessonTitles()}
      submitSession={submitExamSession}
    />
  );
}

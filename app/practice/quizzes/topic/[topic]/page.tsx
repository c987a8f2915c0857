import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { QuizSessionView } from '@/components/quiz/quiz-session-view';
import { TOPIC_IDS, TOPICS, type TopicId } from '@/lib/content/catalog';
import { getQuizItems } from '@/lib/content/quizzes';
import { describeFilter, matchesFilter, type QuizFilter } from '@/lib/quiz';
import { lessonTitles } from '@/lib/quiz-server/lesson-titles';
import { prepareSession, readQuizSearch } from '@/lib/quiz-server/session';
import { submitExamSession } from '../../actions';

type Props = { params: Promise<{ topic: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function topicOf(value: string): TopicId | undefined {
  return TOPIC_IDS.includes(value as TopicId) ? (value as TopicId) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = topicOf((await params).topic);
  return topic ? { title: `${TOPICS[topic]} quiz` } : {};
}

export default async function TopicQuizPage({ params, searchParams }: Props) {
  await connection(); // a fresh set of numbers per visit
  const topic = topicOf((await params).topic);
  if (!topic) notFound();
  const search = readQuizSearch(await searchParams);
  const filter: QuizFilter = { by: 'topic', topic, ...(search.category ? { category: search.category } : {}) };
  const items = getQuizItems().filter((item) => matchesFilter(item, filter));
  if (items.length === 0) notFound();
  const session = prepareSession(items, search.seed);
  return (
    <QuizSessionView
      title={describeFilter(filter)}
      description={`${items.length} question${items.length === 1 ? '' : 's'} on this topic; a set shows up to ${session.questions.length}, each with its own numbers.`}
      basePath={`/practice/quizzes/topic/${topic}${search.category ? `?category=${search.category}` : ''}`}
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

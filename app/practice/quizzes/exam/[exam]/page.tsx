import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { QuizSessionView } from '@/components/quiz/quiz-session-view';
import { EXAM_IDS, EXAMS, type ExamId } from '@/lib/content/catalog';
import { getQuizItems } from '@/lib/content/quizzes';
import { describeFilter, matchesFilter, type QuizFilter } from '@/lib/quiz';
import { lessonTitles } from '@/lib/quiz-server/lesson-titles';
import { prepareSession, readQuizSearch } from '@/lib/quiz-server/session';
import { submitExamSession } from '../../actions';

type Props = { params: Promise<{ exam: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function examOf(value: string): ExamId | undefined {
  return EXAM_IDS.includes(value as ExamId) ? (value as ExamId) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const exam = examOf((await params).exam);
  return exam ? { title: `${exam} quiz` } : {};
}

export default async function ExamQuizPage({ params, searchParams }: Props) {
  await connection();
  const exam = examOf((await params).exam);
  if (!exam) notFound();
  const search = readQuizSearch(await searchParams);
  const domain = search.domain !== undefined && EXAMS[exam].domains.some((d) => d.number === search.domain) ? search.domain : undefined;
  const filter: QuizFilter = { by: 'exam', exam, ...(domain !== undefined ? { domain } : {}), ...(search.category ? { category: search.category } : {}) };
  const items = getQuizItems().filter((item) => matchesFilter(item, filter));
  if (items.length === 0) notFound();
  const session = prepareSession(items, search.seed);
  const query = new URLSearchParams({ ...(domain !== undefined ? { domain: String(domain) } : {}), ...(search.category ? { category: search.category } : {}) }).toString();
  return (
    <QuizSessionView
      title={describeFilter(filter)}
      description={`${EXAMS[exam].name}: ${items.length} question${items.length === 1 ? '' : 's'} tagged for this exam${domain !== undefined ? ' domain' : ''}.`}
      basePath={`/practice/quizzes/exam/${exam}${query ? `?${query}` : ''}`}
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

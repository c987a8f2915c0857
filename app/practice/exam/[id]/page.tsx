import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { AutoFinish } from '@/components/exam/auto-finish';
import { ExamResult } from '@/components/exam/exam-result';
import { ExamRunner, type ExamQuestion } from '@/components/exam/exam-runner';
import { Markdown } from '@/components/scenario/markdown';
import { EXAMS } from '@/lib/content/catalog';
import { getQuizItem } from '@/lib/content/quizzes';
import { getScenario } from '@/lib/content/scenarios';
import { db } from '@/lib/db/client';
import { examAnswerStamps, getExamAttempt, listExamAnswers } from '@/lib/db/exam-attempts';
import { EXAM_KINDS, isOver } from '@/lib/exam';
import { ATTEMPT_ID_PATTERN, examAnswerInput, type ExamAnswerInput, type GradedQuestion } from '@/lib/exam-server/exam';
import { readLearnerId } from '@/lib/learner/session';
import { materialize } from '@/lib/quiz';
import { lessonTitles } from '@/lib/quiz-server/lesson-titles';
import { finishExamAction, saveExamAnswerAction } from '../actions';

export const metadata: Metadata = { title: 'Practice exam' };

type Props = { params: Promise<{ id: string }> };

export default async function ExamAttemptPage({ params }: Props) {
  await connection();
  const { id } = await params;
  if (!ATTEMPT_ID_PATTERN.test(id)) notFound();
  const learnerId = await readLearnerId();
  const attempt = learnerId ? await getExamAttempt(db, learnerId, id) : null;
  if (!attempt) notFound();
  const now = new Date();
  const title = `${attempt.exam} · ${EXAM_KINDS[attempt.kind].label}`;

  let body;
  if (attempt.result) {
    body = <ExamResult exam={attempt.exam} questions={attempt.result as GradedQuestion[]} lessonTitles={lessonTitles()} finishedAt={attempt.finishedAt} deadline={attempt.deadline} />;
  } else if (isOver(attempt, now)) {
    body = <AutoFinish attemptId={attempt.id} finish={finishExamAction} />;
  } else {
    const saved: Record<number, { answer?: ExamAnswerInput; flagged: boolean }> = {};
    const [answers, stamps] = await Promise.all([listExamAnswers(db, attempt.id), examAnswerStamps(db, attempt.id)]);
    for (const s of answers) {
      const parsed = examAnswerInput.safeParse(s.answer);
      saved[s.position] = { flagged: s.flagged, ...(parsed.success ? { answer: parsed.data } : {}) };
    }
    const questions: ExamQuestion[] = attempt.entries.flatMap((entry, position): ExamQuestion[] => {
      if (entry.kind === 'quiz') {
        const item = getQuizItem(entry.itemId);
        return item ? [{ position, title: item.title, question: materialize(item, entry.seed).question }] : [];
      }
      const scenario = getScenario(entry.scenarioId);
      // The prompt is instructor Markdown: rendered here on the server by the scenario page's safe renderer.
      return scenario
        ? [{ position, title: scenario.title, scenario: { prompt: <Markdown text={scenario.prompt} />, starter: scenario.starter, executionType: scenario.executionType } }]
        : [];
    });
    body = (
      <ExamRunner
        attemptId={attempt.id}
        title={title}
        questions={questions}
        saved={saved}
        stamps={Object.fromEntries(stamps)}
        deadlineMs={attempt.deadline.getTime()}
        serverNowMs={now.getTime()}
        save={saveExamAnswerAction}
        finish={finishExamAction}
      />
    );
  }

  return (
    <div className="container-page py-8 sm:py-10">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/practice">Practice</Link> <span aria-hidden="true">/</span> <Link href="/practice/exam">Practice exam</Link> <span aria-hidden="true">/</span> <span>{attempt.exam}</span>
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">{attempt.result ? `Your result: ${EXAMS[attempt.exam].name}` : title}</h1>
      <div className="mt-6">{body}</div>
    </div>
  );
}

import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Question, QuizMode } from '@/lib/quiz/types';
import type { SessionResult } from '@/lib/quiz-server/submit';
import { QuizRunner } from './quiz-runner';

interface Props {
  title: string;
  description: ReactNode;
  /** The page's path and query without mode and seed, e.g. "/practice/quizzes/exam/DVA-C02?domain=1". */
  basePath: string;
  mode: QuizMode;
  questions: Question[];
  sessionId: string;
  sessionSeed: number;
  nextSeed: number;
  lessonTitles: Record<string, string>;
  submitSession: (input: unknown) => Promise<SessionResult>;
}

export function withQuery(base: string, query: Record<string, string | number | undefined>): string {
  const [path, search = ''] = base.split('?');
  const params = new URLSearchParams(search);
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  const text = params.toString();
  return text ? `${path}?${text}` : (path ?? base);
}

/** A quiz session page: title, the practice / exam-style switch, and the runner. */
export function QuizSessionView(props: Props) {
  const { title, description, basePath, mode, questions, sessionId, sessionSeed, nextSeed, lessonTitles } = props;
  return (
    <div className="container-page py-8 sm:py-10">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/practice">Practice</Link> <span aria-hidden="true">/</span> <Link href="/practice/quizzes">Quizzes</Link> <span aria-hidden="true">/</span> <span>{title}</span>
      </nav>
      <header className="mt-2 max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
        <div className="mt-2 text-muted">{description}</div>
        <div className="mt-4 flex flex-wrap items-center gap-3 text-sm">
          <span className="font-medium">Feedback:</span>
          <div className="inline-flex overflow-hidden rounded-lg border border-border" role="group" aria-label="Feedback mode">
            <Link
              href={withQuery(basePath, { seed: sessionSeed })}
              aria-current={mode === 'practice' ? 'page' : undefined}
              className={`px-3 py-1.5 no-underline ${mode === 'practice' ? 'bg-accent text-on-accent hover:text-on-accent' : 'text-text hover:bg-surface-2 hover:text-text'}`}
            >
              After each answer
            </Link>
            <Link
              href={withQuery(basePath, { seed: sessionSeed, mode: 'exam' })}
              aria-current={mode === 'exam' ? 'page' : undefined}
              className={`border-l border-border px-3 py-1.5 no-underline ${mode === 'exam' ? 'bg-accent text-on-accent hover:text-on-accent' : 'text-text hover:bg-surface-2 hover:text-text'}`}
            >
              At the end (exam style)
            </Link>
          </div>
          <Link href={withQuery(basePath, { seed: nextSeed, ...(mode === 'exam' ? { mode: 'exam' } : {}) })}>New set of questions</Link>
        </div>
      </header>
      <div className="mt-6 max-w-3xl">
        {questions.length === 0 ? (
          <p className="rounded-xl border border-border bg-surface p-5">No questions here yet. Pick another set on the quizzes page.</p>
        ) : (
          <QuizRunner
            key={`${sessionSeed}-${mode}`}
            questions={questions}
            mode={mode}
            sessionId={sessionId}
            lessonTitles={lessonTitles}
            newSessionHref={withQuery(basePath, { seed: nextSeed, ...(mode === 'exam' ? { mode: 'exam' } : {}) })}
            submitSession={props.submitSession}
          />
        )}
      </div>
    </div>
  );
}

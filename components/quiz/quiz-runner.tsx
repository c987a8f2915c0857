'use client';

import Link from 'next/link';
import { useCallback, useEffect, useReducer, useRef, useTransition } from 'react';
import type { AttemptResult, SessionResult } from '@/lib/quiz-server/submit';
import type { NewNumbers } from '@/lib/quiz/fresh-question';
import type { Question, QuizMode } from '@/lib/quiz/types';
import type { AttemptSummary } from './attempt-list';
import { firstError, payload, summary } from './runner-answers';
import { postQuizAnswer } from './post-answer';
import { RequestIds } from '../site/request-ids';
import { QuestionCard } from './question-card';
import { initialQuizState, quizReducer, score, type Entry } from './quiz-state';
import { OptionReviews, ResultView, Working } from './result-view';
import { SessionSummary } from './session-summary';
import { useQuizKeys } from './use-quiz-keys';

export interface QuizRunnerProps {
  questions: Question[];
  mode: QuizMode;
  sessionId: string;
  /** Lesson slug → title, for the lessons that exist. */
  lessonTitles: Record<string, string>;
  /** One-item page: keep ?seed= in the address in step with the numbers shown. */
  syncSeedToUrl?: boolean;
  /** Each answer the server recorded (practice, or an exam-style set's at the end), for a list of attempts beside the quiz. */
  onRecorded?: (attempt: AttemptSummary) => void;
  newSessionHref?: string;
  /**
   * Grades and records one answer. By default the built-in items' route (POST /api/quiz/attempts, a small
   * JSON answer); a class's own items and review cards pass a server action of their own.
   */
  submitAnswer?: (input: unknown) => Promise<AttemptResult>;
  submitSession: (input: unknown) => Promise<SessionResult>;
  /**
   * "Try again with new numbers": the item again with other numbers than the attempt seeded `after`. By
   * default the built-in items' route; a class's own items (and their preview) pass a server action, since
   * that route knows only the built-in bank.
   */
  newNumbers?: (itemId: string, after: number) => Promise<NewNumbers>;
}

const RETRY_FAILED = 'New numbers could not be fetched. Try again.';

async function builtInNewNumbers(itemId: string, after: number): Promise<NewNumbers> {
  const res = await fetch(`/api/quiz/items/${encodeURIComponent(itemId)}?after=${after}`, { cache: 'no-store' });
  if (!res.ok) return { status: 'error', message: RETRY_FAILED };
  const { question } = (await res.json()) as { question: Question };
  return { status: 'ok', question };
}

/** Runs a quiz: one question at a time, graded on the server, in practice or exam mode. */
export function QuizRunner({ questions, mode, sessionId, lessonTitles, syncSeedToUrl, onRecorded, newSessionHref, submitAnswer = postQuizAnswer, submitSession, newNumbers = builtInNewNumbers }: QuizRunnerProps) {
  const [state, dispatch] = useReducer(quizReducer, { questions, mode }, (init) => initialQuizState(init.questions, init.mode));
  const [, startTransition] = useTransition();
  const current = state.entries[state.index] as Entry;
  const nextButton = useRef<HTMLButtonElement>(null);
  const titleArea = useRef<HTMLDivElement>(null);
  const single = state.entries.length === 1;
  const exam = state.mode === 'exam';
  const requestIds = useRef<RequestIds | null>(null);
  const ids = () => (requestIds.current ??= new RequestIds());

  // The clock for "time taken" starts when a question (or its new numbers) is first shown.
  useEffect(() => {
    if (current.shownAt === null) dispatch({ type: 'shown', at: Date.now() });
  }, [current.shownAt, state.index, current.question.seed]);

  useEffect(() => {
    if (syncSeedToUrl) window.history.replaceState(null, '', `?seed=${current.question.seed}${exam ? '&mode=exam' : ''}`);
  }, [syncSeedToUrl, current.question.seed, exam]);

  // Once a verdict arrives, the next step is one Enter away.
  useEffect(() => {
    if (current.status === 'graded' && state.phase === 'running') nextButton.current?.focus();
  }, [current.status, state.phase, state.index]);

  const submit = useCallback(() => {
    const index = state.index;
    const entry = state.entries[index];
    if (!entry || state.phase !== 'running' || (entry.status !== 'answering' && entry.status !== 'answered')) return;
    const now = Date.now();
    dispatch({ type: 'submit', at: now });
    const body = payload(entry, state.mode, sessionId, now, ids(), index);
    if (!body) return;
    if (exam) {
      // Exam style: keep the answer and move on to the next question without an answer.
      const next = state.entries.findIndex((e, i) => i > index && e.status === 'answering');
      if (next >= 0) dispatch({ type: 'go', index: next });
      return;
    }
    startTransition(async () => {
      try {
        const result = await submitAnswer(body);
        if (result.status === 'graded') {
          ids().settle(String(index));
          dispatch({ type: 'graded', index, verdict: result.verdict });
          onRecorded?.(summary(body, result.attemptId, result.verdict.correct));
        }
        else dispatch({ type: 'refused', index, message: firstError(result) });
      } catch {
        dispatch({ type: 'refused', index, message: 'The server could not be reached. Check your connection and try again.' });
      }
    });
  }, [state, sessionId, exam, submitAnswer, onRecorded]);

  const retry = useCallback(() => {
    const index = state.index;
    const entry = state.entries[index];
    if (!entry?.question.params || entry.retrying) return;
    dispatch({ type: 'retrying', index });
    newNumbers(entry.question.itemId, entry.question.seed)
      .then((drawn) => {
        if (drawn.status !== 'ok') {
          dispatch({ type: 'retry-failed', index, message: drawn.message });
          return;
        }
        dispatch({ type: 'replace', index, question: drawn.question });
        titleArea.current?.querySelector<HTMLElement>('h2')?.focus();
      })
      .catch(() => dispatch({ type: 'retry-failed', index, message: RETRY_FAILED }));
  }, [state, newNumbers]);

  const finish = useCallback(() => {
    if (!exam) {
      dispatch({ type: 'finish' });
      return;
    }
    const answered = state.entries.map((e, index) => ({ e, index })).filter(({ e }) => e.status === 'answered');
    dispatch({ type: 'finish' });
    startTransition(async () => {
      try {
        const attempts = answered.map(({ e, index }) => payload(e, 'exam', sessionId, Date.now(), ids(), index));
        const result = await submitSession({ sessionId, attempts });
        if (result.status !== 'graded') {
          dispatch({ type: 'session-failed', message: result.message });
          return;
        }
        result.results.forEach((r, i) => {
          const sent = attempts[i];
          if (r.status === 'graded' && sent) onRecorded?.(summary(sent, r.attemptId, r.verdict.correct));
        });
        dispatch({
          type: 'session-graded',
          results: result.results.map((r, i) => ({ index: answered[i]?.index ?? -1, ...(r.status === 'graded' ? { verdict: r.verdict } : { error: firstError(r) }) })),
        });
      } catch {
        dispatch({ type: 'session-failed', message: 'The server could not be reached. Your answers are still here: try again.' });
      }
    });
  }, [exam, state.entries, sessionId, submitSession, onRecorded]);

  useQuizKeys({ entry: current, phase: state.phase, exam, dispatch, submit, retry });

  if (state.phase === 'done') {
    return <SessionSummary state={state} lessonTitles={lessonTitles} newSessionHref={newSessionHref} />;
  }

  const { right, graded } = score(state);
  const answeredCount = state.entries.filter((e) => e.status === 'answered' || e.status === 'graded').length;
  const isLast = state.index === state.entries.length - 1;
  const lessonTitle = lessonTitles[current.question.lesson];
  const header = (
    <>
      {!single && (
        <span>
          Question {state.index + 1} of {state.entries.length} ·{' '}
        </span>
      )}
      <span>{current.question.category === 'cost' ? 'Cost' : 'Concept'}</span>
      {current.attempts > 0 && <span> · new numbers (draw {current.attempts + 1})</span>}
      {lessonTitle && (
        <span>
          {' '}
          · taught in <Link href={`/learn/${current.question.lesson}`}>{lessonTitle}</Link>
        </span>
      )}
    </>
  );

  return (
    <div>
      {!single && (
        <nav aria-label="Questions" className="mb-4">
          <div className="flex items-center justify-between text-sm text-muted">
            <span>
              {exam ? `${answeredCount} of ${state.entries.length} answered` : `${graded} of ${state.entries.length} checked, ${right} right`}
            </span>
            <span>{exam ? 'Exam style: results at the end' : 'Practice: feedback after each answer'}</span>
          </div>
          <div className="mt-2 h-2 overflow-hidden rounded-full bg-surface-2" role="progressbar" aria-label="Progress" aria-valuemin={0} aria-valuemax={state.entries.length} aria-valuenow={exam ? answeredCount : graded}>
            <div className="h-full rounded-full bg-accent transition-all" style={{ width: `${(100 * (exam ? answeredCount : graded)) / state.entries.length}%` }} />
          </div>
          <ol className="mt-3 flex flex-wrap gap-1.5">
            {state.entries.map((e, i) => {
              const mark = e.verdict ? (e.verdict.correct ? 'right' : 'wrong') : e.status === 'answered' ? 'answered' : 'not answered yet';
              return (
                <li key={i}>
                  <button
                    type="button"
                    onClick={() => dispatch({ type: 'go', index: i })}
                    aria-current={i === state.index ? 'step' : undefined}
                    aria-label={`Question ${i + 1}, ${mark}`}
                    className={`h-8 min-w-8 rounded-md border px-2 text-sm font-semibold tabular-nums ${
                      i === state.index ? 'border-accent bg-accent text-on-accent' : e.verdict ? (e.verdict.correct ? 'border-success text-success' : 'border-danger text-danger') : e.status === 'answered' ? 'border-accent text-accent' : 'border-border text-muted'
                    }`}
                  >
                    {i + 1}
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
      )}

      <div ref={titleArea}>
        <QuestionCard key={`${state.index}-${current.question.seed}`} entry={current} dispatch={dispatch} onSubmit={submit} header={header} examMode={exam} titleHidden={single}>
          <div aria-live="polite">
            {current.verdict && (
              <div className="mt-6">
                <ResultView verdict={current.verdict} headingId={`result-${state.index}`} />
                <Working verdict={current.verdict} />
                <OptionReviews verdict={current.verdict} />
              </div>
            )}
            {exam && current.status === 'answered' && <p className="mt-4 font-medium text-accent">Answer saved. You can change it until you finish.</p>}
          </div>
          {current.status === 'graded' && (
            <div className="mt-6 flex flex-wrap items-center gap-3">
              {!single && !isLast && (
                <button ref={nextButton} type="button" className="btn btn-primary" onClick={() => dispatch({ type: 'go', index: state.index + 1 })}>
                  Next question
                </button>
              )}
              {!single && isLast && (
                <button ref={nextButton} type="button" className="btn btn-primary" onClick={finish} disabled={!state.entries.every((e) => e.status === 'graded')}>
                  See your results
                </button>
              )}
              {current.question.params && (
                <button ref={single ? nextButton : undefined} type="button" className={single ? 'btn btn-primary' : 'btn btn-secondary'} onClick={retry} disabled={current.retrying}>
                  {current.retrying ? 'Drawing new numbers…' : 'Try again with new numbers'}
                </button>
              )}
              <span className="text-sm text-muted">{current.question.params ? 'Press N for new numbers.' : ''}</span>
            </div>
          )}
        </QuestionCard>
      </div>

      {exam && (
        <div className="mt-5 flex flex-wrap items-center gap-3">
          {state.index < state.entries.length - 1 && (
            <button type="button" className="btn btn-secondary" onClick={() => dispatch({ type: 'go', index: state.index + 1 })}>
              Skip for now
            </button>
          )}
          <button type="button" className="btn btn-primary" onClick={finish} disabled={answeredCount === 0 || state.phase === 'finishing'}>
            {state.phase === 'finishing' ? 'Grading your answers…' : 'Finish and see results'}
          </button>
          <span className="text-sm text-muted" role="status">
            {state.phase === 'finishing'
              ? 'Grading on the server…'
              : answeredCount < state.entries.length
                ? `${state.entries.length - answeredCount} not answered yet; unanswered questions are not graded.`
                : 'Every question answered.'}
          </span>
          {state.sessionError && (
            <p role="alert" className="w-full text-danger">
              {state.sessionError}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

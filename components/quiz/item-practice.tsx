'use client';

import { useCallback, useState, type ReactNode } from 'react';
import { ClassAnswerList } from '@/components/classes/class-answer-list';
import type { AttemptResult, SessionResult } from '@/lib/quiz-server/submit';
import type { NewNumbers } from '@/lib/quiz/fresh-question';
import type { Question, QuizMode } from '@/lib/quiz/types';
import { AttemptList, ATTEMPTS_SHOWN, withAttempt, type AttemptSummary, type ListedAttempt } from './attempt-list';
import { QuizRunner } from './quiz-runner';

export interface ItemPracticeProps {
  question: Question;
  mode: QuizMode;
  sessionId: string;
  lessonTitles: Record<string, string>;
  submitSession: (input: unknown) => Promise<SessionResult>;
  /** A class's own item passes its server actions; the built-in bank uses the quiz runner's routes. */
  submitAnswer?: (input: unknown) => Promise<AttemptResult>;
  newNumbers?: (itemId: string, after: number) => Promise<NewNumbers>;
  /** The learner's recent attempts at this item, newest first, as the page read them. */
  attempts: ListedAttempt[];
  /**
   * How they are listed: the built-in item's "Your attempts" (with a review link each), or a class item's
   * "Your answers" with the version answered (`version`: the one answered on this page).
   */
  list: { kind: 'attempts' } | { kind: 'class'; version: number; limit: number };
  /** "About this question", rendered on the server. */
  about: ReactNode;
}

/**
 * A one-item page's question and the learner's attempts beside it. Each answer the server records joins the
 * list here, from the answer and its verdict: the page is not rendered again on the server for it (it was,
 * with router.refresh(), after every answer).
 */
export function ItemPractice({ question, mode, sessionId, lessonTitles, submitSession, submitAnswer, newNumbers, attempts: initial, list, about }: ItemPracticeProps) {
  const [attempts, setAttempts] = useState(initial);
  const isClass = list.kind === 'class';
  const version = isClass ? list.version : null;
  const limit = isClass ? list.limit : ATTEMPTS_SHOWN;
  const recorded = useCallback(
    (attempt: AttemptSummary) => setAttempts((shown) => withAttempt(shown, version === null ? attempt : { ...attempt, version }, limit)),
    [version, limit],
  );
  return (
    <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,46rem)_minmax(0,1fr)]">
      <div className="min-w-0">
        <QuizRunner
          questions={[question]}
          mode={mode}
          sessionId={sessionId}
          lessonTitles={lessonTitles}
          syncSeedToUrl
          submitSession={submitSession}
          onRecorded={recorded}
          {...(submitAnswer ? { submitAnswer } : {})}
          {...(newNumbers ? { newNumbers } : {})}
        />
      </div>
      <aside className="min-w-0 space-y-8" aria-label="About this question">
        {about}
        <section aria-labelledby="attempts">
          <h2 id="attempts" className="text-xl font-semibold">
            {isClass ? 'Your answers' : 'Your attempts'}
          </h2>
          {isClass ? <ClassAnswerList attempts={attempts} /> : <AttemptList attempts={attempts} />}
        </section>
      </aside>
    </div>
  );
}

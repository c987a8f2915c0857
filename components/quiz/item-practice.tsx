'use client';

import { useCallback, useState, type ReactNode } from 'react';
import type { SessionResult } from '@/lib/quiz-server/submit';
import type { Question, QuizMode } from '@/lib/quiz/types';
import { AttemptList, withAttempt, type AttemptSummary } from './attempt-list';
import { QuizRunner } from './quiz-runner';

export interface ItemPracticeProps {
  question: Question;
  mode: QuizMode;
  sessionId: string;
  lessonTitles: Record<string, string>;
  submitSession: (input: unknown) => Promise<SessionResult>;
  /** The learner's recent attempts at this item, newest first, as the page read them. */
  attempts: AttemptSummary[];
  /** "About this question", rendered on the server. */
  about: ReactNode;
}

/**
 * The one-item page's question and the learner's attempts beside it. Each answer the server records joins
 * the list here, from the answer and its verdict: the page is not rendered again on the server for it
 * (it was, with router.refresh(), after every answer).
 */
export function ItemPractice({ question, mode, sessionId, lessonTitles, submitSession, attempts: initial, about }: ItemPracticeProps) {
  const [attempts, setAttempts] = useState(initial);
  const recorded = useCallback((attempt: AttemptSummary) => setAttempts((list) => withAttempt(list, attempt)), []);
  return (
    <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,46rem)_minmax(0,1fr)]">
      <div className="min-w-0">
        <QuizRunner questions={[question]} mode={mode} sessionId={sessionId} lessonTitles={lessonTitles} syncSeedToUrl submitSession={submitSession} onRecorded={recorded} />
      </div>
      <aside className="min-w-0 space-y-8" aria-label="About this question">
        {about}
        <section aria-labelledby="attempts">
          <h2 id="attempts" className="text-xl font-semibold">
            Your attempts
          </h2>
          <AttemptList attempts={attempts} />
        </section>
      </aside>
    </div>
  );
}

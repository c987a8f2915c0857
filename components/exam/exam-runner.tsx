'use client';
// A timed practice exam: one question at a time, a navigator with answered and flagged marks, a clock that
// can be hidden, answers saved to the server as they are given, and a submit when time is up. The clock
// shown is the server's deadline (offset by the server's time at render): the server refuses late answers.
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useReducer, useRef, useState, type ReactNode } from 'react';
import { QuestionBody } from '@/components/quiz/question-body';
import type { ExamAnswerInput, SaveResult } from '@/lib/exam-server/exam';
import type { Question } from '@/lib/quiz/types';
import { examReducer, formatClock, isAnswered, type ExamState } from './exam-state';
import { SaveStamps, saveStatusFor } from './save-stamps';
import { type FinishResult } from './finish-retry';
import { SubmitBox } from './submit-box';
import { useFinishRetry } from './use-finish-retry';

// CodeMirror and the validation worker load only when a definition question is on screen.
const ExamDefinitionEditor = dynamic(() => import('./exam-definition-editor').then((m) => m.ExamDefinitionEditor), {
  ssr: false,
  loading: () => (
    <p role="status" className="mt-3 text-muted">
      Loading the editor…
    </p>
  ),
});

export interface ExamQuestion {
  position: number;
  title: string;
  /** A quiz question, or a scenario's requirement and starting definition. */
  question?: Question;
  scenario?: { prompt: ReactNode; starter: string; executionType: 'STANDARD' | 'EXPRESS' };
}

export interface ExamRunnerProps {
  attemptId: string;
  title: string;
  questions: ExamQuestion[];
  saved: Record<number, { answer?: ExamAnswerInput; flagged: boolean }>;
  /** The newest stamp the server stored per question: this page's stamps continue above them. */
  stamps?: Record<number, number>;
  deadlineMs: number;
  serverNowMs: number;
  save: (input: unknown) => Promise<SaveResult>;
  finish: (attemptId: unknown) => Promise<FinishResult>;
}

export function ExamRunner({ attemptId, title, questions, saved, stamps = {}, deadlineMs, serverNowMs, save, finish }: ExamRunnerProps) {
  const [state, dispatch] = useReducer(examReducer, undefined, (): ExamState => ({
    index: 0,
    answers: Object.fromEntries(Object.entries(saved).map(([p, s]) => [p, s.answer])),
    flags: Object.fromEntries(Object.entries(saved).map(([p, s]) => [p, s.flagged])),
    clockHidden: false,
    save: { status: 'idle' },
  }));
  // The browser's clock may be wrong: count down from the server's deadline using the offset at render.
  const [offset] = useState(() => serverNowMs - Date.now());
  // Each save carries the change's stamp, so one that arrives after a newer one is not applied (issue 16).
  const [stamper] = useState(() => new SaveStamps(stamps, () => Date.now() + offset));
  const [left, setLeft] = useState(() => Math.max(0, Math.ceil((deadlineMs - serverNowMs) / 1000)));
  const timers = useRef<Record<number, ReturnType<typeof setTimeout>>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const current = questions[state.index] as ExamQuestion;

  // Submitting, with backoff while the server cannot be reached (finish-retry.ts): the tick starts it once at
  // 0:00; from then on the controller's own timer retries, not the tick.
  const finishing = useFinishRetry(attemptId, finish);
  // Answers still waiting out their typing pause, and saves on their way: submitting first sends the one and
  // waits for the other, so an edit made just before Submit (or before 0:00) is counted, not dropped.
  const pending = useRef<Record<number, ExamAnswerInput>>({});
  const inflight = useRef(new Set<Promise<void>>());

  useEffect(() => heading.current?.focus(), [state.index]);

  const send = useCallback(
    (body: { position: number } & Record<string, unknown>) => {
      dispatch({ type: 'save', status: 'saving' });
      const seq = stamper.next(body.position);
      const saving = save({ attemptId, ...body, seq })
        .then((r) => {
          const next = saveStatusFor(r, stamper.isLatest(body.position, seq));
          if (next) dispatch(next);
        })
        .catch(() => dispatch({ type: 'save', status: 'failed', message: 'Not saved: the server could not be reached.' }));
      inflight.current.add(saving);
      void saving.finally(() => inflight.current.delete(saving));
    },
    [attemptId, save, stamper],
  );

  const answer = (position: number, value: ExamAnswerInput, delayMs = 0) => {
    dispatch({ type: 'answer', position, answer: value });
    clearTimeout(timers.current[position]);
    pending.current[position] = value;
    timers.current[position] = setTimeout(() => {
      delete pending.current[position];
      send({ position, answer: value });
    }, delayMs);
  };

  const submitNow = finishing.submit;
  const submit = useCallback(async () => {
    for (const [position, value] of Object.entries(pending.current)) {
      clearTimeout(timers.current[Number(position)]);
      send({ position: Number(position), answer: value });
    }
    pending.current = {};
    await Promise.allSettled([...inflight.current]);
    submitNow();
  }, [send, submitNow]);

  useEffect(() => {
    const tick = () => {
      const seconds = Math.max(0, Math.ceil((deadlineMs - (Date.now() + offset)) / 1000));
      setLeft(seconds);
      if (seconds === 0 && finishing.state.status === 'idle') void submit();
    };
    const id = setInterval(tick, 1000);
    return () => clearInterval(id);
  }, [deadlineMs, offset, submit, finishing.state.status]);

  const over = left === 0 || finishing.state.status !== 'idle';
  const q = current.question;
  const value = state.answers[current.position];
  const answeredCount = questions.filter((x) => isAnswered(state.answers[x.position])).length;
  const flaggedCount = questions.filter((x) => state.flags[x.position]).length;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,46rem)_minmax(0,1fr)]">
      <div className="min-w-0">
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded-xl border border-border bg-surface px-4 py-2">
          <p className="font-semibold">{title}</p>
          <div className="flex items-center gap-3">
            {state.clockHidden ? (
              <span className="text-sm text-muted">Clock hidden</span>
            ) : (
              <span role="timer" aria-label="Time left" className={`text-lg font-bold tabular-nums ${left <= 60 ? 'text-danger' : ''}`}>
                {formatClock(left)}
              </span>
            )}
            <button type="button" className="rounded-md border border-border px-2 py-1 text-sm" onClick={() => dispatch({ type: 'toggle-clock' })} aria-pressed={state.clockHidden}>
              {state.clockHidden ? 'Show the clock' : 'Hide the clock'}
            </button>
          </div>
        </div>
        {/* A screen reader hears the last minute once, not every second. */}
        <p className="sr-only" aria-live="polite">
          {left === 60 ? 'One minute left.' : left === 0 ? 'Time is up. Submitting your answers.' : ''}
        </p>

        <article className="rounded-xl border border-border bg-surface p-4 sm:p-6" aria-labelledby="exam-q-heading" data-position={current.position} data-item-id={q?.itemId} data-seed={q?.seed}>
          <p className="text-sm text-muted">
            Question {state.index + 1} of {questions.length}
            {q ? ` · ${q.category === 'cost' ? 'Cost' : 'Concept'}` : ' · Scenario'}
          </p>
          <h2 id="exam-q-heading" ref={heading} tabIndex={-1} className="mt-1 text-xl font-semibold">
            {current.title}
          </h2>
          {q ? <QuestionBody question={q} /> : <div className="prose mt-3 text-base">{current.scenario?.prompt}</div>}
          <fieldset className="mt-4" disabled={over}>
            <legend className="sr-only">Your answer</legend>
            {q?.options && (
              <div className="space-y-2">
                {q.options.map((o) => {
                  const multiple = q.type === 'multiple';
                  const keys = value?.kind === 'choice' ? value.keys : [];
                  const checked = keys.includes(o.key);
                  return (
                    <label key={o.key} className={`flex cursor-pointer gap-3 rounded-lg border px-3 py-2 ${checked ? 'border-accent bg-surface-2' : 'border-border'}`}>
                      <input
                        type={multiple ? 'checkbox' : 'radio'}
                        name={`q-${current.position}`}
                        checked={checked}
                        onChange={() => answer(current.position, { kind: 'choice', keys: multiple ? (checked ? keys.filter((k) => k !== o.key) : [...keys, o.key].sort()) : [o.key] })}
                      />
                      <span>
                        <span className="font-semibold">{o.key.toUpperCase()}.</span> {o.text}
                        {o.detail && <span className="mt-1 block text-sm text-muted">{o.detail}</span>}
                      </span>
                    </label>
                  );
                })}
              </div>
            )}
            {q?.numeric && (
              <label className="block">
                <span className="text-sm font-medium">Your answer ({q.numeric.unitLabel})</span>
                <input
                  className="mt-1 block w-full max-w-xs rounded-lg border border-border bg-surface px-3 py-2"
                  inputMode="decimal"
                  placeholder={q.numeric.placeholder}
                  value={value?.kind === 'numeric' ? value.text : ''}
                  onChange={(e) => answer(current.position, { kind: 'numeric', text: e.target.value }, 500)}
                />
              </label>
            )}
            {(q?.restructure || current.scenario) && (
              <ExamDefinitionEditor
                key={current.position}
                initialText={value?.kind === 'definition' ? value.text : (q?.restructure?.definition ?? current.scenario?.starter ?? '')}
                executionType={current.scenario?.executionType ?? 'STANDARD'}
                readOnly={over}
                onChange={(text) => answer(current.position, { kind: 'definition', text }, 800)}
              />
            )}
          </fieldset>
          <div className="mt-4 flex flex-wrap items-center gap-2">
            <button type="button" className="rounded-lg border border-border px-3 py-2" disabled={state.index === 0} onClick={() => dispatch({ type: 'go', index: state.index - 1 })}>
              Previous
            </button>
            <button type="button" className="rounded-lg border border-border px-3 py-2" disabled={state.index === questions.length - 1} onClick={() => dispatch({ type: 'go', index: state.index + 1 })}>
              Next
            </button>
            <button
              type="button"
              aria-pressed={!!state.flags[current.position]}
              disabled={over}
              className="rounded-lg border border-border px-3 py-2"
              onClick={() => {
                const flagged = !state.flags[current.position];
                dispatch({ type: 'flag', position: current.position, flagged });
                send({ position: current.position, flagged });
              }}
            >
              {state.flags[current.position] ? 'Unflag' : 'Flag for later'}
            </button>
          </div>
          <p role="status" className="mt-2 min-h-5 text-sm text-muted">
            {state.save.status === 'saving' ? 'Saving…' : state.save.status === 'saved' ? 'Answer saved.' : state.save.status === 'superseded' ? state.save.message : state.save.message ? <span className="text-danger">{state.save.message}</span> : null}
          </p>
        </article>
      </div>

      <aside className="min-w-0 space-y-4" aria-label="Exam navigator">
        <nav aria-label="Questions" className="rounded-xl border border-border bg-surface p-4">
          <p className="text-sm text-muted">
            {answeredCount} of {questions.length} answered · {flaggedCount} flagged
          </p>
          <ol className="mt-3 flex flex-wrap gap-1.5">
            {questions.map((x, i) => {
              const done = isAnswered(state.answers[x.position]);
              const flagged = !!state.flags[x.position];
              return (
                <li key={x.position}>
                  <button
                    type="button"
                    onClick={() => dispatch({ type: 'go', index: i })}
                    aria-current={i === state.index ? 'step' : undefined}
                    aria-label={`Question ${i + 1}, ${done ? 'answered' : 'not answered'}${flagged ? ', flagged' : ''}`}
                    className={`relative h-9 min-w-9 rounded-md border px-2 text-sm font-semibold tabular-nums ${i === state.index ? 'border-accent bg-accent text-on-accent' : done ? 'border-accent text-accent' : 'border-border text-muted'}`}
                  >
                    {i + 1}
                    {flagged && <span aria-hidden="true" className="absolute -right-1 -top-1 text-xs">⚑</span>}
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
        <SubmitBox state={finishing.state} now={finishing.now} timeUp={left === 0} onSubmit={() => void submit()} />
      </aside>
    </div>
  );
}

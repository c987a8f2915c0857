'use client';

import dynamic from 'next/dynamic';
import { useId, type Dispatch, type FormEvent, type ReactNode } from 'react';
import type { QuizAction, Entry } from './quiz-state';
import { InlineText } from './inline-text';
import { QuestionBody } from './question-body';

// The editor (CodeMirror) loads only for restructure questions.
const RestructureEditor = dynamic(() => import('./restructure-editor').then((m) => m.RestructureEditor), {
  ssr: false,
  loading: () => <p role="status" className="mt-3 text-muted">Loading the editor…</p>,
});

interface Props {
  entry: Entry;
  dispatch: Dispatch<QuizAction>;
  onSubmit: () => void;
  /** "Question 2 of 10", lesson link... */
  header: ReactNode;
  /** Shown under the form once the question is answered (the result, or "answer saved"). */
  children?: ReactNode;
  examMode: boolean;
  /** The page's own heading already names the item (single-item page): keep the card's for screen readers only. */
  titleHidden?: boolean;
}

/** One question: the prompt, the options (or a number box, or an editor) and the submit button. */
export function QuestionCard({ entry, dispatch, onSubmit, header, children, examMode, titleHidden }: Props) {
  const id = useId();
  const q = entry.question;
  const locked = entry.status === 'submitting' || entry.status === 'graded';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const errorId = `${id}-error`;
  const multiple = q.type === 'multiple';
  const count = q.options?.length ?? 0;

  return (
    <article aria-labelledby={`${id}-title`} className="rounded-2xl border border-border bg-surface p-4 shadow-sm sm:p-7" data-item-id={q.itemId} data-seed={q.seed}>
      <header>
        <div className="text-sm text-muted">{header}</div>
        <h2 id={`${id}-title`} tabIndex={-1} className={titleHidden ? 'sr-only' : 'mt-1 text-2xl font-bold tracking-tight'}>
          {q.title}
        </h2>
      </header>
      <QuestionBody question={q} />

      <form onSubmit={submit} className="mt-5" noValidate>
        {q.options && (
          <fieldset aria-describedby={entry.error ? errorId : undefined}>
            <legend className="mb-2 font-semibold">{multiple ? 'Choose every right option' : q.type === 'cheapest-design' ? 'Which design costs least?' : 'Choose one answer'}</legend>
            <div className="space-y-2">
              {q.options.map((option) => {
                const checked = entry.draft.keys.includes(option.key);
                return (
                  <label
                    key={option.key}
                    className={`flex cursor-pointer gap-3 rounded-xl border px-3 py-3 transition-colors ${
                      checked ? 'border-accent bg-accent-soft' : 'border-border hover:border-accent'
                    } ${locked ? 'cursor-default' : ''}`}
                  >
                    <input
                      type={multiple ? 'checkbox' : 'radio'}
                      name={`${id}-option`}
                      value={option.key}
                      checked={checked}
                      disabled={locked}
                      onChange={() => dispatch({ type: 'choose', key: option.key })}
                      className="mt-1 h-4 w-4 shrink-0 accent-[var(--accent)]"
                    />
                    <span className="min-w-0 flex-1 [overflow-wrap:anywhere]">
                      <span className="mr-2 inline-flex h-6 min-w-6 items-center justify-center rounded-md border border-border px-1 text-xs font-semibold text-muted">
                        {option.key.toUpperCase()}
                      </span>
                      <span className="font-medium">
                        <InlineText text={option.text} />
                      </span>
                      {option.detail && <span className="mt-1 block text-[0.95rem] text-muted">{option.detail}</span>}
                      {option.code && (
                        <details className="mt-2" onClick={(e) => e.stopPropagation()}>
                          <summary className="cursor-pointer text-sm text-accent">Show its definition</summary>
                          <pre className="mt-1 max-h-64 overflow-auto rounded-lg bg-[var(--code-bg)] p-3 text-[0.75rem]" tabIndex={0} aria-label={`Definition of design ${option.key.toUpperCase()}`}>
                            <code>{option.code}</code>
                          </pre>
                        </details>
                      )}
                    </span>
                  </label>
                );
              })}
            </div>
          </fieldset>
        )}

        {q.numeric && (
          <div>
            <label htmlFor={`${id}-number`} className="font-semibold">
              Your answer <span className="font-normal text-muted">({q.numeric.unitLabel})</span>
            </label>
            <div className="mt-2 flex max-w-sm items-center gap-2">
              {q.numeric.unit === 'usd' && <span aria-hidden="true" className="text-lg text-muted">$</span>}
              <input
                id={`${id}-number`}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                spellCheck={false}
                value={entry.draft.number}
                disabled={locked}
                placeholder={q.numeric.placeholder}
                aria-invalid={entry.error ? true : undefined}
                aria-describedby={entry.error ? errorId : undefined}
                onChange={(e) => dispatch({ type: 'type-number', text: e.target.value })}
                className="w-full rounded-lg border border-border bg-bg px-3 py-2 text-lg tabular-nums focus:border-accent"
              />
            </div>
          </div>
        )}

        {q.restructure && (
          <div>
            <dl className="mb-3 grid gap-x-4 text-[0.95rem] sm:grid-cols-[auto_1fr]">
              <dt className="text-muted">Input of every run</dt>
              <dd className="break-all font-mono text-[0.8rem]">{q.restructure.input.length > 160 ? `${q.restructure.input.slice(0, 160)}…` : q.restructure.input}</dd>
            </dl>
            <RestructureEditor
              initialText={entry.draft.definition}
              readOnly={locked}
              onChange={(text) => dispatch({ type: 'edit-definition', text })}
              onSubmit={onSubmit}
            />
            <details className="mt-3">
              <summary className="cursor-pointer text-sm text-accent">Hints</summary>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-[0.95rem]">
                {q.restructure.hints.map((hint) => (
                  <li key={hint}>
                    <InlineText text={hint} />
                  </li>
                ))}
              </ul>
            </details>
          </div>
        )}

        {entry.error && (
          <p id={errorId} role="alert" className="mt-3 font-medium text-danger">
            {entry.error}
          </p>
        )}

        {!locked && (
          <div className="mt-5 flex flex-wrap items-center gap-x-4 gap-y-2">
            <button type="submit" className="btn btn-primary">
              {examMode ? (entry.status === 'answered' ? 'Update answer' : 'Save answer') : q.restructure ? 'Run and grade' : 'Check answer'}
            </button>
            <p className="text-sm text-muted">
              {q.options
                ? `Keys: 1–${count} or A–${String.fromCharCode(64 + count)} to choose${multiple ? ' (again to clear)' : ''}, Enter to ${examMode ? 'save' : 'check'}.`
                : q.restructure
                  ? 'Ctrl+Enter (⌘+Enter) in the editor to run and grade.'
                  : 'Enter to check.'}
            </p>
          </div>
        )}
        {entry.status === 'submitting' && (
          <p role="status" className="mt-4 flex items-center gap-2 text-muted">
            <span className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-accent border-t-transparent" aria-hidden="true" />
            {q.restructure ? 'Running your machine and pricing a month of runs…' : 'Checking…'}
          </p>
        )}
      </form>
      {children}
    </article>
  );
}

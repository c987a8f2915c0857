'use client';
// "Submit": the server grades every case, visible and hidden, records its own verdict and answers what the
// learner may see (hidden cases are named once they pass).
import Link from 'next/link';
import { useActionState, useEffect, useRef } from 'react';
import { RequestIds } from '../site/request-ids';
import { CaseBadge, ChecksList } from './verdict-parts';
import { initialSubmitState, type SubmitState } from './submit-state';

export type SubmitAction = (previous: SubmitState, formData: FormData) => Promise<SubmitState>;

const timeFormat = new Intl.DateTimeFormat('en', { timeStyle: 'short' });

export function SubmitPanel({ scenarioId, getDefinition, action, hasErrors }: { scenarioId: string; getDefinition: () => string; action: SubmitAction; hasErrors: boolean }) {
  const [state, formAction, pending] = useActionState(action, initialSubmitState);
  // One id per submission, re-sent if the same definition is sent again before a verdict came back (issue 16).
  const requestIds = useRef<RequestIds | null>(null);
  useEffect(() => {
    if (state.status === 'graded') requestIds.current?.settle(scenarioId);
  }, [state, scenarioId]);
  const errors = state.status === 'invalid' ? [state.message, ...Object.values(state.fieldErrors).flat()] : state.status === 'error' ? [state.message] : [];

  return (
    <section className="sb-panel" aria-labelledby="submit-heading">
      <h2 id="submit-heading" className="sb-h2">
        Submit
      </h2>
      <p className="sb-hint">The server runs every case, the hidden ones too, and records the result on your practice page.</p>
      <form
        action={(formData) => {
          const definition = getDefinition();
          requestIds.current ??= new RequestIds();
          formData.set('definition', definition);
          formData.set('requestId', requestIds.current.idFor(scenarioId, definition));
          formAction(formData);
        }}
        className="mt-2 flex flex-wrap items-center gap-3"
      >
        <input type="hidden" name="scenarioId" value={scenarioId} />
        <button type="submit" className="sb-btn sb-btn-primary" disabled={pending || hasErrors} aria-describedby={hasErrors ? 'submit-blocked' : undefined}>
          {pending ? 'Grading on the server…' : 'Submit for grading'}
        </button>
        {hasErrors && (
          <span id="submit-blocked" className="sb-hint">
            Fix the problems in the definition first.
          </span>
        )}
      </form>
      <div role="status" aria-live="polite" className="mt-3" data-testid="submit-status">
        {pending && (
          <p>
            <span className="sc-spinner" aria-hidden="true" /> Grading every case on the server…
          </p>
        )}
        {!pending && state.status === 'graded' && <ServerVerdict state={state} />}
      </div>
      {errors.length > 0 && (
        <ul role="alert" className="mt-3 text-danger">
          {errors.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ServerVerdict({ state }: { state: Extract<SubmitState, { status: 'graded' }> }) {
  const { verdict } = state;
  const passed = verdict.cases.filter((c) => c.passed).length;
  return (
    <div className="grid gap-3">
      <p className={verdict.passed ? 'font-semibold text-success' : 'font-semibold'}>
        {verdict.passed ? 'Every case passed. ' : ''}
        {state.repeated ? 'This submission was already recorded' : 'Submission recorded'} at {timeFormat.format(new Date(state.createdAt))}: {passed} of {verdict.cases.length} cases
        passed, score {verdict.score}%.{' '}
        <Link href="/practice">See it on your practice page</Link>.
      </p>
      {/* Sent again (a retry after a timeout, a second click): the server answered the verdict it already had and recorded nothing new. */}
      {state.repeated && <p className="sb-hint">It was sent again, so it was not graded or counted a second time.</p>}
      {verdict.diagnostics && <p>The definition is not valid: {verdict.diagnostics[0]?.message}</p>}
      <ol className="sc-cases" aria-label="Server verdict by case">
        {verdict.cases.map((c, i) => (
          <li key={i} className="sc-case" data-passed={String(c.passed)}>
            <div className="sc-case-head">
              <h3 className="sb-h3" style={{ margin: 0 }}>
                {c.name}
                {!c.visible && <span className="sb-hint"> (hidden)</span>}
              </h3>
              <CaseBadge result={c} />
            </div>
            <p className="sc-feedback">{c.feedback}</p>
            {c.checks.length > 0 && <ChecksList checks={c.checks} />}
          </li>
        ))}
      </ol>
    </div>
  );
}

'use client';
// "Submit the exam" and what became of it: grading, the server out of reach and the next try counting
// down ("Submitting… retrying in 4 s", with "Try now"), or why it cannot be submitted.
import { describeFinish, type FinishState } from './finish-retry';

export function SubmitBox({ state, now, timeUp, onSubmit }: { state: FinishState; now: number; timeUp: boolean; onSubmit: () => void }) {
  const busy = state.status === 'submitting' || state.status === 'finished';
  const message = describeFinish(state, now);
  return (
    <div className="rounded-xl border border-border bg-surface p-4">
      <button type="button" className="w-full rounded-lg bg-accent px-4 py-2 font-semibold text-on-accent disabled:opacity-50" disabled={busy} onClick={onSubmit}>
        {busy ? 'Submitting and grading…' : state.status === 'waiting' ? 'Try now' : state.status === 'failed' ? 'Try again' : 'Submit the exam'}
      </button>
      <p role="status" data-testid="exam-submit-status" className={`mt-2 min-h-5 text-sm ${state.status === 'waiting' || state.status === 'failed' ? 'text-danger' : 'text-muted'}`}>
        {state.status !== 'idle' && timeUp && state.status !== 'finished' ? 'Time is up. ' : ''}
        {message}
      </p>
    </div>
  );
}

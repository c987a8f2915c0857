'use client';
// An exam whose time ran out while nobody was looking: grade it now (a Server Action, not the page's
// render), retrying with backoff while the server cannot be reached, and show the result.
import { useEffect } from 'react';
import type { FinishResult } from './finish-retry';
import { SubmitBox } from './submit-box';
import { useFinishRetry } from './use-finish-retry';

export function AutoFinish({ attemptId, finish }: { attemptId: string; finish: (id: unknown) => Promise<FinishResult> }) {
  const { state, now, submit } = useFinishRetry(attemptId, finish);
  // The controller exists after the hook's effect; this effect runs after it, once.
  useEffect(() => submit(), [submit]);
  return (
    <div className="max-w-md">
      <p className="mb-3">Time is up for this exam: your answers saved before the deadline are being graded.</p>
      <SubmitBox state={state} now={now} timeUp onSubmit={submit} />
    </div>
  );
}

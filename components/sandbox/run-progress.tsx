'use client';
// How far a long run has got: items processed out of the total while a Distributed Map runs (a real
// progress bar), and the parent's state transitions so far.
import type { RunState } from './state/run-state';

const n = (x: number) => x.toLocaleString('en-US');
export const transitions = (count: number) => `${n(count)} state ${count === 1 ? 'transition' : 'transitions'}`;

export function RunProgress({ run }: { run: Extract<RunState, { status: 'running' }> }) {
  const m = run.mapRun;
  return (
    <span className="sb-progress" data-testid="run-progress">
      {m ? (
        <>
          <progress aria-label={`Map Run ${m.stateName}: items processed`} value={m.itemsProcessed} max={Math.max(1, m.totalItems)} />
          <span data-testid="map-run-progress">
            {m.stateName}: {n(m.itemsProcessed)} of {n(m.totalItems)} items processed
          </span>
          <span className="sb-hint">· {transitions(run.transitions)} in the parent</span>
        </>
      ) : (
        <>
          <progress aria-label="Run in progress" />
          <span>{transitions(run.transitions)} so far</span>
        </>
      )}
    </span>
  );
}

'use client';
// How far a long run has got: items processed out of the total while a Distributed Map runs (a real
// progress bar), and the parent's state transitions so far.
import type { RunState } from './Sandbox';

export function RunProgress({ run }: { run: Extract<RunState, { status: 'running' }> }) {
  const m = run.mapRun;
  const n = (x: number) => x.toLocaleString('en-US');
  return (
    <span className="sb-progress" data-testid="run-progress">
      {m ? (
        <>
          <progress aria-label={`Map Run ${m.stateName}: items processed`} value={m.itemsProcessed} max={Math.max(1, m.totalItems)} />
          <span data-testid="map-run-progress">
            {m.stateName}: {n(m.itemsProcessed)} of {n(m.totalItems)} items processed
          </span>
          <span className="sb-hint">· {n(run.transitions)} transitions</span>
        </>
      ) : (
        <>
          <progress aria-label="Run in progress" />
          <span>{n(run.transitions)} transitions so far</span>
        </>
      )}
    </span>
  );
}

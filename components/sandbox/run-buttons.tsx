'use client';
// Run and Cancel, and why Run is disabled. The same buttons sit under the run settings on a wide screen
// and in the bar above the panes on a phone.
import { useId } from 'react';
import type { RunBlocker } from './state/selectors';
import type { RunState } from './state/run-state';

const BLOCKED: Record<NonNullable<RunBlocker>, string> = {
  checking: 'Checking the definition…',
  definition: 'Fix the definition’s problems to run it.',
  faults: 'Fix the simulated faults to run it.',
};

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export interface RedriveControl {
  /** undefined: no stopped run; null: redrivable; text: why not. */
  block: string | null | undefined;
  onRedrive: () => void;
}

export function RunButtons({
  run,
  blocker,
  onRun,
  onCancel,
  compact = false,
  redrive,
}: {
  run: RunState;
  blocker: RunBlocker;
  onRun: () => void;
  onCancel: () => void;
  compact?: boolean;
  redrive?: RedriveControl;
}) {
  const running = run.status === 'running';
  const redriveHint = useId();
  return (
    <>
      <button type="button" className="sb-btn sb-btn-primary" onClick={onRun} disabled={blocker !== null || running} aria-keyshortcuts="Control+Enter Meta+Enter">
        Run{' '}
        {!compact && (
          <span className="sb-hint" style={{ color: 'inherit', opacity: 0.85 }} suppressHydrationWarning>
            ({isMac() ? '⌘' : 'Ctrl'}+Enter)
          </span>
        )}
      </button>
      <button type="button" className="sb-btn sb-btn-danger" onClick={onCancel} disabled={!running}>
        Cancel
      </button>
      {/* RedriveExecution: offered once a run stopped FAILED, TIMED_OUT or ABORTED. */}
      {redrive && redrive.block !== undefined && !running && (
        <>
          <button
            type="button"
            className="sb-btn"
            onClick={redrive.onRedrive}
            disabled={redrive.block !== null}
            aria-describedby={redrive.block !== null ? redriveHint : undefined}
          >
            Redrive
          </button>
          {redrive.block !== null && !compact && (
            <span className="sb-hint" id={redriveHint}>
              {redrive.block}
            </span>
          )}
          {redrive.block !== null && compact && (
            <span className="sb-sr-only" id={redriveHint}>
              {redrive.block}
            </span>
          )}
        </>
      )}
      {blocker !== null && !running && (
        <span className={blocker === 'checking' ? 'sb-hint' : 'sb-hint sb-blocked'} data-testid="run-blocked">
          {BLOCKED[blocker]}
        </span>
      )}
    </>
  );
}

'use client';
// Run and Cancel, and why Run is disabled. The same buttons sit under the run settings on a wide screen
// and in the bar above the panes on a phone.
import type { RunBlocker } from './state/selectors';
import type { RunState } from './state/run-state';

const BLOCKED: Record<NonNullable<RunBlocker>, string> = {
  checking: 'Checking the definition…',
  definition: 'Fix the definition’s problems to run it.',
  faults: 'Fix the simulated faults to run it.',
};

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function RunButtons({ run, blocker, onRun, onCancel, compact = false }: { run: RunState; blocker: RunBlocker; onRun: () => void; onCancel: () => void; compact?: boolean }) {
  const running = run.status === 'running';
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
      {blocker !== null && !running && (
        <span className={blocker === 'checking' ? 'sb-hint' : 'sb-hint sb-blocked'} data-testid="run-blocked">
          {BLOCKED[blocker]}
        </span>
      )}
    </>
  );
}

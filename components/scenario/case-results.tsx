'use client';
// The visible cases: what each one sets up, and after a run whether it passed, why not, and its history.
import type { ScenarioCase } from '../../lib/content/scenario-schema';
import type { CaseVerdict } from '../../lib/grading/types';
import { formatElapsed } from '../sandbox/lib/history-rows';
import { HistoryTable } from '../sandbox/result/history-table';
import type { RunView } from '../sandbox/result/run-view';
import { CaseBadge, ChecksList } from './verdict-parts';
import type { LocalRun } from './workbench-state';

export interface CaseResultsProps {
  cases: ScenarioCase[];
  local: LocalRun;
  stale: boolean;
  openCase: number | null;
  historyOpen: boolean;
  onToggleHistory: (index: number) => void;
  view: RunView;
  step: number;
  onStep: (step: number) => void;
}

function summary(local: LocalRun): string {
  switch (local.status) {
    case 'idle':
      return 'Not run yet.';
    case 'running':
      return 'Running the visible cases in your browser…';
    case 'cancelled':
      return 'Stopped.';
    case 'error':
      return local.message;
    case 'done': {
      const { verdict } = local;
      const passed = verdict.cases.filter((c) => c.passed).length;
      if (verdict.diagnostics) return `The definition is not valid, so no case ran (${verdict.diagnostics.length} problem${verdict.diagnostics.length === 1 ? '' : 's'}).`;
      return `${passed} of ${verdict.cases.length} visible case${verdict.cases.length === 1 ? '' : 's'} passed (${Math.round(verdict.ms)} ms).`;
    }
  }
}

export function CaseResults({ cases, local, stale, openCase, historyOpen, onToggleHistory, view, step, onStep }: CaseResultsProps) {
  const verdict = local.status === 'done' ? local.verdict : undefined;
  return (
    <div>
      <p role="status" aria-live="polite" data-testid="cases-summary" className={local.status === 'error' ? 'sb-error' : undefined}>
        {local.status === 'running' && <span className="sc-spinner" aria-hidden="true" />} {summary(local)}
        {stale && local.status === 'done' && <span className="sb-hint"> You changed the definition since: run the cases again.</span>}
      </p>
      <ol className="sc-cases">
        {cases.map((c, i) => {
          const result: CaseVerdict | undefined = verdict?.cases[i];
          const open = historyOpen && openCase === i && result?.run !== undefined;
          const panelId = `case-${i}-history`;
          return (
            <li key={c.name} className="sc-case" data-passed={result ? String(result.passed) : undefined}>
              <div className="sc-case-head">
                <h3 className="sb-h3" style={{ margin: 0 }}>
                  {c.name}
                </h3>
                <CaseBadge result={result} />
              </div>
              {result ? (
                <p className="sc-feedback">{result.feedback}</p>
              ) : (
                <p className="sb-hint">{c.when}.</p>
              )}
              {result && result.checks.length > 0 && <ChecksList checks={result.checks} />}
              {result?.run && (
                <button type="button" className="sb-btn sb-btn-small" aria-expanded={open} aria-controls={panelId} onClick={() => onToggleHistory(i)}>
                  {open ? 'Hide the history' : `Show the history (${result.run.events.length} events)`}
                </button>
              )}
              {open && result?.run && (
                <div id={panelId} className="sc-history">
                  <p className="sb-hint">
                    Ended {result.run.status}
                    {result.run.error ? ` with ${result.run.error}` : ''} after {result.run.billing.stateTransitions} state transitions and{' '}
                    {formatElapsed(result.run.billing.durationMs)} of simulated time. Pick an event to see the graph at that point.
                  </p>
                  <HistoryTable rows={view.rows} current={step} onPick={onStep} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

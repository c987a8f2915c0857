'use client';
// Status, timeline, and the tabs: history, inspector, output, cost.
import { useId, useState } from 'react';
import { isBudgetStop } from '../../../lib/engine/budget';
import type { ExecutionResult, StateTrace } from '../../../lib/engine/types';
import { formatElapsed } from '../lib/history-rows';
import { RunProgress, transitions } from '../run-progress';
import type { RunState, Staleness } from '../state/run-state';
import { panelId, tabId, TabList } from '../tab-list';
import { BillView } from './bill-view';
import { HistoryTable } from './history-table';
import { Inspector } from './inspector';
import { JsonBlock } from './json-block';
import { MapRunView } from './map-run-view';
import type { RunView } from './run-view';

type Tab = 'history' | 'inspector' | 'output' | 'bill';
const TABS: readonly (readonly [Tab, string])[] = [
  ['history', 'History'],
  ['inspector', 'Inspector'],
  ['output', 'Output'],
  ['bill', 'Cost'],
];

export interface ResultPanelProps {
  run: RunState;
  view: RunView;
  step: number;
  onStep: (step: number) => void;
  selectedLabel: string | undefined;
  selectedVisits: StateTrace[];
  onDownloadHistory: () => void;
  /** The results belong to an earlier definition, input or settings than the ones on screen. */
  staleness?: Staleness;
}

const n = (x: number) => x.toLocaleString('en-US');

export function statusText(run: RunState): string {
  switch (run.status) {
    case 'idle':
      return 'Not run yet.';
    case 'running':
      // On a slow phone the engine's first load takes seconds: say so rather than look stuck.
      return run.engineStarted ? 'Running…' : 'Starting the engine…';
    case 'cancelled':
      return 'Run cancelled.';
    case 'error':
      return run.message;
    case 'done': {
      const r = run.response;
      if (r.problems) return `The run could not start: ${r.problems.join(' ')}`;
      const res = r.result!;
      const children = (res.mapRuns ?? []).reduce((sum, m) => sum + m.executionCounts.total, 0);
      const plus = children ? ` (plus ${n(children)} child ${children === 1 ? 'execution' : 'executions'} in Map Runs)` : '';
      if (isBudgetStop(res)) return `Stopped after ${transitions(res.billing.stateTransitions)}: ${res.cause}`;
      const said = `Execution ${res.status.toLowerCase().replace('_', ' ')}${res.error ? ` with ${res.error}` : ''} after ${transitions(res.billing.stateTransitions)}${plus}.`;
      return r.notice ? `${said} ${r.notice}` : said;
    }
  }
}

const STALE: Record<NonNullable<Staleness>, string> = {
  definition: 'the definition',
  input: 'the input',
  settings: 'the run settings',
};

/** What the simulated clock says, and why it says 0 ms when it does. */
function durationText(result: ExecutionResult): string {
  const d = formatElapsed(result.billing.durationMs);
  if (result.billing.durationMs > 0) return `Simulated duration ${d}`;
  return 'Simulated duration 0 ms: the simulated clock moves only for service calls, Waits and retry intervals (Pass, Choice, Succeed and Fail states take no time)';
}

export function ResultPanel(p: ResultPanelProps) {
  const [tab, setTab] = useState<Tab>('history');
  const ids = useId().replace(/:/g, '');
  const result = p.run.status === 'done' ? p.run.response.result : undefined;
  const response = p.run.status === 'done' ? p.run.response : undefined;
  const rows = p.view.rows;
  const current = rows[p.step];
  const stale = p.staleness ?? null;

  return (
    <div className={`sb-panel sb-result${stale ? ' sb-result-stale' : ''}`} data-stale={stale ?? undefined}>
      <h2 className="sb-h2">Result</h2>
      <div role="status" aria-live="polite" aria-atomic="true" className="sb-status" data-testid="run-status">
        {result && <span className={`sb-badge sb-badge-${result.status}`}>{result.status}</span>}
        {p.run.status === 'running' && <span className="sb-badge sb-badge-RUNNING">RUNNING</span>}
        <span>{statusText(p.run)}</span>
      </div>
      {stale && (
        <p className="sb-stale" data-testid="result-stale">
          <strong>Earlier run.</strong> These results belong to an earlier version of {STALE[stale]}; run again to see what this one does.
        </p>
      )}
      {p.run.status === 'running' && (
        <div className="sb-result-progress">
          <RunProgress run={p.run} />
        </div>
      )}
      {result?.error && (
        <dl className="sb-hint sb-error-detail">
          <dt>Error: </dt>
          <dd className="sb-error">{result.error}</dd>
          {result.cause !== undefined && (
            <>
              <dt>Cause: </dt>
              <dd>{result.cause}</dd>
            </>
          )}
        </dl>
      )}
      {response?.wallMs !== undefined && result && (
        <p className="sb-hint" data-testid="run-duration">
          {durationText(result)} · ran in {n(response.wallMs)} ms in your browser
          {!result.events.length ? ' · history not recorded' : ''}
        </p>
      )}
      {result?.mapRuns && result.mapRuns.length > 0 && <MapRunView runs={result.mapRuns} />}

      {rows.length > 0 && (
        <div className="sb-timeline">
          <label htmlFor={`${ids}-timeline`} className="sb-field">
            Timeline: step through the run event by event
          </label>
          <div className="sb-timeline-row">
            <button type="button" className="sb-btn sb-btn-small" onClick={() => p.onStep(Math.max(0, p.step - 1))} disabled={p.step <= 0} aria-label="Previous event">
              ◀
            </button>
            <input
              id={`${ids}-timeline`}
              type="range"
              min={0}
              max={rows.length - 1}
              value={p.step}
              onChange={(e) => p.onStep(Number(e.target.value))}
              aria-valuetext={current ? `Event ${current.id} of ${rows.length}: ${current.type}${current.step ? ` in ${current.step}` : ''}` : undefined}
            />
            <button
              type="button"
              className="sb-btn sb-btn-small"
              onClick={() => p.onStep(Math.min(rows.length - 1, p.step + 1))}
              disabled={p.step >= rows.length - 1}
              aria-label="Next event"
            >
              ▶
            </button>
          </div>
          <p className="sb-hint" data-testid="timeline-position">
            Event {current?.id} of {rows.length}: <strong>{current?.type}</strong>
            {current?.step ? ` · ${current.step}` : ''} · {formatElapsed(current?.elapsedMs ?? 0)}
          </p>
        </div>
      )}

      <TabList tabs={TABS} selected={tab} onSelect={setTab} idPrefix={ids} label="Run details" />
      <div role="tabpanel" id={panelId(ids, tab)} aria-labelledby={tabId(ids, tab)} tabIndex={0} className="sb-tabpanel">
        {tab === 'history' &&
          (result ? (
            <>
              <div className="sb-toolbar">
                <button type="button" className="sb-btn sb-btn-small" onClick={p.onDownloadHistory}>
                  Download history (JSON)
                </button>
              </div>
              <HistoryTable rows={rows} current={p.step} onPick={p.onStep} />
            </>
          ) : (
            <p className="sb-hint">Run the state machine to see its events.</p>
          ))}
        {tab === 'inspector' && <Inspector stateLabel={p.selectedLabel} visits={p.selectedVisits} currentEventId={current?.id} />}
        {tab === 'output' &&
          (result ? (
            <JsonBlock value={result.status === 'SUCCEEDED' ? result.output : { error: result.error, cause: result.cause }} label="Execution output" />
          ) : (
            <p className="sb-hint">No output yet.</p>
          ))}
        {tab === 'bill' && <BillView bill={response?.bill} error={response?.billError} />}
      </div>
    </div>
  );
}

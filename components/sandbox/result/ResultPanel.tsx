'use client';
// Status, timeline, and the tabs: history, inspector, bill.
import { useState } from 'react';
import type { StateTrace } from '../../../lib/engine/types';
import { formatElapsed } from '../lib/history-rows';
import type { RunState } from '../Sandbox';
import { BillView } from './BillView';
import { HistoryTable } from './HistoryTable';
import { Inspector } from './Inspector';
import { JsonBlock } from './JsonBlock';
import { MapRunView } from './MapRunView';
import type { RunView } from './run-view';

type Tab = 'history' | 'inspector' | 'output' | 'bill';

export interface ResultPanelProps {
  run: RunState;
  view: RunView;
  step: number;
  onStep: (step: number) => void;
  selectedLabel: string | undefined;
  selectedVisits: StateTrace[];
  onDownloadHistory: () => void;
}

function statusText(run: RunState): string {
  switch (run.status) {
    case 'idle':
      return 'Not run yet.';
    case 'running':
      return 'Running…';
    case 'cancelled':
      return 'Run cancelled.';
    case 'error':
      return `The run could not start: ${run.message}`;
    case 'done': {
      const r = run.response;
      if (r.problems) return `The run could not start: ${r.problems.join(' ')}`;
      const res = r.result!;
      const children = (res.mapRuns ?? []).reduce((sum, m) => sum + m.executionCounts.total, 0);
      const plus = children ? ` (plus ${children.toLocaleString('en-US')} child executions in Map Runs)` : '';
      return `Execution ${res.status.toLowerCase().replace('_', ' ')}${res.error ? ` with ${res.error}` : ''} after ${res.billing.stateTransitions.toLocaleString('en-US')} state transitions${plus}.`;
    }
  }
}

export function ResultPanel(p: ResultPanelProps) {
  const [tab, setTab] = useState<Tab>('history');
  const result = p.run.status === 'done' ? p.run.response.result : undefined;
  const response = p.run.status === 'done' ? p.run.response : undefined;
  const rows = p.view.rows;
  const current = rows[p.step];
  const tabs: [Tab, string][] = [
    ['history', 'Event history'],
    ['inspector', 'State inspector'],
    ['output', 'Output'],
    ['bill', 'Cost'],
  ];

  return (
    <div className="sb-panel">
      <h2 className="sb-h2">Result</h2>
      <div role="status" aria-live="polite" aria-atomic="true" className="sb-status" data-testid="run-status">
        {result && <span className={`sb-badge sb-badge-${result.status}`}>{result.status}</span>}
        {p.run.status === 'running' && <span className="sb-badge sb-badge-RUNNING">RUNNING</span>}
        <span>{statusText(p.run)}</span>
      </div>
      {result?.error && (
        <dl className="sb-hint" style={{ margin: '0.4rem 0' }}>
          <dt style={{ display: 'inline', fontWeight: 600 }}>Error: </dt>
          <dd style={{ display: 'inline', margin: 0 }} className="sb-error">
            {result.error}
          </dd>
          {result.cause !== undefined && (
            <>
              <br />
              <dt style={{ display: 'inline', fontWeight: 600 }}>Cause: </dt>
              <dd style={{ display: 'inline', margin: 0 }}>{result.cause}</dd>
            </>
          )}
        </dl>
      )}
      {response?.wallMs !== undefined && result && (
        <p className="sb-hint">
          Simulated duration {formatElapsed(result.billing.durationMs)} · ran in {response.wallMs.toLocaleString('en-US')} ms in your browser
          {response.result && !response.result.events.length ? ' · history not recorded' : ''}
        </p>
      )}
      {result?.mapRuns && result.mapRuns.length > 0 && <MapRunView runs={result.mapRuns} />}
      {response?.diagnostics && response.diagnostics.length > 0 && (
        <ul className="sb-error">
          {response.diagnostics.map((d, i) => (
            <li key={i}>{d.message}</li>
          ))}
        </ul>
      )}

      {rows.length > 0 && (
        <div className="sb-timeline">
          <label htmlFor="sb-timeline-slider" className="sb-field">
            Timeline: step through the run event by event
          </label>
          <div className="sb-timeline-row">
            <button type="button" className="sb-btn sb-btn-small" onClick={() => p.onStep(Math.max(0, p.step - 1))} disabled={p.step <= 0} aria-label="Previous event">
              ◀
            </button>
            <input
              id="sb-timeline-slider"
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

      <div role="tablist" aria-label="Run details" className="sb-tabs">
        {tabs.map(([id, label]) => (
          <button
            key={id}
            role="tab"
            type="button"
            id={`sb-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`sb-tabpanel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className="sb-tab"
            onClick={() => setTab(id)}
            onKeyDown={(e) => {
              const i = tabs.findIndex(([t]) => t === tab);
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                const next = tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]![0];
                setTab(next);
                document.getElementById(`sb-tab-${next}`)?.focus();
              }
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`sb-tabpanel-${tab}`} aria-labelledby={`sb-tab-${tab}`} tabIndex={0}>
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
        {tab === 'output' && (result ? <JsonBlock value={result.status === 'SUCCEEDED' ? result.output : { error: result.error, cause: result.cause }} label="Execution output" /> : <p className="sb-hint">No output yet.</p>)}
        {tab === 'bill' && <BillView bill={response?.bill} error={response?.billError} />}
      </div>
    </div>
  );
}

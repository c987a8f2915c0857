'use client';
// The Map Run page of the console, in short: per Distributed Map, how its items and child executions ended
// (statuses with nothing in them are left out), and how many child histories the sandbox kept (the rest are
// only counted and billed).
import type { MapRunCounts, MapRunSummary } from '../../../lib/engine/types';

const COLUMNS: [keyof MapRunCounts, string][] = [
  ['succeeded', 'Succeeded'],
  ['failed', 'Failed'],
  ['timedOut', 'Timed out'],
  ['aborted', 'Aborted'],
  ['pending', 'Pending'],
  ['running', 'Running'],
  ['total', 'Total'],
];

const n = (x: number) => x.toLocaleString('en-US');

export function MapRunView({ runs }: { runs: MapRunSummary[] }) {
  return (
    <div data-testid="map-runs">
      {runs.map((r) => (
        <section key={r.mapRunArn} aria-label={`Map Run of ${r.stateName}`} className="sb-maprun">
          <h3 style={{ fontSize: '0.95rem', margin: '0.5rem 0 0.25rem' }}>
            Map Run: {r.label ?? r.stateName} <span className={`sb-badge sb-badge-${r.status}`}>{r.status}</span>
          </h3>
          <p className="sb-hint">
            {r.executionType === 'EXPRESS' ? 'Express' : 'Standard'} child executions · max concurrency {r.maxConcurrency === 0 ? 'not set' : n(r.maxConcurrency)} · tolerated failures{' '}
            {r.toleratedFailurePercentage}% / {n(r.toleratedFailureCount)}
            {r.error ? ` · ${r.error}${r.cause ? `: ${r.cause}` : ''}` : ''}
          </p>
          {/* One row per status and a column each for items and children: it stays three columns wide on a phone. */}
          <div className="sb-table-wrap">
            <table className="sb-table sb-table-compact">
              <caption className="sb-sr-only">Items and child executions of the Map Run of {r.stateName}</caption>
              <thead>
                <tr>
                  <th scope="col">Status</th>
                  <th scope="col" className="sb-num">
                    Items
                  </th>
                  <th scope="col" className="sb-num">
                    Child executions
                  </th>
                </tr>
              </thead>
              <tbody>
                {COLUMNS.filter(([key]) => key === 'total' || r.itemCounts[key] > 0 || r.executionCounts[key] > 0).map(([key, label]) => (
                  <tr key={key} className={key === 'total' ? 'sb-row-total' : undefined}>
                    <th scope="row">{label}</th>
                    <td className="sb-num">{n(r.itemCounts[key])}</td>
                    <td className="sb-num">{n(r.executionCounts[key])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="sb-hint">
            Histories kept for {n(r.childHistoriesKept)} of {n(r.executionCounts.total)} child executions (the first {n(r.childHistoriesLimit)}; the others are counted and billed only).
          </p>
        </section>
      ))}
    </div>
  );
}

'use client';
// The Map Run page of the console, in short: per Distributed Map, how its items and child executions ended,
// and how many child histories the sandbox kept (the rest are only counted and billed).
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
          <div className="sb-table-wrap">
            <table className="sb-table">
              <caption className="sb-sr-only">Items and child executions of the Map Run of {r.stateName}</caption>
              <thead>
                <tr>
                  <th scope="col">Counts</th>
                  {COLUMNS.map(([key, label]) => (
                    <th key={key} scope="col">
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {(
                  [
                    ['Items', r.itemCounts],
                    ['Child executions', r.executionCounts],
                  ] as const
                ).map(([label, counts]) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    {COLUMNS.map(([key]) => (
                      <td key={key} className="sb-num">
                        {n(counts[key])}
                      </td>
                    ))}
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

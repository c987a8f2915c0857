'use client';
// The event history as the console shows it. Long histories are shown a page at a time; the page holding
// the timeline's current event is the one on screen. On a phone each row wraps into a small card (id and
// type, then step and time, then details) instead of five columns cut off at the edge (sandbox.css).
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatElapsed, type HistoryRow } from '../lib/history-rows';
import { JsonBlock } from './json-block';

const PAGE = 200;

export function HistoryTable({ rows, current, onPick }: { rows: HistoryRow[]; current: number; onPick: (index: number) => void }) {
  // The page the learner picked, for as long as the timeline stays on the event it was picked at; moving
  // the timeline shows the page of the new current event again.
  const [picked, setPicked] = useState<{ page: number; at: number } | null>(null);
  const page = picked !== null && picked.at === current ? picked.page : Math.floor(current / PAGE);
  const setPage = (p: number) => setPicked({ page: p, at: current });
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const currentRow = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    currentRow.current?.scrollIntoView({ block: 'nearest' });
  }, [current, page]);
  const visible = useMemo(() => rows.slice(page * PAGE, page * PAGE + PAGE), [rows, page]);
  if (!rows.length) return <p className="sb-hint">No events were recorded for this run.</p>;
  return (
    <div>
      {pages > 1 && (
        <div className="sb-toolbar" role="group" aria-label="History pages">
          <button type="button" className="sb-btn sb-btn-small" disabled={page === 0} onClick={() => setPage(page - 1)}>
            Previous {PAGE}
          </button>
          <span className="sb-hint">
            Events {page * PAGE + 1}–{Math.min(rows.length, (page + 1) * PAGE)} of {rows.length.toLocaleString('en-US')}
          </span>
          <button type="button" className="sb-btn sb-btn-small" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
            Next {PAGE}
          </button>
        </div>
      )}
      <div className="sb-table-wrap">
        <table className="sb-table sb-history">
          <caption className="sb-sr-only">Execution event history</caption>
          <thead>
            <tr>
              <th scope="col">ID</th>
              <th scope="col">Type</th>
              <th scope="col">Step</th>
              <th scope="col">Elapsed</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((r, i) => {
              const index = page * PAGE + i;
              const cls = [r.kind === 'fail' ? 'sb-row-fail' : '', index === current ? 'sb-row-current' : '', index > current ? 'sb-row-future' : ''].join(' ');
              return (
                <tr key={r.id} className={cls} ref={index === current ? currentRow : undefined} aria-current={index === current ? 'step' : undefined}>
                  <td className="sb-num sb-h-id">
                    <button type="button" className="sb-btn sb-btn-small" onClick={() => onPick(index)} aria-label={`Go to event ${r.id}, ${r.type}`}>
                      {r.id}
                    </button>
                  </td>
                  <td className="sb-h-type">{r.type}</td>
                  <td className="sb-h-step">{r.step}</td>
                  <td className="sb-num sb-h-elapsed" title={r.timestamp}>
                    {formatElapsed(r.elapsedMs)}
                  </td>
                  <td className="sb-h-details">
                    {Object.keys(r.details).length > 0 ? (
                      <details className="sb-details">
                        <summary>Details</summary>
                        <JsonBlock value={r.details} />
                      </details>
                    ) : (
                      <span className="sb-hint">–</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

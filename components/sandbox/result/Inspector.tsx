'use client';
// What each data-flow step did to one visit of one state, from the engine's StateTrace.
import { useEffect, useMemo, useState } from 'react';
import type { StateTrace } from '../../../lib/engine/types';
import { JsonBlock } from './JsonBlock';

const STEPS: [keyof StateTrace, string][] = [
  ['input', 'State input'],
  ['afterInputPath', 'After InputPath'],
  ['afterParameters', 'After Parameters / Arguments'],
  ['result', 'Result'],
  ['afterResultSelector', 'After ResultSelector'],
  ['afterResultPath', 'After ResultPath'],
  ['output', 'State output'],
  ['variables', 'Variables'],
];

export function Inspector({ stateLabel, visits, currentEventId }: { stateLabel: string | undefined; visits: StateTrace[]; currentEventId: number | undefined }) {
  // Default to the latest visit that had started by the timeline's current event.
  const defaultVisit = useMemo(() => {
    if (currentEventId === undefined) return Math.max(0, visits.length - 1);
    let best = 0;
    visits.forEach((v, i) => {
      if (v.enteredEventId !== undefined && v.enteredEventId <= currentEventId) best = i;
    });
    return best;
  }, [visits, currentEventId]);
  const [chosen, setChosen] = useState(defaultVisit);
  useEffect(() => setChosen(defaultVisit), [defaultVisit]);

  if (!stateLabel) return <p className="sb-hint">Select a state in the graph (or put the cursor in it in the editor) to see its data flow.</p>;
  if (!visits.length) return <p className="sb-hint">{stateLabel} was not reached in this run, or the run did not record traces.</p>;
  const visit = visits[Math.min(chosen, visits.length - 1)]!;
  // Each step is compared with the value it was computed from, so "unchanged" shows which fields did nothing.
  const basis: Partial<Record<keyof StateTrace, unknown>> = {
    afterInputPath: visit.input,
    afterParameters: visit.afterInputPath ?? visit.input,
    afterResultSelector: visit.result,
    output: visit.afterResultPath ?? visit.afterParameters ?? visit.afterInputPath ?? visit.input,
  };
  return (
    <div>
      <div className="sb-toolbar">
        <h3 className="sb-h3">
          {visit.stateName} <span className="sb-hint">({visit.stateType})</span>
        </h3>
        {visits.length > 1 && (
          <label className="sb-field" style={{ gridAutoFlow: 'column', alignItems: 'center' }}>
            Visit
            <select value={chosen} onChange={(e) => setChosen(Number(e.target.value))}>
              {visits.map((v, i) => (
                <option key={i} value={i}>
                  {i + 1} of {visits.length}
                  {v.path.some((p) => typeof p === 'number') ? ` (${v.path.filter((p) => typeof p === 'number').join('/')})` : ''}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p className="sb-hint">
        Outcome: <strong>{visit.outcome}</strong>
        {visit.retries ? `, after ${visit.retries} ${visit.retries === 1 ? 'retry' : 'retries'}` : ''}
        {visit.error ? ` · ${visit.error}${visit.cause ? `: ${visit.cause}` : ''}` : ''}
        {visit.next ? ` · next: ${visit.next}` : ''}
      </p>
      <div className="sb-steps">
        {STEPS.filter(([key]) => visit[key] !== undefined).map(([key, title]) => {
          const value = visit[key];
          const same = key in basis && JSON.stringify(value) === JSON.stringify(basis[key]);
          return (
            <section key={key} className="sb-step" aria-label={title}>
              <h4>
                {title} {same && <span className="sb-unchanged">(unchanged)</span>}
              </h4>
              <JsonBlock value={value} label={title} />
            </section>
          );
        })}
      </div>
    </div>
  );
}

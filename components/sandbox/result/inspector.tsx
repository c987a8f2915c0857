'use client';
// What each data-flow step did to one visit of one state, from the engine's StateTrace.
import { useMemo, useState } from 'react';
import type { StateTrace } from '../../../lib/engine/types';
import { inspectorSteps } from '../lib/inspector-steps';
import { JsonBlock } from './json-block';

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
  // The visit the learner picked holds until the timeline moves to a different default visit.
  const [picked, setPicked] = useState<{ visit: number; over: number } | null>(null);
  const chosen = picked !== null && picked.over === defaultVisit ? picked.visit : defaultVisit;
  const setChosen = (visit: number) => setPicked({ visit, over: defaultVisit });

  if (!stateLabel) return <p className="sb-hint">Select a state in the graph (or put the cursor in it in the editor) to see its data flow.</p>;
  if (!visits.length) return <p className="sb-hint">{stateLabel} was not reached in this run, or the run did not record traces.</p>;
  const visit = visits[Math.min(chosen, visits.length - 1)]!;
  const steps = inspectorSteps(visit);
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
        {steps.map(({ key, title, value, unchanged }) => (
          <section key={key} className="sb-step" aria-label={title}>
            <h4>
              {title} {unchanged && <span className="sb-unchanged">(unchanged)</span>}
            </h4>
            <JsonBlock value={value} label={title} />
          </section>
        ))}
      </div>
    </div>
  );
}

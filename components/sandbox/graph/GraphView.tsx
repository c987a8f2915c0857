'use client';
// The state machine drawn as the console draws it: Start and End, boxes for states, nested boxes for
// Parallel branches and Map iterations, labelled Choice edges, dashed Catch edges. Plain SVG: every state is
// a focusable button, and a text list of states and transitions stands beside it for screen readers.
import { useEffect, useId, useMemo, useState } from 'react';
import { describeGraph, END_ID, START_ID, type GraphModel } from '../lib/graph-model';
import type { OutcomeMap, Outcome } from '../lib/outcomes';
import type { Box, Layout, Line } from './elk-graph';
import { layoutGraph } from './layout';

export interface GraphViewProps {
  model: GraphModel;
  outcomes?: OutcomeMap;
  selectedId?: string | undefined;
  activeId?: string | undefined;
  onSelect?: (id: string) => void;
}

const OUTCOME_LABEL: Record<Outcome | 'notReached', string> = {
  running: 'in progress',
  succeeded: 'succeeded',
  retried: 'succeeded after retries',
  caught: 'failed, error caught',
  failed: 'failed',
  notReached: 'not reached',
};

function pathOf(points: Line['points']): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
}

export function GraphView({ model, outcomes, selectedId, activeId, onSelect }: GraphViewProps) {
  const [layout, setLayout] = useState<Layout | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [showText, setShowText] = useState(false);
  const uid = useId().replace(/:/g, '');
  const ran = outcomes !== undefined;

  useEffect(() => {
    let live = true;
    layoutGraph(model).then(
      (l) => live && (setLayout(l), setError(null)),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [model]);

  const textLines = useMemo(() => describeGraph(model), [model]);
  const outcomeOf = (id: string): Outcome | 'notReached' | undefined => {
    if (!ran || id === START_ID || id === END_ID) return undefined;
    return outcomes.get(id)?.outcome ?? 'notReached';
  };

  const containers = layout?.boxes.filter((b) => b.kind === 'parallel' || b.kind === 'map' || b.kind === 'branch').sort((a, b) => a.depth - b.depth) ?? [];
  const leaves = layout?.boxes.filter((b) => !(b.kind === 'parallel' || b.kind === 'map' || b.kind === 'branch')) ?? [];

  const stateButton = (b: Box, children: React.ReactNode) => {
    const outcome = outcomeOf(b.id);
    const visits = outcomes?.get(b.id);
    const clickable = b.kind !== 'start' && b.kind !== 'end' && b.kind !== 'branch';
    const label = `${b.label}${b.stateType ? `, ${b.stateType} state` : ''}${outcome ? `, ${OUTCOME_LABEL[outcome]}` : ''}${
      visits && visits.retries ? `, ${visits.retries} ${visits.retries === 1 ? 'retry' : 'retries'}` : ''
    }`;
    return (
      <g
        key={b.id}
        data-node-id={b.id}
        data-outcome={outcome}
        className={`sb-node sb-node-${b.kind}${outcome ? ` sb-out-${outcome}` : ''}${b.id === selectedId ? ' sb-selected' : ''}${b.id === activeId ? ' sb-active' : ''}`}
        {...(clickable
          ? {
              role: 'button',
              tabIndex: 0,
              'aria-label': label,
              'aria-pressed': b.id === selectedId,
              onClick: () => onSelect?.(b.id),
              onKeyDown: (e: React.KeyboardEvent) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect?.(b.id);
                }
              },
            }
          : { 'aria-hidden': true })}
      >
        <title>{label}</title>
        {children}
      </g>
    );
  };

  return (
    <div className="sb-graph">
      <div className="sb-graph-toolbar">
        <button type="button" className="sb-btn sb-btn-small" aria-expanded={showText} aria-controls={`${uid}-text`} onClick={() => setShowText((s) => !s)}>
          {showText ? 'Hide' : 'Show'} states as text
        </button>
        {ran && <Legend />}
      </div>
      <div id={`${uid}-text`} className={showText ? 'sb-graph-text' : 'sb-sr-only'}>
        <h3 className="sb-h3">States and transitions</h3>
        <ul>
          {textLines.map((l) => {
            const outcome = outcomeOf(l.id);
            return (
              <li key={l.id} style={{ marginLeft: `${l.depth * 1.25}rem` }}>
                {l.text}
                {outcome ? ` (${OUTCOME_LABEL[outcome]})` : ''}
              </li>
            );
          })}
        </ul>
      </div>
      {error && <p className="sb-error">The graph could not be drawn: {error}</p>}
      {layout && (
        <div className="sb-graph-canvas">
          <svg
            role="group"
            aria-label="State machine graph"
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            width={layout.width}
            height={layout.height}
            style={{ maxWidth: '100%', height: 'auto' }}
          >
            <defs>
              {['next', 'catch', 'active'].map((k) => (
                <marker key={k} id={`${uid}-arrow-${k}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                  <path d="M0 0 L10 5 L0 10 z" className={`sb-arrow sb-arrow-${k}`} />
                </marker>
              ))}
            </defs>
            {containers.map((b) =>
              stateButton(
                b,
                <>
                  <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={b.kind === 'branch' ? 6 : 10} className="sb-box" />
                  <text x={b.x + 12} y={b.y + (b.kind === 'branch' ? 16 : 18)} className="sb-box-title">
                    {b.label}
                  </text>
                  {b.kind !== 'branch' && (
                    <text x={b.x + 12} y={b.y + 32} className="sb-node-type">
                      {b.kind === 'map' ? 'Map · each item runs these states' : 'Parallel · branches run together'}
                    </text>
                  )}
                </>,
              ),
            )}
            <g aria-hidden="true">
              {layout.lines.map((l) => (
                <path
                  key={l.id}
                  d={pathOf(l.points)}
                  className={`sb-edge sb-edge-${l.kind}`}
                  markerEnd={`url(#${uid}-arrow-${l.kind === 'catch' ? 'catch' : 'next'})`}
                />
              ))}
              {layout.lines.map(
                (l) =>
                  l.label && (
                    <g key={`${l.id}-label`} className={`sb-edge-label sb-edge-label-${l.kind}`}>
                      <rect x={l.label.x} y={l.label.y} width={l.label.width} height={l.label.height} rx={4} />
                      <text x={l.label.x + l.label.width / 2} y={l.label.y + 13} textAnchor="middle">
                        {l.label.text}
                      </text>
                    </g>
                  ),
              )}
            </g>
            {leaves.map((b) =>
              stateButton(
                b,
                b.kind === 'start' || b.kind === 'end' ? (
                  <>
                    <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={b.height / 2} className="sb-terminal" />
                    <text x={b.x + b.width / 2} y={b.y + 19} textAnchor="middle" className="sb-terminal-text">
                      {b.label}
                    </text>
                  </>
                ) : (
                  <>
                    <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={8} className="sb-state" />
                    <text x={b.x + b.width / 2} y={b.y + 22} textAnchor="middle" className="sb-node-name">
                      {b.label}
                    </text>
                    <text x={b.x + b.width / 2} y={b.y + 39} textAnchor="middle" className="sb-node-type">
                      {b.stateType}
                      {outcomes?.get(b.id)?.retries ? ` · ${outcomes.get(b.id)!.retries}× retried` : ''}
                    </text>
                  </>
                ),
              ),
            )}
          </svg>
        </div>
      )}
    </div>
  );
}

function Legend() {
  const items: [string, string][] = [
    ['succeeded', 'Succeeded'],
    ['retried', 'Retried'],
    ['caught', 'Caught'],
    ['failed', 'Failed'],
    ['running', 'In progress'],
    ['notReached', 'Not reached'],
  ];
  return (
    <ul className="sb-legend" aria-label="Colour key">
      {items.map(([k, text]) => (
        <li key={k}>
          <span className={`sb-swatch sb-out-${k}`} aria-hidden="true" />
          {text}
        </li>
      ))}
    </ul>
  );
}

'use client';
// The state machine drawn as the console draws it: Start and End, boxes for states, nested boxes for
// Parallel branches and Map iterations, labelled Choice edges, dashed Catch edges. Plain SVG on a canvas that
// pans and zooms (mouse, touch, keyboard; use-pan-zoom.ts) and keeps the state being looked at in view.
// Every state is a focusable button, and a text list of states and transitions stands beside it for screen
// readers. The layout runs in a worker (layout.ts).
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { describeGraph, END_ID, START_ID, type GraphModel } from '../lib/graph-model';
import type { OutcomeMap, Outcome } from '../lib/outcomes';
import type { Box, Layout, Line } from './elk-graph';
import { layoutGraph } from './layout';
import { usePanZoom } from './use-pan-zoom';

export interface GraphViewProps {
  model: GraphModel;
  /** What happened to each state in the run on screen (undefined before a run). */
  outcomes?: OutcomeMap | undefined;
  selectedId?: string | undefined;
  /** The state of the timeline's current event: highlighted and kept in view. */
  activeId?: string | undefined;
  onSelect?: (id: string) => void;
  /** The colours come from a run of an earlier version of the definition. */
  stale?: boolean;
}

const n = (x: number) => x.toLocaleString('en-US');

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

export function GraphView({ model, outcomes, selectedId, activeId, onSelect, stale = false }: GraphViewProps) {
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

  const boxes = useMemo(() => new Map(layout?.boxes.map((b) => [b.id, b]) ?? []), [layout]);
  const focusId = activeId ?? selectedId;
  const focusBox = focusId !== undefined ? boxes.get(focusId) : undefined;
  const { view, controller, dragging, bindCanvas, handlers } = usePanZoom(
    layout ? { width: layout.width, height: layout.height } : null,
    boxes.get(START_ID),
    focusBox && layout ? { key: `${focusBox.id}@${layout.width}x${layout.height}`, rect: focusBox } : undefined,
  );

  const textLines = useMemo(() => describeGraph(model), [model]);
  const outcomeOf = (id: string): Outcome | 'notReached' | undefined => {
    if (!ran || id === START_ID || id === END_ID) return undefined;
    return outcomes.get(id)?.outcome ?? 'notReached';
  };

  const containers = layout?.boxes.filter((b) => b.kind === 'parallel' || b.kind === 'map' || b.kind === 'branch').sort((a, b) => a.depth - b.depth) ?? [];
  const leaves = layout?.boxes.filter((b) => !(b.kind === 'parallel' || b.kind === 'map' || b.kind === 'branch')) ?? [];

  const stateButton = (b: Box, children: ReactNode) => {
    const outcome = outcomeOf(b.id);
    const visits = outcomes?.get(b.id);
    const clickable = b.kind !== 'start' && b.kind !== 'end' && b.kind !== 'branch';
    const label = `${b.label}${b.stateType ? `, ${b.stateType} state` : ''}${outcome ? `, ${OUTCOME_LABEL[outcome]}${stale ? ' in the earlier run' : ''}` : ''}${
      visits && visits.retries ? `, ${visits.retries} ${visits.retries === 1 ? 'retry' : 'retries'}` : ''
    }${visits && visits.visits > 1 ? `, entered ${n(visits.visits)} times` : ''}`;
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

  const detail = (b: Box) => {
    const o = outcomes?.get(b.id);
    if (!o) return '';
    return `${o.retries ? ` · ${o.retries}× retried` : ''}${o.visits > 1 ? ` · ×${n(o.visits)}` : ''}`;
  };

  return (
    <div className={`sb-graph${stale ? ' sb-graph-stale' : ''}`}>
      <div className="sb-graph-toolbar">
        <div role="group" aria-label="Zoom" className="sb-zoom">
          <button type="button" className="sb-btn sb-btn-small sb-btn-icon" onClick={() => controller.zoom(1 / 1.25)} aria-label="Zoom out" title="Zoom out (−)">
            −
          </button>
          <span className="sb-zoom-level" aria-live="polite" aria-label={`Zoom ${Math.round(view.scale * 100)} percent`}>
            {Math.round(view.scale * 100)}%
          </span>
          <button type="button" className="sb-btn sb-btn-small sb-btn-icon" onClick={() => controller.zoom(1.25)} aria-label="Zoom in" title="Zoom in (+)">
            +
          </button>
          <button type="button" className="sb-btn sb-btn-small" onClick={() => controller.fit()} title="Fit the whole graph (0)">
            Fit
          </button>
        </div>
        <button type="button" className="sb-btn sb-btn-small" aria-expanded={showText} aria-controls={`${uid}-text`} onClick={() => setShowText((s) => !s)}>
          {showText ? 'Hide' : 'Show'} states as text
        </button>
      </div>
      {ran && <Legend />}
      {stale && ran && (
        <p className="sb-stale-note" data-testid="graph-stale">
          These colours are from a run of an earlier version of the definition.
        </p>
      )}
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
      <div
        ref={bindCanvas}
        className={`sb-graph-canvas${dragging ? ' sb-dragging' : ''}`}
        tabIndex={0}
        role="group"
        aria-label="State machine graph"
        aria-describedby={`${uid}-help`}
        {...handlers}
      >
        <p id={`${uid}-help`} className="sb-sr-only">
          Drag to move the graph, pinch or press Control with the wheel to zoom. Keys: arrows move, plus and minus zoom, 0 fits the whole graph.
        </p>
        {!layout && !error && (
          <p className="sb-hint sb-graph-loading" role="status">
            Drawing the graph…
          </p>
        )}
        {layout && (
          <svg width="100%" height="100%" data-testid="graph-svg">
            <defs>
              {['next', 'catch', 'active'].map((k) => (
                <marker key={k} id={`${uid}-arrow-${k}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                  <path d="M0 0 L10 5 L0 10 z" className={`sb-arrow sb-arrow-${k}`} />
                </marker>
              ))}
            </defs>
            <g
              className="sb-graph-content"
              data-testid="graph-content"
              data-motion={view.smooth ? 'smooth' : 'instant'}
              style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}
            >
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
                        {detail(b)}
                      </text>
                    </>
                  ),
                ),
              )}
            </g>
          </svg>
        )}
      </div>
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

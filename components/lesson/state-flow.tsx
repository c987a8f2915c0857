import { useId } from 'react';

export type FlowState = { name: string; note?: string; kind?: 'task' | 'end' | 'fail' };

type Props = {
  title: string;
  /** The main path, top to bottom; each state transitions to the one below it. */
  states: FlowState[];
  /** An optional side exit from one state of the main path (an error path, a Choice branch). */
  branch?: FlowState & { from: string };
};

const BOX_W = 190;
const BOX_H = 48;
const GAP = 40;
const PAD = 16;
const SIDE_X = PAD + BOX_W + 70;

/** A small static diagram of a state machine, for lessons. Text alternative: the figure caption. */
export function StateFlow({ title, states, branch }: Props) {
  const id = useId();
  const fromIndex = branch ? states.findIndex((s) => s.name === branch.from) : -1;
  const width = PAD * 2 + BOX_W + (fromIndex >= 0 ? 70 + BOX_W : 0);
  const height = PAD * 2 + states.length * BOX_H + (states.length - 1) * GAP;
  const y = (i: number) => PAD + i * (BOX_H + GAP);
  const description =
    states.map((s) => s.name + (s.note ? ` (${s.note})` : '')).join(', then ') +
    (branch && fromIndex >= 0 ? `; from ${branch.from} a run may instead go to ${branch.name}${branch.note ? ` (${branch.note})` : ''}` : '');

  return (
    <figure className="state-flow">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        <defs>
          <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="state-flow__arrowhead" />
          </marker>
        </defs>
        {states.slice(1).map((s, i) => (
          <line
            key={`edge-${s.name}`}
            x1={PAD + BOX_W / 2}
            y1={y(i) + BOX_H}
            x2={PAD + BOX_W / 2}
            y2={y(i + 1) - 2}
            className="state-flow__edge"
            markerEnd={`url(#${id}-arrow)`}
          />
        ))}
        {states.map((s, i) => (
          <Box key={s.name} state={s} x={PAD} y={y(i)} />
        ))}
        {branch && fromIndex >= 0 && (
          <>
            <line
              x1={PAD + BOX_W}
              y1={y(fromIndex) + BOX_H / 2}
              x2={SIDE_X - 2}
              y2={y(fromIndex) + BOX_H / 2}
              className="state-flow__edge state-flow__edge--branch"
              markerEnd={`url(#${id}-arrow)`}
            />
            <Box state={branch} x={SIDE_X} y={y(fromIndex)} />
          </>
        )}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}

function Box({ state, x, y }: { state: FlowState; x: number; y: number }) {
  return (
    <g className={`state-flow__state state-flow__state--${state.kind ?? 'task'}`}>
      <rect x={x} y={y} width={BOX_W} height={BOX_H} rx={10} />
      <text x={x + BOX_W / 2} y={y + (state.note ? 20 : BOX_H / 2 + 5)} textAnchor="middle" className="state-flow__name">
        {state.name}
      </text>
      {state.note && (
        <text x={x + BOX_W / 2} y={y + 37} textAnchor="middle" className="state-flow__note">
          {state.note}
        </text>
      )}
    </g>
  );
}

// Mastery per topic or exam domain as horizontal bars. The SVG has no viewBox: bar widths are percentages
// of its width and text keeps its size, so labels stay readable on a 390 px phone. A table under it
// gives the same figures as text.
import { MASTERY_LEVEL_LABELS, type Mastery } from '@/lib/progress';

export interface MasteryRow extends Mastery {
  key: string;
  label: string;
  /** Shown in the table after the label (an exam domain's weight). */
  detail?: string;
}

const ROW = 40;

function barColour(m: Mastery): string {
  if (m.level === 'strong') return 'var(--success)';
  if (m.level === 'developing') return 'var(--accent)';
  return 'var(--muted)';
}

export function MasteryChart({ rows, title, id }: { rows: MasteryRow[]; title: string; id: string }) {
  const height = rows.length * ROW + 4;
  return (
    <figure aria-labelledby={`${id}-caption`} className="min-w-0">
      <figcaption id={`${id}-caption`} className="font-semibold">
        {title}
      </figcaption>
      <svg
        width="100%"
        height={height}
        role="img"
        aria-label={`${title}: ${rows.map((r) => `${r.label} ${r.percent}%`).join(', ')}`}
        className="mt-2 block overflow-visible"
      >
        {rows.map((r, i) => {
          const y = i * ROW;
          return (
            <g key={r.key}>
              {/* One line of text per row (label and figure together): a second text anchored right would
                  run into a long label on a phone. */}
              <text x="0" y={y + 14} fontSize="12.5" fill="var(--text)">
                {r.label}
                <tspan fill="var(--muted)"> · {r.percent}%</tspan>
              </text>
              <rect x="0" y={y + 21} width="100%" height="10" rx="5" fill="var(--surface-2)" stroke="var(--border)" strokeWidth="0.5" />
              {r.percent > 0 && <rect x="0" y={y + 21} width={`${Math.max(r.percent, 1.5)}%`} height="10" rx="5" fill={barColour(r)} />}
            </g>
          );
        })}
      </svg>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-accent">Show as a table</summary>
        <div className="mt-2 overflow-x-auto">
          <table id={`${id}-table`} className="w-full border-collapse text-left">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-border">
                <th scope="col" className="py-1 pr-3 font-semibold">Subject</th>
                <th scope="col" className="py-1 pr-3 font-semibold">Mastery</th>
                <th scope="col" className="py-1 pr-3 font-semibold">Lessons</th>
                <th scope="col" className="py-1 font-semibold">Practice</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className="border-b border-border">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {r.label}
                    {r.detail && <span className="text-muted"> {r.detail}</span>}
                  </th>
                  <td className="py-1 pr-3 tabular-nums">
                    {r.percent}% ({MASTERY_LEVEL_LABELS[r.level]})
                  </td>
                  <td className="py-1 pr-3 tabular-nums">{r.lessonsTotal ? `${r.lessonsCompleted} of ${r.lessonsTotal}` : 'none'}</td>
                  <td className="py-1 tabular-nums">{r.practiceAnswers ? `${r.practicePercent}% right of ${r.practiceAnswers}` : 'none yet'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

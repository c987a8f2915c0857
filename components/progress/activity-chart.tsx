// Activity per day as stacked columns (lessons, quiz answers, scenario submissions), with a table of the
// same counts. Column positions are percentages of the SVG's width, so it fits any screen.
import { ACTIVITY_KINDS, ACTIVITY_LABELS, type ActivityDay, type ActivityKind } from '@/lib/progress';

const COLOURS: Record<ActivityKind, string> = { lesson: 'var(--success)', quiz: 'var(--accent)', scenario: 'var(--danger)' };
const PLOT = 120;
const TOP = 16;

function shortDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

export function ActivityChart({ days, id }: { days: ActivityDay[]; id: string }) {
  const max = Math.max(1, ...days.map((d) => d.total));
  const slot = 100 / days.length;
  const total = days.reduce((a, d) => a + d.total, 0);
  const title = `Activity in the last ${days.length} days`;
  return (
    <figure aria-labelledby={`${id}-caption`} className="min-w-0">
      <figcaption id={`${id}-caption`} className="font-semibold">
        {title}
      </figcaption>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Legend">
        {ACTIVITY_KINDS.map((k) => (
          <li key={k} className="flex items-center gap-1.5">
            <svg width="12" height="12" aria-hidden="true">
              <rect width="12" height="12" rx="2" fill={COLOURS[k]} />
            </svg>
            {ACTIVITY_LABELS[k]}
          </li>
        ))}
      </ul>
      <svg
        width="100%"
        height={TOP + PLOT + 22}
        role="img"
        aria-label={`${title}: ${days.map((d) => `${d.day} ${d.total}`).join(', ')}`}
        className="mt-2 block overflow-visible"
      >
        <text x="0" y="11" fontSize="11" fill="var(--muted)">
          {max} a day
        </text>
        <line x1="0" x2="100%" y1={TOP + PLOT} y2={TOP + PLOT} stroke="var(--border)" />
        {days.map((d, i) => {
          let y = TOP + PLOT;
          return (
            <g key={d.day}>
              {ACTIVITY_KINDS.map((k) => {
                const h = (d.counts[k] / max) * PLOT;
                if (h === 0) return null;
                y -= h;
                return <rect key={k} x={`${i * slot + slot * 0.15}%`} width={`${slot * 0.7}%`} y={y} height={h} fill={COLOURS[k]} />;
              })}
              {(i % 3 === 0 || i === days.length - 1) && (
                <text x={`${i * slot + slot / 2}%`} y={TOP + PLOT + 16} fontSize="11" fill="var(--muted)" textAnchor="middle">
                  {shortDay(d.day)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <p className="mt-1 text-sm text-muted">{total === 0 ? 'Nothing recorded in these days yet.' : `${total} ${total === 1 ? 'thing' : 'things'} done in these days.`}</p>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-accent">Show as a table</summary>
        <div className="mt-2 overflow-x-auto">
          <table id={`${id}-table`} className="w-full border-collapse text-left">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-border">
                <th scope="col" className="py-1 pr-3 font-semibold">Day</th>
                {ACTIVITY_KINDS.map((k) => (
                  <th key={k} scope="col" className="py-1 pr-3 font-semibold">
                    {ACTIVITY_LABELS[k]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.day} className="border-b border-border">
                  <th scope="row" className="py-1 pr-3 font-normal tabular-nums">{d.day}</th>
                  {ACTIVITY_KINDS.map((k) => (
                    <td key={k} className="py-1 pr-3 tabular-nums">
                      {d.counts[k]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

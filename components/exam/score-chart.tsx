// A bar per row (domain or topic): the share right, drawn in SVG with a text equivalent for screen readers.
export interface ChartRow {
  label: string;
  right: number;
  total: number;
}

export function ScoreChart({ rows, title }: { rows: ChartRow[]; title: string }) {
  const rowHeight = 34;
  const height = rows.length * rowHeight + 8;
  const summary = rows.map((r) => `${r.label}: ${r.right} of ${r.total} right`).join('; ');
  return (
    <figure className="mt-3">
      <svg viewBox={`0 0 600 ${height}`} className="h-auto w-full max-w-2xl" role="img" aria-label={`${title}. ${summary}.`}>
        {rows.map((r, i) => {
          const y = i * rowHeight + 4;
          const share = r.total ? r.right / r.total : 0;
          return (
            <g key={r.label}>
              <text x="0" y={y + 12} fontSize="13" fill="var(--text)">
                {r.label.length > 46 ? `${r.label.slice(0, 45)}…` : r.label}
              </text>
              <rect x="0" y={y + 17} width="520" height="10" rx="5" fill="var(--surface-2)" />
              <rect x="0" y={y + 17} width={Math.max(share * 520, share > 0 ? 6 : 0)} height="10" rx="5" fill={share >= 0.7 ? 'var(--success)' : share >= 0.5 ? 'var(--accent)' : 'var(--danger)'} />
              <text x="530" y={y + 27} fontSize="13" fill="var(--text)">
                {r.right}/{r.total}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="sr-only">{title}</figcaption>
    </figure>
  );
}

import type { DesignReview } from '@/lib/quiz/types';

// Labels sit above their bars so long titles wrap on a phone; the bars scale to the card's width.

/**
 * The designs of a "pick the cheapest" question side by side, one bar each. The scale is logarithmic: an
 * inline Map can cost hundreds of times its remedy, and a linear scale would hide the cheap designs.
 */
export function CostChart({ designs }: { designs: DesignReview[] }) {
  const priced = designs.filter((d) => d.monthlyUsd !== null && d.monthlyUsd > 0).map((d) => d.monthlyUsd as number);
  const max = Math.max(...priced, 0.01);
  const min = Math.min(...priced, max);
  const lo = Math.log10(Math.max(min / 4, 0.0001));
  const hi = Math.log10(max);
  const width = (usd: number | null) => {
    if (usd === null) return 0;
    if (usd <= 0) return 2;
    const span = hi - lo || 1;
    return 6 + 94 * ((Math.log10(usd) - lo) / span);
  };
  const summary = designs.map((d) => `${d.title}: ${d.monthlyUsd === null ? 'fails' : `${d.monthlyDisplay} a month`}`).join('; ');
  return (
    <figure className="mt-5">
      <div role="img" aria-label={`Monthly cost of each design. ${summary}.`} className="space-y-3">
        {designs.map((d) => (
          <div key={d.key}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
              <span className={d.cheapest ? 'font-semibold' : ''}>
                {d.key.toUpperCase()}. {d.title}
              </span>
              <span className="tabular-nums font-medium">{d.monthlyUsd === null ? 'fails: over a limit' : `${d.monthlyDisplay} a month`}</span>
            </div>
            <svg viewBox="0 0 100 8" preserveAspectRatio="none" className="mt-1 block h-3 w-full" aria-hidden="true">
              <rect x="0" y="0" width="100" height="8" rx="2" fill="var(--surface-2)" />
              {d.monthlyUsd === null ? (
                <line x1="1" y1="4" x2="99" y2="4" stroke="var(--danger)" strokeWidth="1.5" strokeDasharray="3 2" vectorEffect="non-scaling-stroke" />
              ) : (
                <rect x="0" y="0" width={width(d.monthlyUsd)} height="8" rx="2" fill={d.cheapest ? 'var(--success)' : 'var(--accent)'} />
              )}
            </svg>
          </div>
        ))}
      </div>
      <figcaption className="mt-2 text-xs text-muted">The bars use a logarithmic scale, so the cheap designs stay visible: a bar a little longer can cost many times more.</figcaption>
    </figure>
  );
}

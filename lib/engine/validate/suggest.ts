/** Edit distance, capped: we only care whether two names are close. */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The candidate closest to `name` (case-insensitive matches first), or undefined when none is close. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    if (c.toLowerCase() === lower) return c;
    // A name cut short ('Backoff' for 'BackoffRate') is as good a hint as a typo.
    if (lower.length >= 4 && c.toLowerCase().startsWith(lower) && bestD > 1) {
      best = c;
      bestD = 1;
      continue;
    }
    const cap = Math.max(2, Math.floor(Math.max(name.length, c.length) / 3));
    const d = distance(lower, c.toLowerCase(), cap);
    if (d <= cap && d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** " Did you mean 'X'?" or an empty string. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const c = closest(name, candidates);
  return c !== undefined && c !== name ? ` Did you mean '${c}'?` : '';
}

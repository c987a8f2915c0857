// RFC 3339 timestamps as AWS accepts them in Choice rules and Wait states: a date, an uppercase 'T', a
// time with optional fraction, and 'Z' or a numeric offset (uppercase 'Z' only).

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-](\d{2}):(\d{2}))$/;

const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** Epoch milliseconds (fractional below a millisecond), or null when the text is not a valid timestamp. */
export function parseTimestamp(text: string): number | null {
  const m = RFC3339.exec(text);
  if (!m) return null;
  const y = +m[1]!, mo = +m[2]!, d = +m[3]!, h = +m[4]!, mi = +m[5]!, s = +m[6]!;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return null;
  let offsetMin = 0;
  if (m[8] !== 'Z') {
    const oh = +m[9]!, om = +m[10]!;
    if (oh > 23 || om > 59) return null;
    offsetMin = (oh * 60 + om) * (m[8]![0] === '-' ? -1 : 1);
  }
  const frac = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
  return Date.UTC(y, mo - 1, d, h, mi, s) - offsetMin * 60_000 + frac;
}

export const isTimestamp = (v: unknown): boolean => typeof v === 'string' && parseTimestamp(v) !== null;

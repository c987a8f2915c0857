// Invocation numbers and ranges as Step Functions Local's mock config writes them: "0", "3", "1-2"
// (inclusive, 0-based). Fault rules also accept an open range "2-" and "*" (every invocation).

export interface InvocationRange {
  from: number;
  /** Inclusive; Infinity for an open range. */
  to: number;
}

export function parseInvocationRange(text: string, allowOpen = false): InvocationRange | string {
  const t = text.trim();
  if (allowOpen && t === '*') return { from: 0, to: Number.POSITIVE_INFINITY };
  const single = /^(\d+)$/.exec(t);
  if (single) return { from: Number(single[1]), to: Number(single[1]) };
  const range = /^(\d+)-(\d+)$/.exec(t);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (to < from) return `"${text}" is an empty range: the second number must not be smaller than the first`;
    return { from, to };
  }
  if (allowOpen) {
    const open = /^(\d+)-$/.exec(t);
    if (open) return { from: Number(open[1]), to: Number.POSITIVE_INFINITY };
  }
  return `"${text}" is not an invocation number or range: write "0", "3" or an inclusive range like "1-2"${allowOpen ? ' (or "2-" for 2 and later, "*" for all)' : ''}`;
}

export function inRange(range: InvocationRange, invocation: number): boolean {
  return invocation >= range.from && invocation <= range.to;
}

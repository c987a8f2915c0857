// The units a numeric answer can be in: how a figure is written and how a typed answer is read back.

import { formatCount, formatUsd } from '../pricing/money';

interface UnitInfo {
  /** Words after a number ("12 state transitions"); empty for money. */
  label: string;
  /** Short form shown beside the input box. */
  short: string;
  /** Typed answers are whole numbers. */
  integer: boolean;
  placeholder: string;
}

export const UNITS = {
  usd: { label: '', short: 'USD', integer: false, placeholder: 'e.g. 12.34' },
  transitions: { label: 'state transitions', short: 'transitions', integer: true, placeholder: 'e.g. 1200' },
  events: { label: 'history events', short: 'events', integer: true, placeholder: 'e.g. 3000' },
  ms: { label: 'ms', short: 'ms', integer: true, placeholder: 'e.g. 1500' },
  seconds: { label: 'seconds', short: 's', integer: false, placeholder: 'e.g. 14' },
  mb: { label: 'MB', short: 'MB', integer: true, placeholder: 'e.g. 256' },
  'gb-seconds': { label: 'GB-seconds', short: 'GB-s', integer: false, placeholder: 'e.g. 1250.5' },
  runs: { label: 'runs', short: 'runs', integer: true, placeholder: 'e.g. 400' },
  executions: { label: 'child executions', short: 'executions', integer: true, placeholder: 'e.g. 25' },
  items: { label: 'items', short: 'items', integer: true, placeholder: 'e.g. 150' },
  attempts: { label: 'attempts', short: 'attempts', integer: true, placeholder: 'e.g. 3' },
} as const satisfies Record<string, UnitInfo>;

export type UnitId = keyof typeof UNITS;
export const UNIT_IDS = Object.keys(UNITS) as UnitId[];

/** A dollar figure as the pricing model writes it: cents from $1 up, four significant digits below. */
export function formatUsdNumber(usd: number): string {
  if (!Number.isFinite(usd)) return String(usd);
  const negative = usd < 0;
  // Micro-dollars are exact enough for any figure a quiz shows, and keep the bigint inside 2^53 first.
  const pico = BigInt(Math.round(Math.abs(usd) * 1e6)) * 1_000_000n;
  return (negative ? '-' : '') + formatUsd(pico);
}

/** A plain number with thousands separators and at most `digits` decimals. */
export function formatNumber(n: number, digits = 3): string {
  if (Number.isInteger(n)) return formatCount(n);
  return n.toLocaleString('en-US', { maximumFractionDigits: digits });
}

export function formatValue(value: number, unit: UnitId): string {
  if (unit === 'usd') return formatUsdNumber(value);
  const info = UNITS[unit];
  return `${formatNumber(value, unit === 'gb-seconds' ? 4 : 3)} ${info.label}`;
}

/**
 * Half a unit of the last digit a figure is written with, so typing back what the result view shows is
 * always accepted ("$0.07505" → 0.000005, "$11.15" → 0.005, "1,300 ms" → 0.5).
 */
export function displayTolerance(value: number, unit: UnitId): number {
  const text = formatValue(value, unit);
  const match = /\.(\d+)/.exec(text.replace(/,/g, ''));
  const decimals = match?.[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals;
}

export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads a typed answer: digits with optional thousands commas, a decimal point, a leading "$" and a
 * trailing unit word. "1,234.5", "$12.30", "1300 ms" and "1300ms" all read.
 */
export function parseNumericAnswer(text: string, unit: UnitId): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Type a number first.' };
  let body = trimmed.replace(/^\$\s*/, '');
  const info = UNITS[unit];
  const words = [info.short, info.label, unit].filter((w) => w.length > 0).map((w) => w.toLowerCase());
  const lower = body.toLowerCase();
  for (const word of words) {
    if (lower.endsWith(word)) {
      body = body.slice(0, body.length - word.length).trim();
      break;
    }
  }
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/.test(body) || !/\d/.test(body)) {
    return { ok: false, message: `“${trimmed}” is not a number. Type digits only, e.g. ${info.placeholder.replace('e.g. ', '')}.` };
  }
  const value = Number(body.replace(/,/g, ''));
  if (!Number.isFinite(value)) return { ok: false, message: 'That number is too large.' };
  if (value < 0) return { ok: false, message: 'The answer cannot be negative.' };
  return { ok: true, value };
}

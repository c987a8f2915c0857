// Money as integer pico-dollars (1e-12 USD) in a bigint. Rates such as $0.0000166667 per GB-second and
// quantities such as 62,500,000 GB-seconds multiply without binary-float drift, and a bill for a billion
// transitions stays exact. Amounts are rounded once, half up, at the end of each line.

export type Pico = bigint;

const SCALE_DIGITS = 12;
const SCALE = 10n ** BigInt(SCALE_DIGITS);

/** Parses a decimal string ("0.025", "1.00", "0.0000166667") into pico-dollars, exactly. */
export function parseUsd(text: string): Pico {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) throw new Error(`not a decimal amount: "${text}"`);
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > SCALE_DIGITS) {
    throw new Error(`"${text}" has more than ${SCALE_DIGITS} decimal places`);
  }
  return BigInt(whole) * SCALE + BigInt(fraction.padEnd(SCALE_DIGITS, '0'));
}

/** a × b ÷ den, rounded half up (all non-negative). */
export function mulDiv(a: bigint, b: bigint, den: bigint): bigint {
  if (den <= 0n) throw new Error('mulDiv: denominator must be positive');
  const product = a * b;
  return (product * 2n + den) / (2n * den);
}

/** Pico-dollars as a JS number of dollars (for JSON); exact enough for display, never used for sums. */
export function toUsdNumber(amount: Pico): number {
  return Number(amount) / Number(SCALE);
}

/** Pico-dollars rounded half up to whole cents, as a number of dollars. */
export function toCents(amount: Pico): number {
  const cents = mulDiv(amount, 1n, SCALE / 100n);
  return Number(cents) / 100;
}

/**
 * A readable dollar figure: cents from one dollar up ("$382.88", "$1,250.00"); below a dollar, four
 * significant digits (at least two decimals), so one run's $0.07505 or $0.000025 keeps its meaning.
 */
export function formatUsd(amount: Pico): string {
  if (amount === 0n) return '$0.00';
  const negative = amount < 0n;
  const abs = negative ? -amount : amount;
  const sign = negative ? '-' : '';
  if (abs >= SCALE) {
    const cents = mulDiv(abs, 1n, SCALE / 100n);
    const dollars = cents / 100n;
    const rest = (cents % 100n).toString().padStart(2, '0');
    return `${sign}$${groupThousands(dollars.toString())}.${rest}`;
  }
  const digits = abs.toString().padStart(SCALE_DIGITS, '0'); // the fraction digits of 0.xxxxxxxxxxxx
  const firstSignificant = digits.search(/[1-9]/);
  const keep = Math.min(SCALE_DIGITS, Math.max(2, firstSignificant + 4));
  const rounded = mulDiv(abs, 1n, 10n ** BigInt(SCALE_DIGITS - keep));
  if (rounded >= 10n ** BigInt(keep)) return `${sign}$1.00`; // 0.99996 rounds up to a dollar
  let fraction = rounded.toString().padStart(keep, '0').replace(/0+$/, '');
  if (fraction.length < 2) fraction = fraction.padEnd(2, '0');
  return `${sign}$0.${fraction}`;
}

/** A rate with enough digits to show what was charged: "$0.0000166667", "$0.025". */
export function formatRate(amount: Pico): string {
  const whole = amount / SCALE;
  const fraction = (amount % SCALE).toString().padStart(SCALE_DIGITS, '0').replace(/0+$/, '');
  const fractionText = fraction.length < 2 ? fraction.padEnd(2, '0') : fraction;
  return `$${groupThousands(whole.toString())}.${fractionText}`;
}

export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** An integer count with thousands separators: 1000000 -> "1,000,000". */
export function formatCount(n: number | bigint): string {
  return groupThousands(n.toString());
}

export const PICO_PER_USD = SCALE;

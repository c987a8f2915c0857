import { describe, expect, it } from 'vitest';
import { displayTolerance, formatUsdNumber, formatValue, parseNumericAnswer } from './units';

describe('parseNumericAnswer', () => {
  it.each([
    ['1,234.5', 'usd', 1234.5],
    ['$12.30', 'usd', 12.3],
    ['$ 0.07505', 'usd', 0.07505],
    ['1300 ms', 'ms', 1300],
    ['1300ms', 'ms', 1300],
    ['  42 ', 'transitions', 42],
    ['128 MB', 'mb', 128],
    ['.5', 'gb-seconds', 0.5],
  ] as const)('reads %s (%s) as %d', (text, unit, expected) => {
    expect(parseNumericAnswer(text, unit)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'usd', /Type a number/],
    ['twelve', 'usd', /not a number/],
    ['1,23', 'usd', /not a number/],
    ['1e5', 'transitions', /not a number/],
    ['-3', 'runs', /cannot be negative/],
    ['12 ms', 'mb', /not a number/],
  ] as const)('refuses %j (%s) with a clear message', (text, unit, message) => {
    const r = parseNumericAnswer(text, unit);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});

describe('formatting', () => {
  it('writes dollars as the pricing model does', () => {
    expect(formatUsdNumber(750.4)).toBe('$750.40');
    expect(formatUsdNumber(0.07505)).toBe('$0.07505');
    expect(formatUsdNumber(0)).toBe('$0.00');
    expect(formatUsdNumber(1234567.891)).toBe('$1,234,567.89');
    expect(formatValue(4165, 'items')).toBe('4,165 items');
    expect(formatValue(162_500, 'gb-seconds')).toBe('162,500 GB-seconds');
  });

  it('accepts what the result view shows: half a unit of the last digit written', () => {
    expect(displayTolerance(750.4, 'usd')).toBeCloseTo(0.005, 12);
    expect(displayTolerance(0.07505, 'usd')).toBeCloseTo(0.000005, 12);
    expect(displayTolerance(1300, 'ms')).toBe(0.5);
  });
});

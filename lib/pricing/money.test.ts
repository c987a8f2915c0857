import { describe, expect, it } from 'vitest';
import { formatRate, formatUsd, mulDiv, parseUsd, toCents } from './money';

describe('money', () => {
  it('parses decimal rates exactly into pico-dollars', () => {
    expect(parseUsd('0.025')).toBe(25_000_000_000n);
    expect(parseUsd('0.0000166667')).toBe(16_666_700n);
    expect(parseUsd('1.00')).toBe(1_000_000_000_000n);
    expect(parseUsd('0.00001667')).toBe(16_670_000n);
  });

  it('rejects text that is not a plain decimal or is finer than a pico-dollar', () => {
    expect(() => parseUsd('1e-5')).toThrow(/not a decimal/);
    expect(() => parseUsd('-1')).toThrow(/not a decimal/);
    expect(() => parseUsd('0.0000000000001')).toThrow(/more than 12 decimal places/);
  });

  it('rounds half up in mulDiv', () => {
    expect(mulDiv(5n, 1n, 10n)).toBe(1n);
    expect(mulDiv(4n, 1n, 10n)).toBe(0n);
    expect(mulDiv(15n, 1n, 10n)).toBe(2n);
  });

  it('formats dollars in cents from $1 and with four significant digits below', () => {
    expect(formatUsd(parseUsd('382.884'))).toBe('$382.88');
    expect(formatUsd(parseUsd('1234567.005'))).toBe('$1,234,567.01');
    expect(formatUsd(parseUsd('0.000025'))).toBe('$0.000025');
    expect(formatUsd(parseUsd('0.07505'))).toBe('$0.07505');
    expect(formatUsd(parseUsd('0.5'))).toBe('$0.50');
    expect(formatUsd(parseUsd('0.0000117746'))).toBe('$0.00001177');
    expect(formatUsd(0n)).toBe('$0.00');
  });

  it('rounds to cents and shows rates with all their digits', () => {
    expect(toCents(parseUsd('202.9694'))).toBe(202.97);
    expect(formatRate(parseUsd('0.0250'))).toBe('$0.025');
    expect(formatRate(parseUsd('1.00'))).toBe('$1.00');
  });
});

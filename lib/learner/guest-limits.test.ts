import { describe, expect, it } from 'vitest';
import { clientAddress, GUEST_CREATION_LIMITS, RATE_LIMIT_KEYS } from './guest-limits';

const headers = (h: Record<string, string>) => new Headers(h);

describe('clientAddress', () => {
  it('takes the last X-Forwarded-For entry: the one the nearest proxy (or next start) saw', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '203.0.113.9' }))).toBe('203.0.113.9');
    expect(clientAddress(headers({ 'x-forwarded-for': '10.0.0.1, 198.51.100.7' }))).toBe('198.51.100.7');
    expect(clientAddress(headers({ 'x-forwarded-for': ' , ' , 'x-real-ip': '192.0.2.4' }))).toBe('192.0.2.4');
    expect(clientAddress(headers({}))).toBe('unknown');
  });
});

describe('guest creation limits', () => {
  it('let a classroom behind one address start together, and cap everyone together', () => {
    expect(GUEST_CREATION_LIMITS.perAddress.limit).toBeGreaterThanOrEqual(30);
    expect(GUEST_CREATION_LIMITS.global.limit).toBeGreaterThan(GUEST_CREATION_LIMITS.perAddress.limit);
  });

  it('keys addresses by a hash, so no address is stored', () => {
    const key = RATE_LIMIT_KEYS.guestPerAddress('203.0.113.9');
    expect(key).not.toContain('203.0.113.9');
    expect(key).toBe(RATE_LIMIT_KEYS.guestPerAddress('203.0.113.9'));
    expect(key).not.toBe(RATE_LIMIT_KEYS.guestPerAddress('203.0.113.10'));
  });
});

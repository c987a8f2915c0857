import { describe, expect, it } from 'vitest';
import { GUEST_COOKIE, guestCookieOptions } from './cookie';
import { GUEST_TOKEN_BYTES, hashGuestToken, isGuestToken, newGuestToken } from './token';

describe('guest cookie token', () => {
  it('carries at least 128 random bits, as unpadded base64url', () => {
    expect(GUEST_TOKEN_BYTES * 8).toBeGreaterThanOrEqual(128);
    const tokens = Array.from({ length: 200 }, newGuestToken);
    expect(new Set(tokens).size).toBe(200);
    for (const t of tokens) {
      expect(isGuestToken(t)).toBe(true);
      expect(Buffer.from(t, 'base64url')).toHaveLength(GUEST_TOKEN_BYTES);
    }
  });

  it('ignores anything not shaped like a token we issue (old raw ids, injections, padding)', () => {
    expect(isGuestToken('cmidf0n2k0000qz8h3b1c2d3e')).toBe(false); // the pre-issue-14 cookie: a raw database id
    expect(isGuestToken('')).toBe(false);
    expect(isGuestToken(`${newGuestToken()}=`)).toBe(false);
    expect(isGuestToken("'; DROP TABLE learner; --aaaaaaaaaaaaaaaaaaaaaa")).toBe(false);
    expect(isGuestToken('a'.repeat(44))).toBe(false);
  });

  it('stores only a SHA-256 of the token', () => {
    const token = newGuestToken();
    const hash = hashGuestToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashGuestToken(token)).toBe(hash);
  });
});

describe('guest cookie options', () => {
  it('is http-only, same-site lax and long-lived', () => {
    const o = guestCookieOptions('development');
    expect(GUEST_COOKIE).toBe('stepwise_guest');
    expect(o.httpOnly).toBe(true);
    expect(o.sameSite).toBe('lax');
    expect(o.path).toBe('/');
    expect(o.maxAge).toBeGreaterThanOrEqual(60 * 60 * 24 * 180);
  });

  it('is Secure in production only', () => {
    expect(guestCookieOptions('production').secure).toBe(true);
    expect(guestCookieOptions('development').secure).toBe(false);
    expect(guestCookieOptions('test').secure).toBe(false);
  });
});

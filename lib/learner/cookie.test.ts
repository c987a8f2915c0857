import { describe, expect, it } from 'vitest';
import { isLearnerId, learnerCookieOptions } from './cookie';

describe('learner cookie', () => {
  it('accepts Prisma cuid ids only', () => {
    expect(isLearnerId('cmidf0n2k0000qz8h3b1c2d3e')).toBe(true);
    expect(isLearnerId('')).toBe(false);
    expect(isLearnerId('x' + 'a'.repeat(24))).toBe(false);
    expect(isLearnerId("c'; DROP TABLE learner; --")).toBe(false);
    expect(isLearnerId('C' + 'A'.repeat(24))).toBe(false);
  });

  it('is http-only, same-site lax and long-lived', () => {
    const o = learnerCookieOptions();
    expect(o.httpOnly).toBe(true);
    expect(o.sameSite).toBe('lax');
    expect(o.maxAge).toBeGreaterThanOrEqual(60 * 60 * 24 * 180);
  });
});

// Data-layer test of the cross-process rate limiter, on the database kind under test (see migrations.test.ts).
import { describe, expect, it } from 'vitest';
import { consumeRateLimit } from './rate-limit';
import { migratedTestDb } from './test-support';

const db = migratedTestDb();

describe('consumeRateLimit', () => {
  it('allows up to the limit in a window, then refuses with the time left', async () => {
    const rule = { limit: 3, windowMs: 60_000 };
    const results = [];
    for (let i = 0; i < 5; i += 1) results.push(await consumeRateLimit(db, 'seq', rule));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false, false]);
    expect(results.map((r) => r.count)).toEqual([1, 2, 3, 4, 5]);
    // The rest of the window, however long the calls took (a busy machine can take seconds).
    expect(results[3]!.retryAfterMs).toBeGreaterThan(0);
    expect(results[3]!.retryAfterMs).toBeLessThanOrEqual(60_000);
    expect(results[4]!.retryAfterMs).toBeLessThanOrEqual(results[3]!.retryAfterMs);
    expect(results[0]!.retryAfterMs).toBe(0);
  });

  it('counts 50 concurrent requests exactly once each: exactly the limit gets through, no error', async () => {
    const rule = { limit: 20, windowMs: 60_000 };
    const results = await Promise.all(Array.from({ length: 50 }, () => consumeRateLimit(db, 'burst', rule)));
    expect(results.filter((r) => r.allowed)).toHaveLength(20);
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(await db.rateLimit.count({ where: { key: 'burst' } })).toBe(1);
  });

  it('keeps keys apart and starts a new window once the old one has passed', async () => {
    const rule = { limit: 1, windowMs: 60_000 };
    expect((await consumeRateLimit(db, 'win-a', rule)).allowed).toBe(true);
    expect((await consumeRateLimit(db, 'win-b', rule)).allowed).toBe(true);
    expect((await consumeRateLimit(db, 'win-a', rule)).allowed).toBe(false);
    // A minute passes (moved back in the row rather than waited out, so the test does not depend on timing).
    await db.rateLimit.update({ where: { key: 'win-a' }, data: { windowStart: new Date(Date.now() - 61_000) } });
    expect(await consumeRateLimit(db, 'win-a', rule)).toMatchObject({ allowed: true, count: 1 });
    expect((await consumeRateLimit(db, 'win-b', rule)).allowed).toBe(false);
  });

  it('forgets counters whose windows ended more than a day ago when a window starts', async () => {
    await db.rateLimit.create({ data: { key: 'ancient', windowStart: new Date(Date.now() - 3 * 24 * 3600_000), count: 9 } });
    await db.rateLimit.create({ data: { key: 'recent', windowStart: new Date(Date.now() - 3600_000), count: 9 } });
    await consumeRateLimit(db, `fresh-${Date.now()}`, { limit: 5, windowMs: 60_000 });
    expect(await db.rateLimit.findUnique({ where: { key: 'ancient' } })).toBeNull();
    expect(await db.rateLimit.findUnique({ where: { key: 'recent' } })).not.toBeNull();
  });
});

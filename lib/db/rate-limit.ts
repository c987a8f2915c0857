import type { Db } from './create-client';

export type RateLimitRule = { limit: number; windowMs: number };
export type RateLimitResult = { allowed: boolean; count: number; retryAfterMs: number };

/**
 * Counts one request against `key` in a fixed window and says whether it is within the limit. One atomic
 * `INSERT ... ON CONFLICT DO UPDATE` (the issue 10 lesson: never read, then write), so concurrent
 * requests, and several server processes sharing a PostgreSQL database, count each request exactly once.
 * A request over the limit still counts: hammering does not reopen the window early.
 */
export async function consumeRateLimit(db: Db, key: string, rule: RateLimitRule): Promise<RateLimitResult> {
  const rows = await db.$queryRaw<{ count: number; windowStart: Date; now: Date }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count")
    VALUES (${key}, clock_timestamp(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= clock_timestamp() - make_interval(secs => ${rule.windowMs / 1000})
                     THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= clock_timestamp() - make_interval(secs => ${rule.windowMs / 1000})
                           THEN clock_timestamp() ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart", clock_timestamp() AS "now"`;
  const row = rows[0];
  if (!row) throw new Error(`rate limit ${key}: the counter returned no row`);
  const count = Number(row.count);
  if (count === 1) {
    // A window just (re)started: drop counters whose windows ended long ago, so keys seen once do not
    // pile up. Rare (once per window per key) and cheap (indexed on windowStart).
    await db.rateLimit.deleteMany({ where: { windowStart: { lt: new Date(row.now.getTime() - 24 * 60 * 60 * 1000 - rule.windowMs) } } });
  }
  const allowed = count <= rule.limit;
  const retryAfterMs = allowed ? 0 : Math.max(0, row.windowStart.getTime() + rule.windowMs - row.now.getTime());
  return { allowed, count, retryAfterMs };
}

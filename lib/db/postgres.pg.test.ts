// PostgreSQL-only checks of the fixes in pg-adapter.ts. Run by `npm test` against a throwaway server
// (scripts/pg-server.mjs); excluded from the PGlite run by vitest.db.config.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAdapterFactory, poolConfig, SHADOW_PREFIX } from './pg-adapter';
import { adminQuery, baseTarget, createTestDatabase, runPrisma, type TestDatabase } from './test-support';

if (baseTarget.kind !== 'postgres') throw new Error('postgres.pg.test.ts needs DATABASE_URL=postgres://...');

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.cleanup());

const shadowCount = async () =>
  Number((await adminQuery<{ n: string }>(`SELECT count(*) AS n FROM pg_database WHERE datname LIKE $1`, [`${SHADOW_PREFIX}%`])).rows[0]?.n);

describe('postgresAdapterFactory', () => {
  it('reads pg_catalog `name` columns (prisma/orm#27403) as text', async () => {
    const adapter = await postgresAdapterFactory(database.url, 'migrate').connect();
    try {
      const res = await adapter.queryRaw({
        sql: "SELECT nspname, current_database() AS db FROM pg_namespace WHERE nspname = 'public'",
        args: [],
        argTypes: [],
      });
      expect(res.rows).toEqual([['public', new URL(database.url).pathname.slice(1)]]);
    } finally {
      await adapter.dispose();
    }
  });

  it('also reads `name` columns inside a transaction (pooled client, not pool.query)', async () => {
    const adapter = await postgresAdapterFactory(database.url, 'app').connect();
    const tx = await adapter.startTransaction();
    try {
      const res = await tx.queryRaw({ sql: 'SELECT current_user::name AS u', args: [], argTypes: [] });
      expect(res.rows).toEqual([['postgres']]);
      const kinds = await tx.queryRaw({ sql: "SELECT relkind FROM pg_class WHERE relname = 'pg_class'", args: [], argTypes: [] });
      expect(kinds.rows).toEqual([['r']]);
    } finally {
      await tx.rollback();
      await adapter.dispose();
    }
  });

  it('creates a separate shadow database, runs whole scripts there, and drops it on dispose', async () => {
    const before = await shadowCount();
    const shadow = await postgresAdapterFactory(database.url, 'migrate').connectToShadowDb();
    expect(await shadowCount()).toBe(before + 1);
    const dbName = (await shadow.queryRaw({ sql: 'SELECT current_database()', args: [], argTypes: [] })).rows[0]?.[0];
    expect(String(dbName)).toMatch(new RegExp(`^${SHADOW_PREFIX}`)); // not the main database
    await shadow.executeRaw({ sql: 'CREATE TABLE t (id int);\nINSERT INTO t VALUES (1), (2);', args: [], argTypes: [] });
    const rows = await shadow.queryRaw({ sql: 'SELECT count(*)::int FROM t', args: [], argTypes: [] });
    expect(rows.rows).toEqual([[2]]);
    await shadow.dispose();
    expect(await shadowCount()).toBe(before);
  });

  it('keeps migrations on one connection (advisory lock and unlock in the same session), the app on a few', () => {
    expect(poolConfig(database.url, 'migrate').max).toBe(1);
    expect(poolConfig(database.url, 'app').max).toBeGreaterThan(1);
    expect(poolConfig(database.url, 'app')).not.toHaveProperty('connectionString');
  });

  it('lets a migrate CLI command exit right after its work (no idle pooled connection keeping it alive)', async () => {
    const run = await runPrisma(['migrate', 'status'], database.url);
    expect(run.code).not.toBeNull();
    // pg's idle timeout is 10 s; without allowExitOnIdle every command took over 10 s here.
    expect(run.ms).toBeLessThan(9_000);
  }, 60_000);
});

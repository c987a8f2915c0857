// Data-layer test: the committed migrations, applied by the Prisma CLI through our adapters, on a fresh
// database of the kind under test (PGlite by default; PostgreSQL when DATABASE_URL=postgres://...).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from './create-client';
import { createTestDatabase, runPrisma, type TestDatabase } from './test-support';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
}, 60_000);
afterAll(async () => database?.cleanup());

describe('prisma migrations', () => {
  it('migrate deploy creates the tables on an empty database, and exits promptly', async () => {
    const run = await runPrisma(['migrate', 'deploy'], database.url);
    expect(run.stderr + run.stdout).toMatch(/applied|No pending migrations/i);
    expect(run.code).toBe(0);
    // The WASM schema engine's 60 s idle timer would keep the CLI alive for a minute without the
    // unref in prisma.config.ts.
    expect(run.ms).toBeLessThan(50_000);

    const db = createPrismaClient(database.target);
    try {
      const learner = await db.learner.create({ data: {} });
      expect(learner.id).toMatch(/^c[a-z0-9]{20,}$/);
    } finally {
      await db.$disconnect();
    }
  }, 120_000);

  it('migrate deploy a second time finds nothing to do', async () => {
    const run = await runPrisma(['migrate', 'deploy'], database.url);
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).toMatch(/No pending migrations/i);
  }, 120_000);

  it('the migrations replayed on a shadow database match the schema exactly (no drift)', async () => {
    // --from-migrations replays every migration file on the adapter's shadow database: this is the path
    // that needs parameterless executeRaw routed to executeScript.
    const run = await runPrisma(
      ['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema-datamodel', 'prisma/schema.prisma', '--exit-code'],
      database.url,
    );
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.stdout).toMatch(/No difference detected/);
    expect(run.code).toBe(0);
  }, 120_000);

  it('migrate status reports the database up to date', async () => {
    const run = await runPrisma(['migrate', 'status'], database.url);
    expect(run.stdout).toMatch(/Database schema is up to date/);
    expect(run.code).toBe(0);
  }, 120_000);
});

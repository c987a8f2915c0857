// Issue 14, the guest-creation race: a new visitor's page sends several first writes at once, all with the
// token the proxy issued with the page. They must meet on one learner and keep every write. Runs on PGlite
// and on PostgreSQL (scripts/test.mjs), where the requests really do overlap on separate connections.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashGuestToken, issueGuestToken } from '../learner/token';
import { createPrismaClient, type Db } from './create-client';
import { ensureGuestLearner, findLearnerIdByGuestTokenHash, getProgress, markLessonComplete } from './progress';
import { createMigratedTestDatabase, type TestDatabase } from './test-support';

let database: TestDatabase;
let db: Db;
const SECRET = 'a test secret that is at least thirty-two characters long';

beforeAll(async () => {
  database = await createMigratedTestDatabase();
  db = createPrismaClient(database.target);
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.cleanup();
});

/** What one first write does on the server: find or create the guest by its token, then save. */
async function firstWrite(token: string, lessonSlug: string) {
  const { id, created } = await ensureGuestLearner(db, hashGuestToken(token));
  await markLessonComplete(db, id, lessonSlug);
  return { id, created };
}

describe('concurrent first writes with one fresh guest token', () => {
  it('create exactly one learner and lose no write', async () => {
    const token = issueGuestToken(SECRET);
    const slugs = Array.from({ length: 12 }, (_, i) => `lesson-${i}`);
    const results = await Promise.all(slugs.map((slug) => firstWrite(token, slug)));

    const ids = new Set(results.map((r) => r.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const [id] = ids;
    expect(await findLearnerIdByGuestTokenHash(db, hashGuestToken(token))).toBe(id);
    expect(await db.learner.count({ where: { guestTokenHash: hashGuestToken(token) } })).toBe(1);
    expect((await getProgress(db, id!)).map((p) => p.lessonSlug).sort()).toEqual([...slugs].sort());
  });

  it('keep two visitors apart: different tokens, different learners', async () => {
    const [a, b] = [issueGuestToken(SECRET), issueGuestToken(SECRET)];
    const results = await Promise.all([firstWrite(a, 'x'), firstWrite(b, 'x'), firstWrite(a, 'y'), firstWrite(b, 'y')]);
    expect(results[0]!.id).toBe(results[2]!.id);
    expect(results[1]!.id).toBe(results[3]!.id);
    expect(results[0]!.id).not.toBe(results[1]!.id);
    expect((await getProgress(db, results[0]!.id)).map((p) => p.lessonSlug).sort()).toEqual(['x', 'y']);
  });

  it('find the existing learner on a later write without creating another', async () => {
    const token = issueGuestToken(SECRET);
    const first = await firstWrite(token, 'one');
    const again = await ensureGuestLearner(db, hashGuestToken(token));
    expect(again).toEqual({ id: first.id, created: false });
  });
});

import type { Db } from './create-client';

export type LessonProgressEntry = { lessonSlug: string; completedAt: Date };

/**
 * Creates a guest learner. The app passes the SHA-256 of the guest's cookie token
 * (lib/learner/session.ts); tests may create learners without one. A plain INSERT: the token is fresh
 * randomness, so no two requests ever create the same guest (no read-then-insert race to guard).
 */
export async function createGuestLearner(db: Db, options: { guestTokenHash?: string } = {}): Promise<{ id: string }> {
  return db.learner.create({ data: { guestTokenHash: options.guestTokenHash ?? null }, select: { id: true } });
}

/** The learner whose guest cookie token hashes to this value, or null. */
export async function findLearnerIdByGuestTokenHash(db: Db, guestTokenHash: string): Promise<string | null> {
  const row = await db.learner.findUnique({ where: { guestTokenHash }, select: { id: true } });
  return row?.id ?? null;
}

/** True when a learner with this id exists. */
export async function learnerExists(db: Db, learnerId: string): Promise<boolean> {
  return (await db.learner.count({ where: { id: learnerId } })) > 0;
}

/**
 * Records that a learner finished a lesson. Idempotent: marking it again keeps the first completion
 * time, so a double click or a retried request changes nothing.
 *
 * Why not `upsert`: with driver adapters Prisma runs an upsert as a SELECT and then an INSERT, so two
 * concurrent marks both see no row and the second INSERT fails the unique key (P2002). `createMany` with
 * `skipDuplicates` is a single `INSERT ... ON CONFLICT DO NOTHING`, atomic on PostgreSQL and PGlite alike;
 * the read after it returns whichever row won.
 */
export async function markLessonComplete(db: Db, learnerId: string, lessonSlug: string): Promise<LessonProgressEntry> {
  await db.lessonProgress.createMany({ data: [{ learnerId, lessonSlug }], skipDuplicates: true });
  return db.lessonProgress.findUniqueOrThrow({
    where: { learnerId_lessonSlug: { learnerId, lessonSlug } },
    select: { lessonSlug: true, completedAt: true },
  });
}

/** Forgets a completion (a learner un-ticking a lesson). Returns whether there was one. */
export async function unmarkLessonComplete(db: Db, learnerId: string, lessonSlug: string): Promise<boolean> {
  const { count } = await db.lessonProgress.deleteMany({ where: { learnerId, lessonSlug } });
  return count > 0;
}

/** Every lesson a learner has completed, oldest first. */
export async function getProgress(db: Db, learnerId: string): Promise<LessonProgressEntry[]> {
  return db.lessonProgress.findMany({
    where: { learnerId },
    orderBy: { completedAt: 'asc' },
    select: { lessonSlug: true, completedAt: true },
  });
}

/** When a learner completed one lesson, or null. */
export async function getLessonCompletion(db: Db, learnerId: string, lessonSlug: string): Promise<Date | null> {
  const row = await db.lessonProgress.findUnique({
    where: { learnerId_lessonSlug: { learnerId, lessonSlug } },
    select: { completedAt: true },
  });
  return row?.completedAt ?? null;
}

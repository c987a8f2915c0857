import type { Db } from './create-client';

export type LessonProgressEntry = { lessonSlug: string; completedAt: Date };

/**
 * Creates a learner, with the SHA-256 of a guest cookie token or without one (tests). A plain INSERT; the
 * app creates guests with ensureGuestLearner below, which concurrent first writes may call with one hash.
 */
export async function createGuestLearner(db: Db, options: { guestTokenHash?: string } = {}): Promise<{ id: string }> {
  return db.learner.create({ data: { guestTokenHash: options.guestTokenHash ?? null }, select: { id: true } });
}

/**
 * The guest learner for a cookie token the app issued before the first write (proxy.ts), created if there
 * is none yet. A page that sends two writes at once sends the same token twice: `createMany` with
 * `skipDuplicates` is one `INSERT ... ON CONFLICT DO NOTHING` on the unique hash, so both requests end on
 * the one row that won and neither write is orphaned (issue 14). `created` says whether this call made it.
 */
export async function ensureGuestLearner(db: Db, guestTokenHash: string): Promise<{ id: string; created: boolean }> {
  const { count } = await db.learner.createMany({ data: [{ guestTokenHash }], skipDuplicates: true });
  const { id } = await db.learner.findUniqueOrThrow({ where: { guestTokenHash }, select: { id: true } });
  return { id, created: count > 0 };
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

import { DEFAULT_ROLE, roleOf, type Role } from '../auth/roles';
import type { Db } from './create-client';

/**
 * The learner a new account will own: the guest learner this browser was studying as (so everything the
 * guest did becomes the account's without copying a row), or a fresh learner when there is none. A guest
 * learner already owned by an account is never handed to a second one.
 */
export async function learnerForNewAccount(db: Db, guestTokenHash: string | null): Promise<{ learnerId: string; adoptedGuest: boolean }> {
  if (guestTokenHash) {
    const guest = await db.learner.findUnique({ where: { guestTokenHash }, select: { id: true, user: { select: { id: true } } } });
    if (guest && !guest.user) return { learnerId: guest.id, adoptedGuest: true };
  }
  const { id } = await db.learner.create({ data: {}, select: { id: true } });
  return { learnerId: id, adoptedGuest: false };
}

/**
 * Once an account owns a former guest learner, the guest cookie must stop opening it: otherwise anyone
 * using the browser after sign-out would see the account's progress.
 */
export async function releaseGuestToken(db: Db, learnerId: string): Promise<void> {
  await db.learner.updateMany({ where: { id: learnerId }, data: { guestTokenHash: null } });
}

/** A user whose learner went missing (a crash between two steps of sign-up) gets one now. */
export async function attachNewLearner(db: Db, userId: string): Promise<string> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { learnerId: true } });
    if (user.learnerId) return user.learnerId;
    const { id } = await tx.learner.create({ data: {}, select: { id: true } });
    await tx.user.update({ where: { id: userId }, data: { learnerId: id } });
    return id;
  });
}

/** The guest learner (not owned by any account) behind a guest cookie, or null. */
export async function findUnclaimedGuest(db: Db, guestTokenHash: string): Promise<string | null> {
  const row = await db.learner.findFirst({ where: { guestTokenHash, user: null }, select: { id: true } });
  return row?.id ?? null;
}

export type MergeResult = {
  merged: boolean;
  lessons: number;
  scenarioSubmissions: number;
  quizAttempts: number;
  reviewCards: number;
  examAttempts: number;
};

/**
 * Moves everything a guest did into an account's learner and deletes the guest (signing in on a second
 * device that has progress of its own). Idempotent: a second call finds no guest and changes nothing.
 * One transaction that first locks both learner rows, so two sign-ins racing with the same cookie merge
 * once. A lesson finished on both devices keeps the earlier completion.
 *
 * A review card both devices have keeps the account's schedule (the guest's copy and its ratings go).
 * Tables keyed by the learner id that other features add must be moved here too.
 */
export async function mergeGuestIntoLearner(db: Db, guestLearnerId: string, intoLearnerId: string): Promise<MergeResult> {
  const none: MergeResult = { merged: false, lessons: 0, scenarioSubmissions: 0, quizAttempts: 0, reviewCards: 0, examAttempts: 0 };
  if (guestLearnerId === intoLearnerId) return none;
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Learner" WHERE "id" IN (${guestLearnerId}, ${intoLearnerId}) ORDER BY "id" FOR UPDATE`;
    if (locked.length !== 2) return none;
    const owner = await tx.user.findUnique({ where: { learnerId: guestLearnerId }, select: { id: true } });
    if (owner) return none; // not a guest: another account's learner is never merged away
    await tx.$executeRaw`
      UPDATE "LessonProgress" AS mine SET "completedAt" = theirs."completedAt"
      FROM "LessonProgress" AS theirs
      WHERE mine."learnerId" = ${intoLearnerId} AND theirs."learnerId" = ${guestLearnerId}
        AND theirs."lessonSlug" = mine."lessonSlug" AND theirs."completedAt" < mine."completedAt"`;
    await tx.$executeRaw`
      DELETE FROM "LessonProgress" AS theirs
      WHERE theirs."learnerId" = ${guestLearnerId}
        AND EXISTS (SELECT 1 FROM "LessonProgress" AS mine WHERE mine."learnerId" = ${intoLearnerId} AND mine."lessonSlug" = theirs."lessonSlug")`;
    const lessons = await tx.lessonProgress.updateMany({ where: { learnerId: guestLearnerId }, data: { learnerId: intoLearnerId } });
    const scenarioSubmissions = await tx.scenarioSubmission.updateMany({ where: { learnerId: guestLearnerId }, data: { learnerId: intoLearnerId } });
    const quizAttempts = await tx.quizAttempt.updateMany({ where: { learnerId: guestLearnerId }, data: { learnerId: intoLearnerId } });
    await tx.$executeRaw`
      DELETE FROM "ReviewCard" AS theirs
      WHERE theirs."learnerId" = ${guestLearnerId}
        AND EXISTS (SELECT 1 FROM "ReviewCard" AS mine WHERE mine."learnerId" = ${intoLearnerId} AND mine."kind" = theirs."kind" AND mine."refId" = theirs."refId")`;
    const reviewCards = await tx.reviewCard.updateMany({ where: { learnerId: guestLearnerId }, data: { learnerId: intoLearnerId } });
    await tx.reviewLog.updateMany({ where: { learnerId: guestLearnerId }, data: { learnerId: intoLearnerId } });
    const examAttempts = await tx.examAttempt.updateMany({ where: { learnerId: guestLearnerId }, data: { learnerId: intoLearnerId } });
    await tx.learner.delete({ where: { id: guestLearnerId } });
    return {
      merged: true,
      lessons: lessons.count,
      scenarioSubmissions: scenarioSubmissions.count,
      quizAttempts: quizAttempts.count,
      reviewCards: reviewCards.count,
      examAttempts: examAttempts.count,
    };
  });
}

export type AccountSummary = { id: string; email: string; name: string; role: Role; createdAt: Date };

/** Changes an account's role, by email. Returns null when no account has that email. */
export async function setRoleByEmail(db: Db, email: string, role: Role): Promise<AccountSummary | null> {
  const { count } = await db.user.updateMany({ where: { email: email.trim().toLowerCase() }, data: { role } });
  if (count === 0) return null;
  return findAccountByEmail(db, email);
}

export async function setRoleById(db: Db, userId: string, role: Role): Promise<AccountSummary | null> {
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { role } });
  return count === 0 ? null : toSummary(await db.user.findUniqueOrThrow({ where: { id: userId }, select: summarySelect }));
}

export async function findAccountByEmail(db: Db, email: string): Promise<AccountSummary | null> {
  const row = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: summarySelect });
  return row ? toSummary(row) : null;
}

/** Accounts for the admin page, newest first; `query` matches email or name. */
export async function listAccounts(db: Db, query = '', take = 100): Promise<AccountSummary[]> {
  const q = query.trim();
  const rows = await db.user.findMany({
    where: q ? { OR: [{ email: { contains: q, mode: 'insensitive' } }, { name: { contains: q, mode: 'insensitive' } }] } : {},
    orderBy: { createdAt: 'desc' },
    take,
    select: summarySelect,
  });
  return rows.map(toSummary);
}

const summarySelect = { id: true, email: true, name: true, role: true, createdAt: true } as const;
function toSummary(row: { id: string; email: string; name: string; role: string; createdAt: Date }): AccountSummary {
  return { ...row, role: roleOf(row.role ?? DEFAULT_ROLE) };
}

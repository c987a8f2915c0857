import { randomBytes } from 'node:crypto';
import { JOIN_CODE_LENGTH, joinCodeFrom, normaliseJoinCode, type AssignmentKind } from '../classes/assignments';
import type { ReportInput } from '../classes/report';
import type { Db } from './create-client';

export type ClassSummary = { id: string; name: string; joinCode: string; createdAt: Date; members: number; assignments: number };

/**
 * Creates a class with a fresh join code. The code is random (40 bits from an unambiguous alphabet); a
 * collision with an existing code fails the unique index and is retried with a new one.
 *
 * With a `requestId` (the create form's, re-sent when the same form is sent again: a double click, a resend
 * after a timeout, the same page in two tabs; issue 16) the row is unique per instructor and request, and
 * the INSERT is ON CONFLICT DO NOTHING: a repeat, even one arriving at the same time, makes no second class
 * and gets the first one, with `repeated: true`.
 */
export async function createClass(db: Db, instructorId: string, name: string, requestId?: string): Promise<{ id: string; joinCode: string; name: string; repeated: boolean }> {
  const select = { id: true, joinCode: true, name: true } as const;
  for (let attempt = 0; ; attempt++) {
    const joinCode = joinCodeFrom(randomBytes(JOIN_CODE_LENGTH));
    const { count } = await db.class.createMany({ data: [{ name, instructorId, joinCode, ...(requestId ? { requestId } : {}) }], skipDuplicates: true });
    if (count === 1) return { ...(await db.class.findUniqueOrThrow({ where: { joinCode }, select })), repeated: false };
    if (requestId) {
      const first = await db.class.findUnique({ where: { instructorId_requestId: { instructorId, requestId } }, select });
      if (first) return { ...first, repeated: true };
    }
    if (attempt >= 5) throw new Error('could not find a free join code');
  }
}

/** Classes an instructor runs, newest first. */
export async function listTaughtClasses(db: Db, instructorId: string): Promise<ClassSummary[]> {
  const rows = await db.class.findMany({
    where: { instructorId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, name: true, joinCode: true, createdAt: true, _count: { select: { members: true, assignments: true } } },
  });
  return rows.map(({ _count, ...c }) => ({ ...c, members: _count.members, assignments: _count.assignments }));
}

/** A class, only when `instructorId` runs it: an instructor never reads another's class. */
export async function getTaughtClass(db: Db, classId: string, instructorId: string) {
  return db.class.findFirst({
    where: { id: classId, instructorId },
    select: { id: true, name: true, joinCode: true, createdAt: true, assignments: { orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }], select: { id: true, kind: true, ref: true, dueAt: true } } },
  });
}

export type JoinResult = { status: 'joined' | 'already-member'; classId: string; name: string } | { status: 'no-such-class' };

/** Joins a class by its code. Joining twice is harmless (one membership, reported as already a member). */
export async function joinClass(db: Db, userId: string, code: string): Promise<JoinResult> {
  const found = await db.class.findUnique({ where: { joinCode: normaliseJoinCode(code) }, select: { id: true, name: true } });
  if (!found) return { status: 'no-such-class' };
  const { count } = await db.classMember.createMany({ data: [{ classId: found.id, userId }], skipDuplicates: true });
  return { status: count === 1 ? 'joined' : 'already-member', classId: found.id, name: found.name };
}

/** Classes a learner belongs to, with their assignments. */
export async function listJoinedClasses(db: Db, userId: string) {
  const rows = await db.classMember.findMany({
    where: { userId },
    orderBy: { joinedAt: 'desc' },
    select: { class: { select: { id: true, name: true, assignments: { orderBy: { dueAt: 'asc' }, select: { id: true, kind: true, ref: true, dueAt: true } } } } },
  });
  return rows.map((r) => r.class);
}

/**
 * Adds (or re-dates) an assignment in a class the instructor runs. Returns null when the class is not
 * theirs. A single INSERT ... ON CONFLICT, so assigning the same thing twice keeps one row.
 */
export async function upsertAssignment(db: Db, instructorId: string, input: { classId: string; kind: AssignmentKind; ref: string; dueAt: Date }) {
  const owned = await db.class.count({ where: { id: input.classId, instructorId } });
  if (owned === 0) return null;
  await db.$executeRaw`
    INSERT INTO "Assignment" ("id", "classId", "kind", "ref", "dueAt")
    VALUES (${`asg_${randomBytes(12).toString('hex')}`}, ${input.classId}, ${input.kind}, ${input.ref}, ${input.dueAt})
    ON CONFLICT ("classId", "kind", "ref") DO UPDATE SET "dueAt" = EXCLUDED."dueAt"`;
  return db.assignment.findUniqueOrThrow({ where: { classId_kind_ref: { classId: input.classId, kind: input.kind, ref: input.ref } } });
}

/** Removes an assignment from a class the instructor runs; false when it is not theirs. */
export async function deleteAssignment(db: Db, instructorId: string, assignmentId: string): Promise<boolean> {
  const { count } = await db.assignment.deleteMany({ where: { id: assignmentId, class: { instructorId } } });
  return count > 0;
}

/**
 * Everything the dashboard derives its report from (lib/classes/report.ts), for a class the instructor
 * runs, or null. Only the members' rows are read.
 */
export async function classReportInput(db: Db, classId: string, instructorId: string): Promise<Omit<ReportInput, 'itemTopics'> | null> {
  const found = await getTaughtClass(db, classId, instructorId);
  if (!found) return null;
  const members = await db.classMember.findMany({
    where: { classId },
    orderBy: { joinedAt: 'asc' },
    select: { joinedAt: true, user: { select: { id: true, name: true, email: true, learnerId: true } } },
  });
  const learnerIds = members.map((m) => m.user.learnerId).filter((id): id is string => !!id);
  const [lessons, submissions, attempts] = await Promise.all([
    db.lessonProgress.findMany({ where: { learnerId: { in: learnerIds } }, select: { learnerId: true, lessonSlug: true, completedAt: true } }),
    db.scenarioSubmission.findMany({ where: { learnerId: { in: learnerIds } }, select: { learnerId: true, scenarioId: true, passed: true, score: true, verdict: true, createdAt: true } }),
    db.quizAttempt.findMany({ where: { learnerId: { in: learnerIds } }, select: { learnerId: true, itemId: true, correct: true, answer: true, createdAt: true } }),
  ]);
  return {
    members: members.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, learnerId: m.user.learnerId, joinedAt: m.joinedAt })),
    assignments: found.assignments.map((a) => ({ kind: a.kind as AssignmentKind, ref: a.ref, dueAt: a.dueAt })),
    lessons,
    submissions,
    attempts,
  };
}

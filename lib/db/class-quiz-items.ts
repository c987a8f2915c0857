// Query functions for a class's own quiz items (issue 16): an item row, its immutable versions (the item's
// YAML text, as one item of content/quizzes/*.yaml) and a pointer to the published one. The same shape as
// ./class-scenarios.ts; authorization is decided by the callers in lib/classes-server.
import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Db } from './create-client';
import { newRowId } from './row-id';
import type { QuizMode } from '../quiz/types';

export type ClassQuizItemVersionRow = { id: string; number: number; source: string; createdAt: Date };

export type ClassQuizItemForAuthor = {
  id: string;
  classId: string;
  title: string;
  latest: ClassQuizItemVersionRow;
  published: { id: string; number: number } | null;
};

export type ClassQuizItemListItem = { id: string; title: string; versions: number; published: number | null; updatedAt: Date };

const versionFields = { id: true, number: true, source: true, createdAt: true } as const;

/**
 * Creates a class quiz item with its first version; with a `requestId`, once per class and request, as
 * createClassScenario (class-scenarios.ts): a repeat gets the first one's id with `repeated: true`.
 */
export async function createClassQuizItem(
  db: Db,
  input: { classId: string; title: string; source: string; userId: string; requestId?: string },
): Promise<{ id: string; version: ClassQuizItemVersionRow; repeated: false } | { id: string; repeated: true }> {
  if (!input.requestId) {
    const created = await db.classQuizItem.create({
      data: { classId: input.classId, title: input.title, versions: { create: { number: 1, source: input.source, createdById: input.userId } } },
      select: { id: true, versions: { select: versionFields } },
    });
    return { id: created.id, version: created.versions[0]!, repeated: false };
  }
  const requestId = input.requestId;
  const id = newRowId();
  const version = await db.$transaction(async (tx) => {
    const { count } = await tx.classQuizItem.createMany({ data: [{ id, classId: input.classId, title: input.title, requestId }], skipDuplicates: true });
    if (count === 0) return null;
    return tx.classQuizItemVersion.create({ data: { itemId: id, number: 1, source: input.source, createdById: input.userId }, select: versionFields });
  });
  if (version) return { id, version, repeated: false };
  const first = await db.classQuizItem.findUniqueOrThrow({ where: { classId_requestId: { classId: input.classId, requestId } }, select: { id: true } });
  return { id: first.id, repeated: true };
}

/**
 * Adds the next version (number = latest + 1). As for scenarios, the UPDATE of the item row comes first in
 * the same transaction: it locks the row, so a second save at the same moment waits and takes the next number.
 */
export async function addClassQuizItemVersion(db: Db, input: { itemId: string; title: string; source: string; userId: string }): Promise<ClassQuizItemVersionRow> {
  const id = `cqv_${randomBytes(12).toString('hex')}`;
  await db.$transaction([
    db.classQuizItem.update({ where: { id: input.itemId }, data: { title: input.title }, select: { id: true } }),
    db.$executeRaw`
      INSERT INTO "ClassQuizItemVersion" ("id", "itemId", "number", "source", "createdById")
      SELECT ${id}, ${input.itemId}, COALESCE(MAX("number"), 0) + 1, ${input.source}, ${input.userId}
      FROM "ClassQuizItemVersion" WHERE "itemId" = ${input.itemId}`,
  ]);
  return db.classQuizItemVersion.findUniqueOrThrow({ where: { id }, select: versionFields });
}

/** A class quiz item with its newest version and its published one, for the authoring pages. */
export async function getClassQuizItemForAuthor(db: Db, id: string): Promise<ClassQuizItemForAuthor | null> {
  const row = await db.classQuizItem.findUnique({
    where: { id },
    select: {
      id: true,
      classId: true,
      title: true,
      publishedVersion: { select: { id: true, number: true } },
      versions: { orderBy: { number: 'desc' }, take: 1, select: versionFields },
    },
  });
  const latest = row?.versions[0];
  if (!row || !latest) return null;
  return { id: row.id, classId: row.classId, title: row.title, latest, published: row.publishedVersion };
}

/** One version of an item, only when it belongs to that item. */
export async function getClassQuizItemVersion(db: Db, itemId: string, versionId: string): Promise<ClassQuizItemVersionRow | null> {
  return db.classQuizItemVersion.findFirst({ where: { id: versionId, itemId }, select: versionFields });
}

export async function publishClassQuizItemVersion(db: Db, itemId: string, versionId: string): Promise<void> {
  await db.classQuizItem.update({ where: { id: itemId }, data: { publishedVersionId: versionId } });
}

/** A class's quiz items for its instructor, newest change first. */
export async function listClassQuizItems(db: Db, classId: string): Promise<ClassQuizItemListItem[]> {
  const rows = await db.classQuizItem.findMany({
    where: { classId },
    orderBy: { updatedAt: 'desc' },
    select: { id: true, title: true, updatedAt: true, publishedVersion: { select: { number: true } }, _count: { select: { versions: true } } },
  });
  return rows.map((r) => ({ id: r.id, title: r.title, updatedAt: r.updatedAt, versions: r._count.versions, published: r.publishedVersion?.number ?? null }));
}

export type PublishedClassQuizItem = { id: string; classId: string; title: string; version: ClassQuizItemVersionRow };

/** The published version of a class quiz item, or null when there is none. */
export async function getPublishedClassQuizItem(db: Db, id: string): Promise<PublishedClassQuizItem | null> {
  const row = await db.classQuizItem.findUnique({ where: { id }, select: { id: true, classId: true, title: true, publishedVersion: { select: versionFields } } });
  if (!row?.publishedVersion) return null;
  return { id: row.id, classId: row.classId, title: row.title, version: row.publishedVersion };
}

/** Published quiz items of some classes (a learner's), titles only. */
export async function listPublishedClassQuizItems(db: Db, classIds: string[]): Promise<{ id: string; classId: string; title: string }[]> {
  if (classIds.length === 0) return [];
  return db.classQuizItem.findMany({ where: { classId: { in: classIds }, publishedVersionId: { not: null } }, orderBy: { createdAt: 'asc' }, select: { id: true, classId: true, title: true } });
}

/** A learner's answers to a class quiz item, newest first, with the version each was graded against. */
export async function getClassQuizItemAttempts(db: Db, learnerId: string, itemId: string, take = 5) {
  const rows = await db.quizAttempt.findMany({
    where: { learnerId, itemId },
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true, seed: true, correct: true, timeTakenMs: true, mode: true, createdAt: true, classQuizItemVersion: { select: { number: true } } },
  });
  return rows.map(({ classQuizItemVersion, mode, ...r }) => ({ ...r, mode: mode as QuizMode, version: classQuizItemVersion?.number ?? null }));
}

export type ClassQuizItemVersionWithItem = ClassQuizItemVersionRow & { item: { id: string; classId: string; title: string; publishedVersionId: string | null } };

/** One version by its id, with the item it belongs to (a review card names a version). */
export async function getClassQuizItemVersionWithItem(db: Db, versionId: string): Promise<ClassQuizItemVersionWithItem | null> {
  return db.classQuizItemVersion.findUnique({
    where: { id: versionId },
    select: { ...versionFields, item: { select: { id: true, classId: true, title: true, publishedVersionId: true } } },
  });
}

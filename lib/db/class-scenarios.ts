// Query functions for a class's own scenarios (issue 16): a scenario row, its immutable versions (the
// folder's files, name -> text) and a pointer to the published one. Authorization is decided by the
// callers in lib/classes-server; these functions only read and write.
import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Db } from './create-client';
import { newRowId } from './row-id';

export type ScenarioFiles = Record<string, string>;

export type ClassScenarioVersionRow = { id: string; number: number; files: ScenarioFiles; createdAt: Date };

export type ClassScenarioForAuthor = {
  id: string;
  classId: string;
  title: string;
  instructorId: string;
  latest: ClassScenarioVersionRow;
  published: { id: string; number: number } | null;
};

export type ClassScenarioListItem = { id: string; title: string; versions: number; published: number | null; updatedAt: Date };

const asFiles = (value: unknown): ScenarioFiles => {
  const out: ScenarioFiles = {};
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  }
  return out;
};

/** The instructor who runs a class, or null when there is no such class. */
export async function classOwner(db: Db, classId: string): Promise<string | null> {
  const found = await db.class.findUnique({ where: { id: classId }, select: { instructorId: true } });
  return found?.instructorId ?? null;
}

/**
 * Creates a class scenario with its first version. With a `requestId` (the "new scenario" page's, sent
 * again with every save until the page moves to the scenario's own: issue 16) the row is unique per class
 * and request, inserted ON CONFLICT DO NOTHING in the same transaction as its first version: a repeat,
 * even one arriving at the same time, makes nothing and gets the first one's id with `repeated: true`.
 */
export async function createClassScenario(
  db: Db,
  input: { classId: string; title: string; files: ScenarioFiles; userId: string; requestId?: string },
): Promise<{ id: string; version: ClassScenarioVersionRow; repeated: false } | { id: string; repeated: true }> {
  if (!input.requestId) {
    const created = await db.classScenario.create({
      data: { classId: input.classId, title: input.title, versions: { create: { number: 1, files: input.files, createdById: input.userId } } },
      select: { id: true, versions: { select: { id: true, number: true, files: true, createdAt: true } } },
    });
    const v = created.versions[0]!;
    return { id: created.id, version: { ...v, files: asFiles(v.files) }, repeated: false };
  }
  const requestId = input.requestId;
  const id = newRowId();
  const version = await db.$transaction(async (tx) => {
    const { count } = await tx.classScenario.createMany({ data: [{ id, classId: input.classId, title: input.title, requestId }], skipDuplicates: true });
    if (count === 0) return null;
    return tx.classScenarioVersion.create({ data: { scenarioId: id, number: 1, files: input.files, createdById: input.userId }, select: { id: true, number: true, files: true, createdAt: true } });
  });
  if (version) return { id, version: { ...version, files: asFiles(version.files) }, repeated: false };
  const first = await db.classScenario.findUniqueOrThrow({ where: { classId_requestId: { classId: input.classId, requestId } }, select: { id: true } });
  return { id: first.id, repeated: true };
}

/**
 * Adds the next version (number = latest + 1). The UPDATE of the scenario row comes first in the same
 * transaction: it locks the row, so a second save at the same moment waits, then reads the new maximum
 * (each statement of a READ COMMITTED transaction sees what committed before it) and takes the next number.
 */
export async function addClassScenarioVersion(db: Db, input: { scenarioId: string; title: string; files: ScenarioFiles; userId: string }): Promise<ClassScenarioVersionRow> {
  const id = `csv_${randomBytes(12).toString('hex')}`;
  await db.$transaction([
    db.classScenario.update({ where: { id: input.scenarioId }, data: { title: input.title }, select: { id: true } }),
    db.$executeRaw`
      INSERT INTO "ClassScenarioVersion" ("id", "scenarioId", "number", "files", "createdById")
      SELECT ${id}, ${input.scenarioId}, COALESCE(MAX("number"), 0) + 1, ${JSON.stringify(input.files)}::jsonb, ${input.userId}
      FROM "ClassScenarioVersion" WHERE "scenarioId" = ${input.scenarioId}`,
  ]);
  const v = await db.classScenarioVersion.findUniqueOrThrow({ where: { id }, select: { id: true, number: true, files: true, createdAt: true } });
  return { ...v, files: asFiles(v.files) };
}

/** A class scenario with its newest version and its published one, for the authoring pages. */
export async function getClassScenarioForAuthor(db: Db, id: string): Promise<ClassScenarioForAuthor | null> {
  const row = await db.classScenario.findUnique({
    where: { id },
    select: {
      id: true,
      classId: true,
      title: true,
      class: { select: { instructorId: true } },
      publishedVersion: { select: { id: true, number: true } },
      versions: { orderBy: { number: 'desc' }, take: 1, select: { id: true, number: true, files: true, createdAt: true } },
    },
  });
  const latest = row?.versions[0];
  if (!row || !latest) return null;
  return { id: row.id, classId: row.classId, title: row.title, instructorId: row.class.instructorId, latest: { ...latest, files: asFiles(latest.files) }, published: row.publishedVersion };
}

/** One version of a scenario, only when it belongs to that scenario. */
export async function getClassScenarioVersion(db: Db, scenarioId: string, versionId: string): Promise<ClassScenarioVersionRow | null> {
  const v = await db.classScenarioVersion.findFirst({ where: { id: versionId, scenarioId }, select: { id: true, number: true, files: true, createdAt: true } });
  return v ? { ...v, files: asFiles(v.files) } : null;
}

export async function publishClassScenarioVersion(db: Db, scenarioId: string, versionId: string): Promise<void> {
  await db.classScenario.update({ where: { id: scenarioId }, data: { publishedVersionId: versionId } });
}

/** A class's scenarios for its instructor, newest change first. */
export async function listClassScenarios(db: Db, classId: string): Promise<ClassScenarioListItem[]> {
  const rows = await db.classScenario.findMany({
    where: { classId },
    orderBy: { updatedAt: 'desc' },
    select: { id: true, title: true, updatedAt: true, publishedVersion: { select: { number: true } }, _count: { select: { versions: true } } },
  });
  return rows.map((r) => ({ id: r.id, title: r.title, updatedAt: r.updatedAt, versions: r._count.versions, published: r.publishedVersion?.number ?? null }));
}

export type PublishedClassScenario = { id: string; classId: string; title: string; version: ClassScenarioVersionRow };

/** The published version of a class scenario, or null when there is none. */
export async function getPublishedClassScenario(db: Db, id: string): Promise<PublishedClassScenario | null> {
  const row = await db.classScenario.findUnique({
    where: { id },
    select: { id: true, classId: true, title: true, publishedVersion: { select: { id: true, number: true, files: true, createdAt: true } } },
  });
  if (!row?.publishedVersion) return null;
  return { id: row.id, classId: row.classId, title: row.title, version: { ...row.publishedVersion, files: asFiles(row.publishedVersion.files) } };
}

/** Published scenarios of some classes (a learner's), by class, titles only. */
export async function listPublishedClassScenarios(db: Db, classIds: string[]): Promise<{ id: string; classId: string; title: string }[]> {
  if (classIds.length === 0) return [];
  return db.classScenario.findMany({ where: { classId: { in: classIds }, publishedVersionId: { not: null } }, orderBy: { createdAt: 'asc' }, select: { id: true, classId: true, title: true } });
}

/** Titles of a class's scenarios by id (the dashboard names them beside built-in ones). */
export async function classScenarioTitles(db: Db, classId: string): Promise<Map<string, string>> {
  const rows = await db.classScenario.findMany({ where: { classId }, select: { id: true, title: true } });
  return new Map(rows.map((r) => [r.id, r.title]));
}

export async function isClassMember(db: Db, classId: string, userId: string): Promise<boolean> {
  return (await db.classMember.count({ where: { classId, userId } })) > 0;
}

/** A class's name, for the authoring pages' breadcrumbs (access is checked by the caller). */
export async function className(db: Db, classId: string): Promise<string | null> {
  return (await db.class.findUnique({ where: { id: classId }, select: { name: true } }))?.name ?? null;
}

/** A learner's submissions of a class scenario, newest first, with the version each was graded against. */
export async function getClassScenarioSubmissions(db: Db, learnerId: string, classScenarioId: string, take = 5) {
  const rows = await db.scenarioSubmission.findMany({
    where: { learnerId, scenarioId: classScenarioId },
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true, passed: true, score: true, createdAt: true, classScenarioVersion: { select: { number: true } } },
  });
  return rows.map(({ classScenarioVersion, ...r }) => ({ ...r, version: classScenarioVersion?.number ?? null }));
}

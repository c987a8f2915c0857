// Query functions for practice-exam attempts (issue 17). The deadline is written when the attempt starts
// and every answer is written only if the database's row says the attempt is still open at `now`.
import { randomUUID } from 'node:crypto';
import type { ExamEntry, ExamKind } from '../exam';
import type { ExamId } from '../content/catalog';
import type { Db } from './create-client';

export interface ExamAttemptRecord {
  id: string;
  exam: ExamId;
  kind: ExamKind;
  seed: number;
  entries: ExamEntry[];
  startedAt: Date;
  deadline: Date;
  finishedAt: Date | null;
  score: number | null;
  result: unknown;
}

export interface SavedExamAnswer {
  position: number;
  answer: unknown;
  flagged: boolean;
  savedAt: Date;
}

const fields = { id: true, exam: true, kind: true, seed: true, entries: true, startedAt: true, deadline: true, finishedAt: true, score: true, result: true } as const;

type Row = { exam: string; kind: string; entries: unknown } & Omit<ExamAttemptRecord, 'exam' | 'kind' | 'entries'>;
/** exam, kind and entries are written only from lib/exam's types. */
function toRecord(row: Row): ExamAttemptRecord {
  return { ...row, exam: row.exam as ExamId, kind: row.kind as ExamKind, entries: row.entries as ExamEntry[] };
}

export async function createExamAttempt(db: Db, data: { learnerId: string; exam: ExamId; kind: ExamKind; seed: number; entries: ExamEntry[]; startedAt: Date; deadline: Date }): Promise<ExamAttemptRecord> {
  const row = await db.examAttempt.create({ data: { ...data, entries: JSON.parse(JSON.stringify(data.entries)) }, select: fields });
  return toRecord(row);
}

export async function getExamAttempt(db: Db, learnerId: string, id: string): Promise<ExamAttemptRecord | null> {
  const row = await db.examAttempt.findFirst({ where: { id, learnerId }, select: fields });
  return row ? toRecord(row) : null;
}

export async function listExamAttempts(db: Db, learnerId: string, take = 50): Promise<ExamAttemptRecord[]> {
  const rows = await db.examAttempt.findMany({ where: { learnerId }, orderBy: [{ startedAt: 'desc' }, { id: 'desc' }], take, select: fields });
  return rows.map(toRecord);
}

export async function listExamAnswers(db: Db, attemptId: string): Promise<SavedExamAnswer[]> {
  return db.examAnswer.findMany({ where: { attemptId }, orderBy: { position: 'asc' }, select: { position: true, answer: true, flagged: true, savedAt: true } });
}

export type ExamAnswerSave = { learnerId: string; attemptId: string; position: number; answer?: unknown; flagged?: boolean; now: Date };

/**
 * Whether the learner's saved row for this question already holds what this save says (the answer and
 * the flag it names; a field left out matches anything): a repeat of that save (issue 16), which changes
 * nothing and is answered like the first, even once the exam is over. Only the attempt's own learner's
 * row matches. jsonb compares answers by value, whatever their key order.
 */
export async function examAnswerHolds(db: Pick<Db, '$queryRaw'>, data: ExamAnswerSave): Promise<boolean> {
  const hasAnswer = data.answer !== undefined && data.answer !== null;
  const hasFlag = data.flagged !== undefined;
  const rows = await db.$queryRaw<{ n: number }[]>`
    SELECT 1 AS n FROM "ExamAnswer" a JOIN "ExamAttempt" t ON t."id" = a."attemptId"
    WHERE a."attemptId" = ${data.attemptId} AND a."position" = ${data.position} AND t."learnerId" = ${data.learnerId}
      AND (NOT ${hasAnswer} OR a."answer" = ${hasAnswer ? JSON.stringify(data.answer) : null}::jsonb)
      AND (NOT ${hasFlag} OR a."flagged" = ${data.flagged ?? false})`;
  return rows.length > 0;
}

/**
 * Saves one answer (or flag) if, at `now`, the attempt is the learner's, not submitted and before its
 * deadline; the check and the write are one transaction. Returns false when refused. A repeat
 * (examAnswerHolds) writes nothing, so the row keeps the first save's time, and returns true.
 */
export async function saveExamAnswer(db: Db, data: ExamAnswerSave): Promise<boolean> {
  const hasAnswer = data.answer !== undefined && data.answer !== null;
  const answerJson = hasAnswer ? JSON.stringify(data.answer) : null;
  const hasFlag = data.flagged !== undefined;
  return db.$transaction(async (tx) => {
    if (await examAnswerHolds(tx, data)) return true;
    const open = await tx.examAttempt.count({ where: { id: data.attemptId, learnerId: data.learnerId, finishedAt: null, deadline: { gt: data.now } } });
    if (open !== 1) return false;
    // One INSERT ... ON CONFLICT DO UPDATE (the issue 10 lesson): two saves of the same question arriving
    // together (an autosave and a click) must not collide on (attemptId, position) as a read-then-insert would.
    // A field left out (answer or flag) keeps its saved value.
    await tx.$executeRaw`
      INSERT INTO "ExamAnswer" ("id", "attemptId", "position", "answer", "flagged", "savedAt")
      VALUES (${randomUUID()}, ${data.attemptId}, ${data.position}, ${answerJson}::jsonb, ${data.flagged ?? false}, ${data.now})
      ON CONFLICT ("attemptId", "position") DO UPDATE SET
        "savedAt" = EXCLUDED."savedAt",
        "answer" = CASE WHEN ${hasAnswer} THEN EXCLUDED."answer" ELSE "ExamAnswer"."answer" END,
        "flagged" = CASE WHEN ${hasFlag} THEN EXCLUDED."flagged" ELSE "ExamAnswer"."flagged" END`;
    return true;
  });
}

/** Claims the attempt for grading: sets finishedAt once. Returns false if it was already finished. */
export async function finishExamAttempt(db: Db, data: { learnerId: string; attemptId: string; now: Date }): Promise<boolean> {
  const { count } = await db.examAttempt.updateMany({ where: { id: data.attemptId, learnerId: data.learnerId, finishedAt: null }, data: { finishedAt: data.now } });
  return count === 1;
}

export async function storeExamResult(db: Db, data: { learnerId: string; attemptId: string; score: number; result: unknown }): Promise<void> {
  await db.examAttempt.updateMany({ where: { id: data.attemptId, learnerId: data.learnerId }, data: { score: data.score, result: JSON.parse(JSON.stringify(data.result)) } });
}

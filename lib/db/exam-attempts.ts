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

export type ExamAnswerSave = {
  learnerId: string;
  attemptId: string;
  position: number;
  answer?: unknown;
  flagged?: boolean;
  now: Date;
  /**
   * The page's stamp of this change (issue 16): increasing per question, so a save that arrives after a
   * newer one for the same question (a retry, a slow request, another tab) is recognised as older and
   * never replaces it. Without one (a page from before stamps, a script) the save is unordered: it
   * replaces whatever is stored while the exam is open, as every save once did.
   */
  seq?: number;
};

/**
 * What became of a save: `saved` (written, or the row already holds exactly this), `superseded` (a newer
 * save of the same question is stored: this older one changed nothing, and the page keeps what it shows),
 * or `refused` (not the learner's attempt, submitted, or past its deadline at `now`).
 */
export type ExamSaveOutcome = 'saved' | 'superseded' | 'refused';

/**
 * Saves one answer (or flag) if, at `now`, the attempt is the learner's, not submitted and before its
 * deadline, and the save is newer than what is stored for the fields it names: the check and the write
 * are one INSERT ... ON CONFLICT DO UPDATE ... WHERE, so of two saves of one question arriving together
 * (an autosave and a click, two tabs) the newer wins whichever commits last. PostgreSQL locks the row and
 * evaluates the WHERE on its newest version (https://www.postgresql.org/docs/current/sql-insert.html#SQL-ON-CONFLICT);
 * PGlite runs one statement at a time. A field left out keeps its saved value and stamp.
 *
 * A save sent again (issue 16) is answered like the first: when nothing was written, a row that already
 * holds what the save names answers `saved` (even after the deadline: what counts is already this), one
 * holding a newer stamp answers `superseded`. A repeat of an unstamped save writes nothing, so the row
 * keeps the first save's time.
 */
export async function saveExamAnswer(db: Db, data: ExamAnswerSave): Promise<ExamSaveOutcome> {
  const hasAnswer = data.answer !== undefined && data.answer !== null;
  const answerJson = hasAnswer ? JSON.stringify(data.answer) : null;
  const hasFlag = data.flagged !== undefined;
  const hasSeq = data.seq !== undefined;
  const seq = String(data.seq ?? 0);
  if (!hasSeq && (await compareStored(db, data, answerJson, null))?.holds.every(Boolean)) return 'saved';
  const written = await db.$queryRaw<{ n: number }[]>`
    INSERT INTO "ExamAnswer" ("id", "attemptId", "position", "answer", "flagged", "savedAt", "answerSeq", "flagSeq")
    SELECT ${randomUUID()}, t."id", ${data.position}, ${answerJson}::jsonb, ${data.flagged ?? false}, ${data.now},
           CASE WHEN ${hasAnswer} THEN ${seq}::bigint ELSE 0 END, CASE WHEN ${hasFlag} THEN ${seq}::bigint ELSE 0 END
    FROM "ExamAttempt" t
    WHERE t."id" = ${data.attemptId} AND t."learnerId" = ${data.learnerId} AND t."finishedAt" IS NULL AND t."deadline" > ${data.now}
    ON CONFLICT ("attemptId", "position") DO UPDATE SET
      "savedAt" = EXCLUDED."savedAt",
      "answer" = CASE WHEN ${hasAnswer} AND (NOT ${hasSeq} OR EXCLUDED."answerSeq" > "ExamAnswer"."answerSeq") THEN EXCLUDED."answer" ELSE "ExamAnswer"."answer" END,
      "answerSeq" = CASE WHEN ${hasAnswer} THEN GREATEST("ExamAnswer"."answerSeq", EXCLUDED."answerSeq") ELSE "ExamAnswer"."answerSeq" END,
      "flagged" = CASE WHEN ${hasFlag} AND (NOT ${hasSeq} OR EXCLUDED."flagSeq" > "ExamAnswer"."flagSeq") THEN EXCLUDED."flagged" ELSE "ExamAnswer"."flagged" END,
      "flagSeq" = CASE WHEN ${hasFlag} THEN GREATEST("ExamAnswer"."flagSeq", EXCLUDED."flagSeq") ELSE "ExamAnswer"."flagSeq" END
    WHERE NOT ${hasSeq}
       OR (${hasAnswer} AND EXCLUDED."answerSeq" > "ExamAnswer"."answerSeq")
       OR (${hasFlag} AND EXCLUDED."flagSeq" > "ExamAnswer"."flagSeq")
    RETURNING 1 AS n`;
  if (written.length > 0) return 'saved';
  // Nothing written: a repeat, an older save, or a refusal. Per field named: does the row hold it, is the stored stamp newer?
  const stored = await compareStored(db, data, answerJson, hasSeq ? seq : null);
  if (!stored) return 'refused';
  if (stored.holds.every(Boolean)) return 'saved';
  return stored.holds.every((h, i) => h || stored.older[i]) ? 'superseded' : 'refused';
}

/**
 * The learner's stored row for this save's question, per field the save names (answer, flag; a field not
 * named passes both): whether it holds that value, and whether its stamp is at least this save's. Null
 * when there is no such row, or it is not the learner's.
 */
async function compareStored(db: Db, data: ExamAnswerSave, answerJson: string | null, seq: string | null): Promise<{ holds: boolean[]; older: boolean[] } | null> {
  const hasAnswer = answerJson !== null;
  const hasFlag = data.flagged !== undefined;
  const rows = await db.$queryRaw<{ a: boolean; f: boolean; ao: boolean; fo: boolean }[]>`
    SELECT (NOT ${hasAnswer} OR a."answer" = ${answerJson}::jsonb) AS a, (NOT ${hasFlag} OR a."flagged" = ${data.flagged ?? false}) AS f,
           (${seq !== null} AND (NOT ${hasAnswer} OR a."answerSeq" >= ${seq ?? '0'}::bigint)) AS ao,
           (${seq !== null} AND (NOT ${hasFlag} OR a."flagSeq" >= ${seq ?? '0'}::bigint)) AS fo
    FROM "ExamAnswer" a JOIN "ExamAttempt" t ON t."id" = a."attemptId"
    WHERE a."attemptId" = ${data.attemptId} AND a."position" = ${data.position} AND t."learnerId" = ${data.learnerId}`;
  const row = rows[0];
  return row ? { holds: [row.a, row.f], older: [row.ao, row.fo] } : null;
}

/** The newest stamp stored per question (answer or flag), so a page reopened continues above it. */
export async function examAnswerStamps(db: Db, attemptId: string): Promise<Map<number, number>> {
  const rows = await db.examAnswer.findMany({ where: { attemptId }, select: { position: true, answerSeq: true, flagSeq: true } });
  return new Map(rows.map((r) => [r.position, Number(r.answerSeq > r.flagSeq ? r.answerSeq : r.flagSeq)]));
}

/** Claims the attempt for grading: sets finishedAt once. Returns false if it was already finished. */
export async function finishExamAttempt(db: Db, data: { learnerId: string; attemptId: string; now: Date }): Promise<boolean> {
  const { count } = await db.examAttempt.updateMany({ where: { id: data.attemptId, learnerId: data.learnerId, finishedAt: null }, data: { finishedAt: data.now } });
  return count === 1;
}

export async function storeExamResult(db: Db, data: { learnerId: string; attemptId: string; score: number; result: unknown }): Promise<void> {
  await db.examAttempt.updateMany({ where: { id: data.attemptId, learnerId: data.learnerId }, data: { score: data.score, result: JSON.parse(JSON.stringify(data.result)) } });
}

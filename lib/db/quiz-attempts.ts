// Query functions for quiz attempts. Only the server's grading is ever written here: lib/quiz-server grades
// the answer from the item and the seed, then calls recordQuizAttempt.
import type { QuizAnswer, QuizMode } from '../quiz/types';
import type { Db } from './create-client';
import { newRowId } from './row-id';

export interface QuizAttemptRecord {
  id: string;
  itemId: string;
  seed: number;
  answer: QuizAnswer;
  correct: boolean;
  timeTakenMs: number;
  mode: QuizMode;
  sessionId: string | null;
  createdAt: Date;
}

/** What the quiz lists show for one item a learner has answered. */
export interface QuizItemStats {
  itemId: string;
  attempts: number;
  correct: number;
  lastCorrect: boolean;
  lastAt: Date;
}

const fields = { id: true, itemId: true, seed: true, answer: true, correct: true, timeTakenMs: true, mode: true, sessionId: true, createdAt: true } as const;

/** Rows store the answer as JSON and the mode as text; both were validated before they were written. */
function toRecord(row: Omit<QuizAttemptRecord, 'answer' | 'mode'> & { answer: unknown; mode: string }): QuizAttemptRecord {
  return { ...row, answer: row.answer as QuizAnswer, mode: row.mode as QuizMode };
}

/**
 * Stores one graded answer: a single INSERT ... RETURNING in raw SQL. This is the hot write of issue 16's
 * load target (every quiz answer), and Prisma's query compiler (WASM, run for every typed query; Prisma 6
 * keeps no plan cache) cost as much CPU as PGlite running the INSERT. Written and committed before it
 * returns, like any other statement: an acknowledged attempt survives a crash of the server.
 *
 * With a `requestId` (one per answer, re-sent on a retry) the INSERT is ON CONFLICT DO NOTHING on the
 * learner's (learnerId, requestId): a repeat, even one arriving at the same time, writes nothing and gets
 * the row already stored, with `repeated: true`. Without one, NULLs never collide: every call inserts.
 */
export async function recordQuizAttempt(
  db: Db,
  data: {
    learnerId: string;
    itemId: string;
    seed: number;
    answer: QuizAnswer;
    correct: boolean;
    timeTakenMs: number;
    mode: QuizMode;
    sessionId?: string;
    classQuizItemVersionId?: string;
    requestId?: string;
  },
): Promise<QuizAttemptRecord & { repeated: boolean }> {
  // Timestamps are stored as UTC wall time (what Prisma writes into TIMESTAMP(3)), whatever the session's zone.
  const rows = await db.$queryRaw<RawAttempt[]>`
    INSERT INTO "QuizAttempt" ("id", "learnerId", "itemId", "seed", "answer", "correct", "timeTakenMs", "mode", "sessionId", "classQuizItemVersionId", "requestId", "createdAt")
    VALUES (${newRowId()}, ${data.learnerId}, ${data.itemId}, ${data.seed}, ${JSON.stringify(data.answer)}::jsonb, ${data.correct},
            ${Math.max(0, Math.round(data.timeTakenMs))}, ${data.mode}, ${data.sessionId ?? null}, ${data.classQuizItemVersionId ?? null}, ${data.requestId ?? null},
            (${new Date().toISOString()}::timestamptz AT TIME ZONE 'UTC'))
    ON CONFLICT ("learnerId", "requestId") DO NOTHING
    RETURNING "id", "itemId", "seed", "answer", "correct", "timeTakenMs", "mode", "sessionId", "createdAt"`;
  const row = rows[0];
  if (row) return { ...fromRaw(row), repeated: false };
  if (!data.requestId) throw new Error('recording a quiz attempt returned no row');
  const stored = await findQuizAttemptByRequest(db, data.learnerId, data.requestId);
  if (!stored) throw new Error('a repeated quiz attempt has no stored row');
  return { ...stored, repeated: true };
}

/** The attempt a learner already recorded under this request id, or null. */
export async function findQuizAttemptByRequest(db: Db, learnerId: string, requestId: string): Promise<QuizAttemptRecord | null> {
  const row = await db.quizAttempt.findUnique({ where: { learnerId_requestId: { learnerId, requestId } }, select: fields });
  return row ? toRecord(row) : null;
}

function fromRaw(row: RawAttempt): QuizAttemptRecord {
  return toRecord({ ...row, answer: typeof row.answer === 'string' ? JSON.parse(row.answer) : row.answer, createdAt: new Date(row.createdAt) });
}

type RawAttempt = Omit<QuizAttemptRecord, 'answer' | 'mode' | 'createdAt'> & { answer: unknown; mode: string; createdAt: Date | string };

/** A learner's attempts, newest first; only one item's when `itemId` is given. */
export async function listQuizAttempts(db: Db, learnerId: string, options: { itemId?: string; limit?: number } = {}): Promise<QuizAttemptRecord[]> {
  const rows = await db.quizAttempt.findMany({
    where: { learnerId, ...(options.itemId ? { itemId: options.itemId } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: options.limit ?? 50,
    select: fields,
  });
  return rows.map(toRecord);
}

/** One attempt, only if it belongs to this learner (attempt ids in URLs are not secrets). */
export async function getQuizAttempt(db: Db, learnerId: string, attemptId: string): Promise<QuizAttemptRecord | null> {
  const row = await db.quizAttempt.findFirst({ where: { id: attemptId, learnerId }, select: fields });
  return row ? toRecord(row) : null;
}

/** The attempts of one session, in the order they were answered. */
export async function listSessionAttempts(db: Db, learnerId: string, sessionId: string): Promise<QuizAttemptRecord[]> {
  const rows = await db.quizAttempt.findMany({ where: { learnerId, sessionId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: fields });
  return rows.map(toRecord);
}

/** Per item: how many attempts, how many right, and whether the latest was right. */
export async function getQuizItemStats(db: Db, learnerId: string): Promise<QuizItemStats[]> {
  const [counts, rights, latest] = await Promise.all([
    db.quizAttempt.groupBy({ by: ['itemId'], where: { learnerId }, _count: { _all: true }, _max: { createdAt: true } }),
    db.quizAttempt.groupBy({ by: ['itemId'], where: { learnerId, correct: true }, _count: { _all: true } }),
    db.quizAttempt.findMany({ where: { learnerId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], distinct: ['itemId'], select: { itemId: true, correct: true } }),
  ]);
  const right = new Map(rights.map((r) => [r.itemId, r._count._all]));
  const last = new Map(latest.map((r) => [r.itemId, r.correct]));
  return counts.map((c) => ({
    itemId: c.itemId,
    attempts: c._count._all,
    correct: right.get(c.itemId) ?? 0,
    lastCorrect: last.get(c.itemId) ?? false,
    lastAt: c._max.createdAt ?? new Date(0),
  }));
}

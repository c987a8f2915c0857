// Query functions for practice-scenario submissions. Only the server's verdict is ever written here (the
// grading-server module grades, then calls recordScenarioSubmission).
import type { Verdict } from '../grading';
import type { Db } from './create-client';
import { newRowId } from './row-id';

/** What /practice shows for one scenario a learner has submitted. */
export interface ScenarioStatus {
  scenarioId: string;
  submissions: number;
  bestScore: number;
  /** Some submission passed every case. */
  passed: boolean;
  lastSubmittedAt: Date;
}

export interface SubmissionSummary {
  id: string;
  scenarioId: string;
  passed: boolean;
  score: number;
  gradingMs: number;
  createdAt: Date;
}

export interface SubmissionDetail extends SubmissionSummary {
  definition: string;
  verdict: Verdict;
}

const summary = { id: true, scenarioId: true, passed: true, score: true, gradingMs: true, createdAt: true } as const;

/**
 * Records the server's verdict. With a `requestId` (one per submission, re-sent on a retry) the write is
 * `createMany` with `skipDuplicates` (one INSERT ... ON CONFLICT DO NOTHING on (learnerId, requestId)), so a
 * repeat arriving at the same time writes nothing and gets the row already stored, with `repeated: true`.
 * Callers look the request up first (findScenarioSubmissionByRequest) so a plain repeat is not graded again.
 */
export async function recordScenarioSubmission(
  db: Db,
  data: { learnerId: string; scenarioId: string; definition: string; verdict: Verdict; classScenarioVersionId?: string; requestId?: string },
): Promise<SubmissionSummary & { repeated: boolean }> {
  const { verdict } = data;
  const row = {
    learnerId: data.learnerId,
    scenarioId: data.scenarioId,
    definition: data.definition,
    passed: verdict.passed,
    score: verdict.score,
    verdict: JSON.parse(JSON.stringify(verdict)),
    gradingMs: Math.round(verdict.ms),
    // A class's own scenario: the version graded, so a later edit never changes what this verdict meant.
    ...(data.classScenarioVersionId ? { classScenarioVersionId: data.classScenarioVersionId } : {}),
  };
  if (!data.requestId) return { ...(await db.scenarioSubmission.create({ data: row, select: summary })), repeated: false };
  const id = newRowId();
  const { count } = await db.scenarioSubmission.createMany({ data: [{ ...row, id, requestId: data.requestId }], skipDuplicates: true });
  const stored = await db.scenarioSubmission.findUniqueOrThrow({
    where: { learnerId_requestId: { learnerId: data.learnerId, requestId: data.requestId } },
    select: summary,
  });
  return { ...stored, repeated: count === 0 || stored.id !== id };
}

/** The submission a learner already recorded under this request id, with its verdict, or null. */
export async function findScenarioSubmissionByRequest(db: Db, learnerId: string, requestId: string): Promise<SubmissionDetail | null> {
  const row = await db.scenarioSubmission.findUnique({
    where: { learnerId_requestId: { learnerId, requestId } },
    select: { ...summary, definition: true, verdict: true },
  });
  return row ? { ...row, verdict: row.verdict as unknown as Verdict } : null;
}

/** Per scenario: how many submissions, the best score, whether one passed, when the last came. */
export async function getScenarioStatuses(db: Db, learnerId: string): Promise<Map<string, ScenarioStatus>> {
  const rows = await db.scenarioSubmission.groupBy({
    by: ['scenarioId'],
    where: { learnerId },
    _count: { _all: true },
    _max: { score: true, createdAt: true },
  });
  const out = new Map<string, ScenarioStatus>();
  for (const r of rows) {
    const bestScore = r._max.score ?? 0;
    out.set(r.scenarioId, {
      scenarioId: r.scenarioId,
      submissions: r._count._all,
      bestScore,
      passed: bestScore === 100,
      lastSubmittedAt: r._max.createdAt ?? new Date(0),
    });
  }
  return out;
}

/** A learner's submissions of one scenario, newest first. */
export async function getScenarioSubmissions(db: Db, learnerId: string, scenarioId: string, take = 10): Promise<SubmissionSummary[]> {
  return db.scenarioSubmission.findMany({ where: { learnerId, scenarioId }, orderBy: { createdAt: 'desc' }, take, select: summary });
}

/** One submission with its definition and verdict, only for the learner who made it. */
export async function getScenarioSubmission(db: Db, learnerId: string, id: string): Promise<SubmissionDetail | null> {
  const row = await db.scenarioSubmission.findFirst({ where: { id, learnerId }, select: { ...summary, definition: true, verdict: true } });
  return row ? { ...row, verdict: row.verdict as unknown as Verdict } : null;
}

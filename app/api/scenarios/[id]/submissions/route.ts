// POST /api/scenarios/<id>/submissions with {"definition": "...", "requestId"?: "<uuid>"}: the same grading as the page's Submit,
// for scripts and tests. The server grades and records its own verdict; any verdict, score or "passed" in
// the body is ignored.
import { NextResponse } from 'next/server';
import { getScenario } from '@/lib/content/scenarios';
import { db } from '@/lib/db/client';
import { findScenarioSubmissionByRequest, recordScenarioSubmission } from '@/lib/db/scenario-submissions';
import { submitScenario } from '@/lib/grading-server/submit';
import { ensureLearnerId } from '@/lib/learner/session';
import { enrollScenarioSubmission } from '@/lib/review-server/review';
import { dbReviewStore } from '@/lib/review-server/db-store';
import { SCENARIO_SUBMISSION_MAX_BODY_BYTES as MAX_BODY_BYTES } from '@/lib/security/limits';

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context) {
  const { id } = await params;
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) return NextResponse.json({ status: 'invalid', message: 'The body is larger than 2 MB.' }, { status: 413 });
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return NextResponse.json({ status: 'invalid', message: 'The body is larger than 2 MB.' }, { status: 413 });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return NextResponse.json({ status: 'invalid', message: 'The body must be JSON: {"definition": "<the state machine as JSON or YAML text>"}.' }, { status: 400 });
  }
  const fields = body !== null && typeof body === 'object' ? (body as { definition?: unknown; requestId?: unknown }) : {};
  const result = await submitScenario(
    { scenarioId: id, definition: fields.definition, requestId: fields.requestId },
    {
      scenario: getScenario,
      learnerId: ensureLearnerId,
      findByRequest: (learnerId, requestId) => findScenarioSubmissionByRequest(db, learnerId, requestId),
      record: async (row) => {
        const saved = await recordScenarioSubmission(db, row);
        if (saved.repeated) return saved;
        // A failed submission becomes a review card, as from the page (issue 17); a failure there never loses the submission.
        await enrollScenarioSubmission(dbReviewStore, { learnerId: row.learnerId, scenarioId: row.scenarioId, passed: row.verdict.passed, now: new Date() }).catch((error: unknown) =>
          console.error('making a review card failed', error),
        );
        return saved;
      },
    },
  );
  const status = result.status === 'graded' ? 201 : result.status === 'invalid' ? (result.fieldErrors.scenarioId ? 404 : 400) : 503;
  return NextResponse.json(result, { status });
}

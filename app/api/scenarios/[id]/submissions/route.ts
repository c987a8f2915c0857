// POST /api/scenarios/<id>/submissions with {"definition": "..."}: the same grading as the page's Submit,
// for scripts and tests. The server grades and records its own verdict; any verdict, score or "passed" in
// the body is ignored.
import { NextResponse } from 'next/server';
import { getScenario } from '@/lib/content/scenarios';
import { db } from '@/lib/db/client';
import { recordScenarioSubmission } from '@/lib/db/scenario-submissions';
import { MAX_DEFINITION_BYTES } from '@/lib/grading';
import { submitScenario } from '@/lib/grading-server/submit';
import { ensureLearnerId } from '@/lib/learner/session';

type Context = { params: Promise<{ id: string }> };

/** A body can hold a 1 MB definition with JSON escaping around it. */
const MAX_BODY_BYTES = 2 * MAX_DEFINITION_BYTES;

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
  const definition = body !== null && typeof body === 'object' ? (body as { definition?: unknown }).definition : undefined;
  const result = await submitScenario(
    { scenarioId: id, definition },
    { scenario: getScenario, learnerId: ensureLearnerId, record: (row) => recordScenarioSubmission(db, row) },
  );
  const status = result.status === 'graded' ? 201 : result.status === 'invalid' ? (result.fieldErrors.scenarioId ? 404 : 400) : 503;
  return NextResponse.json(result, { status });
}

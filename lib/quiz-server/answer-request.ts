// POST /api/quiz/attempts: one quiz answer as a small JSON request, the way the quiz pages send it. The same
// validation, grading and recording as the submitQuizAnswer server action (submitQuizAttempt); what this adds
// is the HTTP around it, which a server action gets from Next.js: the body's type and size, the CSRF check,
// and a status code a script can read. Issue 16's write-latency target: a server action's answer is an RSC
// payload rendered by React's Flight server, this one a few hundred bytes of JSON
// (docs/write-path-profile.md). proxy.ts does not run for this path (its matcher), so the checks it makes
// on every other request are made here: a body with a length, within the limit, and a policy header.
import { LOCKED_DOWN_CSP } from '../security/csp';
import { crossSiteRefusal } from '../security/same-origin';
import type { AttemptResult } from './submit';

/** A quiz answer is a few hundred bytes; a definition answer (restructure items) is at most 100,000 characters. */
export const ANSWER_MAX_BODY_BYTES = 256 * 1024;

const SHAPE = '{"itemId", "seed", "answer", "timeTakenMs", "mode", "sessionId"?}';

/** JSON, never a page: nothing may load in it and no site may frame it (the fixed headers come from next.config.js). */
const HEADERS = { 'Cache-Control': 'private, no-store', 'Content-Security-Policy': LOCKED_DOWN_CSP };

function refusal(status: number, message: string): Response {
  const result: AttemptResult = { status: 'error', message };
  return Response.json(result, { status, headers: HEADERS });
}

/** The HTTP status for an answer's outcome: created, refused input (with its field errors), or not saved. */
export function statusOf(result: AttemptResult): number {
  if (result.status === 'graded') return 201;
  if (result.status === 'invalid') return 400;
  return 503;
}

/**
 * Checks the request, parses its JSON body and hands it to `answer` (which validates it with zod and knows
 * the learner from the cookies, never from the body). Every refusal is JSON `{status, message}` saying why.
 */
export async function answerRequest(request: Request, answer: (input: unknown) => Promise<AttemptResult>): Promise<Response> {
  const crossSite = crossSiteRefusal(request.headers);
  if (crossSite) return refusal(403, `Forbidden: ${crossSite}.`);
  const type = request.headers.get('content-type') ?? '';
  // A cross-site form cannot send application/json without a CORS preflight, which this route never grants.
  if (!/^application\/json\s*(;|$)/i.test(type)) return refusal(415, 'Send the answer as JSON (Content-Type: application/json).');
  const declared = request.headers.get('content-length');
  // A chunked body could be any size; every browser fetch sends its length.
  if (declared === null) return refusal(411, 'Length required: send the answer with a Content-Length.');
  const length = Number(declared);
  if (!/^\d+$/.test(declared.trim())) return refusal(400, 'Bad request: Content-Length is not a number.');
  if (length > ANSWER_MAX_BODY_BYTES) return refusal(413, `The body is larger than ${ANSWER_MAX_BODY_BYTES / 1024} kB.`);
  const text = await request.text();
  if (text.length > ANSWER_MAX_BODY_BYTES) return refusal(413, `The body is larger than ${ANSWER_MAX_BODY_BYTES / 1024} kB.`);
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    input = undefined;
  }
  // zod would refuse a list or a number as a whole, with no field to name: say what is expected instead.
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return refusal(400, `The body must be a JSON object: ${SHAPE}.`);
  const result = await answer(input);
  return Response.json(result, { status: statusOf(result), headers: HEADERS });
}

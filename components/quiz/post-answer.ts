import type { AttemptResult } from '@/lib/quiz-server/submit';

/** The address the built-in quiz pages send answers to (app/api/quiz/attempts/route.ts). */
export const ANSWER_ROUTE = '/api/quiz/attempts';

const NOT_SAVED = 'Your answer could not be sent. Please try again.';

function isAttemptResult(value: unknown): value is AttemptResult {
  const status = (value as { status?: unknown } | null)?.status;
  return status === 'graded' || status === 'invalid' || status === 'error';
}

/**
 * The answer with a requestId (issue 16): the caller's (the quiz runner keeps one per answer and re-sends it
 * on a retry), or a new UUID for a caller that sent none, so at least this one request is recorded once.
 */
export function withRequestId(input: unknown): unknown {
  if (!input || typeof input !== 'object' || Array.isArray(input) || 'requestId' in input) return input;
  return { ...input, requestId: crypto.randomUUID() };
}

/**
 * Sends one answer to the built-in quiz bank's route and returns its verdict or refusal. A network failure
 * throws (the runner says the server could not be reached); an answer that is not the route's JSON (a
 * proxy's error page, an oversized body refused before the route) is an error the learner can retry.
 */
export async function postQuizAnswer(input: unknown, fetchImpl: typeof fetch = fetch): Promise<AttemptResult> {
  const response = await fetchImpl(ANSWER_ROUTE, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(withRequestId(input)),
    cache: 'no-store',
  });
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (isAttemptResult(body)) return body;
  return { status: 'error', message: response.status === 429 ? 'Too many answers at once. Wait a moment and try again.' : NOT_SAVED };
}

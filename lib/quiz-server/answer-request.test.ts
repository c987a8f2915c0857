// POST /api/quiz/attempts around the shared grading (submitQuizAttempt): what reaches it, what is refused
// before it, and the status each outcome gets. The grading itself is covered in submit.test.ts.
import { describe, expect, it, vi } from 'vitest';
import type { QuizItem } from '../quiz/types';
import { answerRequest, ANSWER_MAX_BODY_BYTES, statusOf } from './answer-request';
import { submitQuizAttempt, type AttemptResult, type AttemptRow } from './submit';

const HOST = 'stepwise.test';

function post(body: string, headers: Record<string, string> = {}): Request {
  return new Request(`https://${HOST}/api/quiz/attempts`, {
    method: 'POST',
    // A Request built here carries no Content-Length of its own; a browser's always does.
    headers: { host: HOST, origin: `https://${HOST}`, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers },
    body,
  });
}

const item: QuizItem = {
  id: 'pick',
  type: 'single',
  category: 'concept',
  title: 'Which state waits?',
  lesson: 'what-a-run-costs',
  topics: ['states'],
  exams: ['SAA-C03 4'],
  source: { file: 'x.yaml', line: 1 },
  question: 'Which state waits?',
  options: [
    { key: 'a', text: 'Wait', correct: true, why: 'It waits.' },
    { key: 'b', text: 'Pass', correct: false, why: 'It passes.' },
  ],
} as unknown as QuizItem;

/** The real validation and grading, with the learner and the database replaced. */
function realAnswer(learnerId = 'learner-from-cookie') {
  const rows: AttemptRow[] = [];
  const answer = (input: unknown) =>
    submitQuizAttempt(input, {
      item: (id) => (id === item.id ? item : undefined),
      learnerId: async () => learnerId,
      record: async (row) => {
        rows.push(row);
        return { id: `attempt-${rows.length}` };
      },
    });
  return { answer, rows };
}

const valid = { itemId: 'pick', seed: 1, answer: { kind: 'choice', keys: ['a'] }, timeTakenMs: 2000, mode: 'practice' };

describe('answerRequest', () => {
  it('grades and records a valid answer: 201 with the verdict and the attempt id, never cached', async () => {
    const { answer, rows } = realAnswer();
    const response = await answerRequest(post(JSON.stringify(valid)), answer);
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'; frame-ancestors 'none'");
    const body = (await response.json()) as AttemptResult;
    expect(body).toMatchObject({ status: 'graded', attemptId: 'attempt-1', verdict: { correct: true } });
    expect(rows).toHaveLength(1);
  });

  it('records the answer for the learner of the session, whatever learner or verdict the body claims', async () => {
    const { answer, rows } = realAnswer('me');
    const forged = { ...valid, answer: { kind: 'choice', keys: ['b'] }, learnerId: 'someone-else', correct: true, verdict: { correct: true } };
    const response = await answerRequest(post(JSON.stringify(forged)), answer);
    expect(response.status).toBe(201);
    expect(rows[0]).toMatchObject({ learnerId: 'me', correct: false });
    expect(((await response.json()) as { verdict: { correct: boolean } }).verdict.correct).toBe(false);
  });

  it('answers bad input with 400 and the field that is wrong, and records nothing', async () => {
    const { answer, rows } = realAnswer();
    const cases: [unknown, string, RegExp][] = [
      [{ ...valid, itemId: 'NOT AN ID' }, 'itemId', /not an item id/],
      [{ ...valid, itemId: 'no-such-item' }, 'itemId', /no quiz item has this id/],
      [{ ...valid, seed: -1 }, 'seed', /not a seed/],
      [{ ...valid, answer: { kind: 'choice', keys: ['z'] } }, 'answer', /not an option key/],
      [{ ...valid, mode: 'cheat' }, 'mode', /practice or exam/],
      [{ ...valid, timeTakenMs: -5 }, 'timeTakenMs', /negative/],
      [{ seed: 1 }, 'itemId', /missing item/],
    ];
    for (const [input, field, message] of cases) {
      const response = await answerRequest(post(JSON.stringify(input)), answer);
      expect(response.status, JSON.stringify(input)).toBe(400);
      const body = (await response.json()) as { status: string; fieldErrors: Record<string, string[]> };
      expect(body.status).toBe('invalid');
      expect(body.fieldErrors[field]?.join(' '), JSON.stringify(input)).toMatch(message);
    }
    expect(rows).toHaveLength(0);
  });

  it('says the body must be a JSON object when it is not one', async () => {
    const answer = vi.fn(realAnswer().answer);
    for (const body of ['itemId=pick&seed=1', '', JSON.stringify([valid]), 'null', '42', '"pick"']) {
      const response = await answerRequest(post(body), answer);
      expect(response.status, body).toBe(400);
      expect(await response.json()).toEqual({ status: 'error', message: 'The body must be a JSON object: {"itemId", "seed", "answer", "timeTakenMs", "mode", "sessionId"?}.' });
    }
    expect(answer).not.toHaveBeenCalled();
  });

  it('refuses a body that is not declared as JSON (what a cross-site form can send) with 415', async () => {
    const answer = vi.fn(realAnswer().answer);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp']) {
      const response = await answerRequest(post(JSON.stringify(valid), { 'content-type': type }), answer);
      expect(response.status, type).toBe(415);
      expect(((await response.json()) as { message: string }).message).toMatch(/Content-Type: application\/json/);
    }
    expect(answer).not.toHaveBeenCalled();
  });

  it('refuses a request from another site (CSRF) with 403 before reading it', async () => {
    const answer = vi.fn(realAnswer().answer);
    const fromElsewhere = await answerRequest(post(JSON.stringify(valid), { origin: 'https://evil.test' }), answer);
    expect(fromElsewhere.status).toBe(403);
    expect(((await fromElsewhere.json()) as { message: string }).message).toBe('Forbidden: the request came from https://evil.test, not from this site.');
    const markedCrossSite = await answerRequest(post(JSON.stringify(valid), { 'sec-fetch-site': 'cross-site' }), answer);
    expect(markedCrossSite.status).toBe(403);
    expect(answer).not.toHaveBeenCalled();
  });

  it('refuses an oversized body with 413, by its declared length or its real one', async () => {
    const answer = vi.fn(realAnswer().answer);
    const big = JSON.stringify({ ...valid, answer: { kind: 'definition', text: 'x'.repeat(ANSWER_MAX_BODY_BYTES) } });
    for (const request of [post(big), post(big, { 'content-length': '100' })]) {
      const response = await answerRequest(request, answer);
      expect(response.status).toBe(413);
      expect(((await response.json()) as { message: string }).message).toBe('The body is larger than 256 kB.');
    }
    expect(answer).not.toHaveBeenCalled();
  });

  it('refuses a body without a length (chunked, any size) or with a length that is not a number', async () => {
    const answer = vi.fn(realAnswer().answer);
    const chunked = new Request(`https://${HOST}/api/quiz/attempts`, {
      method: 'POST',
      headers: { host: HOST, 'content-type': 'application/json' },
      body: new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode(JSON.stringify(valid))), c.close()) }),
      duplex: 'half',
    } as RequestInit);
    const response = await answerRequest(chunked, answer);
    expect(response.status).toBe(411);
    expect(((await response.json()) as { message: string }).message).toBe('Length required: send the answer with a Content-Length.');
    const odd = { get: (name: string) => ({ host: HOST, 'content-type': 'application/json', 'content-length': '12abc' })[name] ?? null };
    const notANumber = await answerRequest({ headers: odd, text: async () => JSON.stringify(valid) } as unknown as Request, answer);
    expect(notANumber.status).toBe(400);
    expect(((await notANumber.json()) as { message: string }).message).toBe('Bad request: Content-Length is not a number.');
    expect(answer).not.toHaveBeenCalled();
  });

  it('gives each outcome its status: graded 201, invalid 400, not saved 503', () => {
    expect(statusOf({ status: 'graded', attemptId: 'a', verdict: { correct: true } as never })).toBe(201);
    expect(statusOf({ status: 'invalid', fieldErrors: {}, message: 'm' })).toBe(400);
    expect(statusOf({ status: 'error', message: 'Too many new guests' })).toBe(503);
  });

  it('passes the failure to save on as 503 with its message (a guest limit, the database down)', async () => {
    const response = await answerRequest(post(JSON.stringify(valid)), async () => ({ status: 'error', message: 'Your answer was graded but could not be saved. Please try again.' }));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'error', message: 'Your answer was graded but could not be saved. Please try again.' });
  });
});

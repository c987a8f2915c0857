import { describe, expect, it, vi } from 'vitest';
import { ANSWER_ROUTE, postQuizAnswer, withRequestId } from './post-answer';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const input = { itemId: 'pick', seed: 1, answer: { kind: 'choice', keys: ['a'] }, timeTakenMs: 2000, mode: 'practice' };

function fakeFetch(status: number, body: string) {
  return vi.fn(async () => new Response(body, { status, headers: { 'content-type': 'application/json' } })) as unknown as typeof fetch & ReturnType<typeof vi.fn>;
}

describe('postQuizAnswer', () => {
  it('posts the answer as JSON to the route and returns its verdict', async () => {
    const graded = { status: 'graded', attemptId: 'a1', verdict: { correct: true } };
    const fetchImpl = fakeFetch(201, JSON.stringify(graded));
    expect(await postQuizAnswer(input, fetchImpl)).toEqual(graded);
    expect(fetchImpl).toHaveBeenCalledWith(ANSWER_ROUTE, expect.objectContaining({ method: 'POST', headers: { 'Content-Type': 'application/json' } }));
    // Sent as it is, plus a new requestId (issue 16) since the caller gave none.
    const body = JSON.parse((fetchImpl.mock.calls[0]?.[1] as RequestInit).body as string);
    expect(body).toEqual({ ...input, requestId: expect.stringMatching(UUID) });
  });

  it('keeps the caller’s requestId, so a retried answer is sent with the same one', async () => {
    const fetchImpl = fakeFetch(201, JSON.stringify({ status: 'graded', attemptId: 'a1', verdict: { correct: true } }));
    const withId = { ...input, requestId: '0b6f1c7e-6a43-4f3e-9d55-3f1f4e2a9c11' };
    await postQuizAnswer(withId, fetchImpl);
    await postQuizAnswer(withId, fetchImpl);
    const sent = fetchImpl.mock.calls.map((call) => (call[1] as RequestInit).body);
    expect(sent).toEqual([JSON.stringify(withId), JSON.stringify(withId)]);
    expect(withRequestId('not an object')).toBe('not an object');
  });

  it('returns the route’s refusal as it is, field errors included', async () => {
    const refused = { status: 'invalid', fieldErrors: { seed: ['not a seed'] }, message: 'This answer could not be graded.' };
    expect(await postQuizAnswer(input, fakeFetch(400, JSON.stringify(refused)))).toEqual(refused);
  });

  it('turns an answer that is not the route’s JSON into an error the learner can retry', async () => {
    expect(await postQuizAnswer(input, fakeFetch(502, '<html>Bad gateway</html>'))).toEqual({ status: 'error', message: 'Your answer could not be sent. Please try again.' });
    expect(await postQuizAnswer(input, fakeFetch(429, 'slow down'))).toEqual({ status: 'error', message: 'Too many answers at once. Wait a moment and try again.' });
  });

  it('lets a network failure through, for the runner to say the server could not be reached', async () => {
    const offline = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;
    await expect(postQuizAnswer(input, offline)).rejects.toThrow('Failed to fetch');
  });
});

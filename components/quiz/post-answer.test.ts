import { describe, expect, it, vi } from 'vitest';
import { ANSWER_ROUTE, postQuizAnswer } from './post-answer';

const input = { itemId: 'pick', seed: 1, answer: { kind: 'choice', keys: ['a'] }, timeTakenMs: 2000, mode: 'practice' };

function fakeFetch(status: number, body: string) {
  return vi.fn(async () => new Response(body, { status, headers: { 'content-type': 'application/json' } })) as unknown as typeof fetch & ReturnType<typeof vi.fn>;
}

describe('postQuizAnswer', () => {
  it('posts the answer as JSON to the route and returns its verdict', async () => {
    const graded = { status: 'graded', attemptId: 'a1', verdict: { correct: true } };
    const fetchImpl = fakeFetch(201, JSON.stringify(graded));
    expect(await postQuizAnswer(input, fetchImpl)).toEqual(graded);
    expect(fetchImpl).toHaveBeenCalledWith(ANSWER_ROUTE, expect.objectContaining({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) }));
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

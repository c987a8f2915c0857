// The answers issue 16's load protocol sends and the checks on what the server made of them (the load itself
// needs a production build: run scripts/bench-progress.mjs). A fake server stands in for the route here: it
// keeps one row per (learner, requestId), as the database's unique index does.
import { describe, expect, it } from 'vitest';
import { attemptInput } from '@/lib/quiz-server/submit';
import { answerInput, classifyRepeat, compareRecorded, makeAttemptClient, readAnswer, resendAcknowledged, tallyRepeats } from './bench-answers.mjs';

const item = { itemId: 'output-path', keys: ['a', 'b', 'c', 'd'] };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A stand-in for POST /api/quiz/attempts: 201 with the stored attempt, `repeated: true` for a requestId seen before. */
function fakeRoute({ cutOff = (): boolean => false, commitBeforeCut = false }: { cutOff?: () => boolean; commitBeforeCut?: boolean } = {}) {
  const rows = new Map<string, string>();
  const bodies: { url: string; body: Record<string, unknown>; headers: Record<string, string> }[] = [];
  const pages: { url: string; headers: Record<string, string> }[] = [];
  const fetchImpl = async (url: string, init: RequestInit) => {
    if (init.method !== 'POST') {
      pages.push({ url, headers: init.headers as Record<string, string> });
      return new Response('0:{"rsc":"payload"}', { status: 200 });
    }
    const body = JSON.parse(String(init.body)) as Record<string, unknown>;
    bodies.push({ url, body, headers: init.headers as Record<string, string> });
    const requestId = String(body.requestId);
    const stored = rows.get(requestId);
    const cut = cutOff();
    if (cut && !commitBeforeCut) throw new TypeError('fetch failed');
    const attemptId = stored ?? `attempt-${rows.size + 1}`;
    if (!stored) rows.set(requestId, attemptId);
    if (cut) throw new TypeError('fetch failed'); // committed, but the answer never reached the learner
    const answer = { status: 'graded', attemptId, verdict: { correct: false }, ...(stored ? { repeated: true } : {}) };
    return new Response(JSON.stringify(answer), { status: 201, headers: { 'content-type': 'application/json' } });
  };
  return { rows, bodies, pages, fetchImpl };
}

const client = (fetchImpl: (url: string, init: RequestInit) => Promise<Response>, baseUrls = ['http://127.0.0.1:1']) =>
  makeAttemptClient(baseUrls, { jar: new Map([['stepwise.session_token', 't']]), address: '10.88.0.1', item, index: 0, fetchImpl });

describe('bench answers', () => {
  it('sends what the quiz runner sends: a body the route’s own schema accepts, with a requestId that is a UUID', () => {
    const input = answerInput({ item, n: 5, requestId: crypto.randomUUID(), sessionId: crypto.randomUUID() });
    expect(attemptInput.safeParse(input).success).toBe(true);
    expect(input).toMatchObject({ itemId: 'output-path', answer: { kind: 'choice', keys: ['b'] }, mode: 'practice' });
  });

  it('gives every new answer a fresh requestId, keeps the page’s session id, and re-sends a request unchanged', async () => {
    const server = fakeRoute();
    const learner = client(server.fetchImpl);
    const first = await learner.write();
    const second = await learner.write();
    expect([first.ok, second.ok, first.repeated, second.repeated]).toEqual([true, true, false, false]);
    const [a, b] = server.bodies.map((x) => x.body);
    expect(a?.requestId).toMatch(UUID);
    expect(b?.requestId).toMatch(UUID);
    expect(a?.requestId).not.toBe(b?.requestId);
    expect(a?.sessionId).toBe(b?.sessionId);
    expect(server.bodies[0]?.headers).toMatchObject({ 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin', Cookie: 'stepwise.session_token=t' });

    const last = learner.lastAcknowledged;
    if (!last) throw new Error('nothing acknowledged');
    const again = await learner.resend(last.input);
    expect(server.bodies.at(-1)?.body).toEqual(last.input);
    expect(again).toMatchObject({ ok: true, repeated: true, attemptId: last.attemptId });
    expect(classifyRepeat(last.attemptId, again)).toBe('repeated');
    // One acknowledgement per requestId, however often it was answered.
    expect(learner.acknowledged).toEqual([
      { requestId: a?.requestId, attemptId: 'attempt-1' },
      { requestId: b?.requestId, attemptId: 'attempt-2' },
    ]);
    expect(server.rows.size).toBe(2);
  });

  it('keeps an answer cut off before its verdict for a re-send; a re-send of one committed before the cut is a repeat', async () => {
    let cut = true;
    const server = fakeRoute({ cutOff: () => cut, commitBeforeCut: true });
    const learner = client(server.fetchImpl);
    await expect(learner.write()).rejects.toThrow('fetch failed');
    expect(learner.acknowledged).toEqual([]);
    const pending = learner.unacknowledged;
    if (!pending) throw new Error('the cut-off answer was not kept');
    // Submitting again while it has no verdict sends it again, requestId and all, as the quiz runner does.
    await expect(learner.write()).rejects.toThrow('fetch failed');
    expect(server.bodies.map((b) => b.body)).toEqual([pending, pending]);
    cut = false;
    const outcome = await learner.resend(pending);
    expect(outcome).toMatchObject({ ok: true, repeated: true, attemptId: 'attempt-1' });
    expect(learner.unacknowledged).toBeNull();
    expect(learner.acknowledged).toEqual([{ requestId: pending.requestId, attemptId: 'attempt-1' }]);
    expect(server.rows.size).toBe(1);
    // Then a new answer, with a new requestId.
    await learner.write();
    expect(server.bodies.at(-1)?.body.requestId).not.toBe(pending.requestId);
    expect(server.rows.size).toBe(2);
  });

  it('with refresh, follows each new answer with the page’s RSC request, as router.refresh() did, and records its latency', async () => {
    const server = fakeRoute();
    const learner = makeAttemptClient(['http://127.0.0.1:1'], { jar: new Map([['stepwise.session_token', 't']]), address: '10.88.0.1', item, index: 0, refresh: true, fetchImpl: server.fetchImpl });
    await learner.write();
    await learner.write(); // waits for the first answer's refresh
    expect(learner.refreshes).toHaveLength(1);
    expect(learner.refreshes[0]).toMatchObject({ ok: true, status: 200 });
    expect(server.pages[0]?.url).toMatch(/\/practice\/quizzes\/item\/output-path\?seed=1$/);
    expect(server.pages[0]?.headers).toMatchObject({ RSC: '1', Cookie: 'stepwise.session_token=t' });
    // Without the option (the page as it is now), no page request follows an answer.
    const plain = fakeRoute();
    const other = client(plain.fetchImpl);
    await other.write();
    await other.write();
    expect(plain.pages).toEqual([]);
    expect(other.refreshes).toEqual([]);
  });

  it('re-sends each learner’s last acknowledged answer twice, spread over the processes, and tallies the answers', async () => {
    const server = fakeRoute();
    const learners = [client(server.fetchImpl, ['http://one', 'http://two']), client(server.fetchImpl, ['http://one', 'http://two']), client(server.fetchImpl)];
    await learners[0]?.write();
    await learners[1]?.write();
    const sentBefore = server.bodies.length;
    const tally = await resendAcknowledged(learners, 2);
    expect(tally).toEqual({ sent: 4, repeated: 4, unmarked: 0, newRow: 0, failed: 0, ok: true });
    expect(new Set(server.bodies.slice(sentBefore, sentBefore + 2).map((x) => new URL(x.url).host))).toEqual(new Set(['one', 'two']));
    expect(server.rows.size).toBe(2);
  });

  it('names what went wrong with a repeat', () => {
    expect(classifyRepeat('a1', { ok: true, attemptId: 'a1', repeated: false })).toBe('unmarked');
    expect(classifyRepeat('a1', { ok: true, attemptId: 'a2', repeated: false })).toBe('newRow');
    expect(classifyRepeat('a1', { ok: false, attemptId: null, repeated: false })).toBe('failed');
    expect(tallyRepeats(['repeated', 'newRow', 'failed'])).toEqual({ sent: 3, repeated: 1, unmarked: 0, newRow: 1, failed: 1, ok: false });
    expect(tallyRepeats([]).ok).toBe(false);
  });

  it('reads the route’s 201 and the action’s 200, and only a graded answer with an attempt id is acknowledged', () => {
    expect(readAnswer(201, { status: 'graded', attemptId: 'x', repeated: true }, 'route')).toEqual({ ok: true, attemptId: 'x', repeated: true });
    expect(readAnswer(200, { status: 'graded', attemptId: 'x' }, 'action')).toEqual({ ok: true, attemptId: 'x', repeated: false });
    expect(readAnswer(200, { status: 'graded', attemptId: 'x' }, 'route').ok).toBe(false);
    expect(readAnswer(400, { status: 'invalid', repeated: true }, 'route')).toEqual({ ok: false, attemptId: null, repeated: false });
    expect(readAnswer(201, null, 'route').ok).toBe(false);
  });

  it('checks that every acknowledged requestId is one row, with the attempt id acknowledged', () => {
    const ack = [
      { requestId: 'r1', attemptId: 'a1' },
      { requestId: 'r2', attemptId: 'a2' },
      { requestId: 'r3', attemptId: 'a3' },
      { requestId: 'r4', attemptId: 'a4' },
      { requestId: 'r1', attemptId: 'a1' },
    ];
    const rows = [
      { requestId: 'r1', id: 'a1' },
      { requestId: 'r2', id: 'a2' },
      { requestId: 'r2', id: 'a9' },
      { requestId: 'r4', id: 'a8' },
    ];
    expect(compareRecorded(ack, rows)).toEqual({ acknowledged: 4, exactlyOnce: 1, missing: ['r3'], duplicated: ['r2'], mismatched: ['r4'], ok: false });
    expect(compareRecorded(ack.slice(0, 1), rows).ok).toBe(true);
    // Two different attempt ids acknowledged for one requestId is itself a fault.
    expect(compareRecorded([...ack.slice(0, 1), { requestId: 'r1', attemptId: 'a7' }], rows)).toMatchObject({ mismatched: ['r1'], ok: false });
    expect(compareRecorded([], rows).ok).toBe(false);
  });
});

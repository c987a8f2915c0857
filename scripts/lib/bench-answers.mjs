// The quiz answers of issue 16's load protocol, sent as the quiz runner sends them (components/quiz/quiz-runner.tsx,
// post-answer.ts): one fresh requestId (a UUID) per answer, the same body with the same requestId again when
// a request is retried; and the checks on what the server made of them: a repeat is answered with the
// attempt already stored (`repeated: true`), and every acknowledged requestId is one row, exactly once.
import { randomUUID } from 'node:crypto';
import { cookieHeader, updateJar } from './bench-protocol.mjs';

/**
 * The body of one answer, as the quiz runner's payload() builds it for the one-item page in practice mode:
 * a requestId of its own, the item, the seed of the numbers shown, the answer, the time taken and the page's
 * session id.
 */
export function answerInput({ item, n, requestId, sessionId }) {
  return { requestId, itemId: item.itemId, seed: 1, answer: { kind: 'choice', keys: [item.keys[n % item.keys.length]] }, timeTakenMs: 4000, mode: 'practice', sessionId };
}

/** What a response said: acknowledged (graded, with an attempt id) or not, and whether it was a repeat. */
export function readAnswer(status, state, via) {
  const ok = status === (via === 'action' ? 200 : 201) && state?.status === 'graded' && typeof state.attemptId === 'string';
  return { ok, attemptId: ok ? state.attemptId : null, repeated: ok && state.repeated === true };
}

function jsonOrNull(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The action's return value: row 1 of the RSC payload. */
function actionState(text) {
  const row = text.split('\n').find((line) => line.startsWith('1:'));
  return row ? jsonOrNull(row.slice(2)) : null;
}

/**
 * One signed-in learner recording quiz attempts the way the quiz pages send them: a JSON POST to
 * /api/quiz/attempts with the headers a browser's same-origin fetch carries. With `via: 'action'`, through
 * the submitQuizAnswer server action instead (its JSON argument list, as React sends a non-form action),
 * which the pages used before. `baseUrls` with several entries spreads the learner's requests over several
 * app processes (as a load balancer would), so a re-sent request may reach another process than the first.
 *
 * `acknowledged` keeps one { requestId, attemptId } per answer the server acknowledged; `unacknowledged` is
 * the last answer sent without an acknowledgement (refused, or cut off by a crash), which `resend` sends
 * again as it was, as the quiz runner does on a retry.
 *
 * With `refresh`, each acknowledged new answer is followed, without waiting for it, by the request
 * router.refresh() made on the one-item page before it was removed (the page's whole RSC payload, from the
 * root layout, with the learner's cookies); its latency goes to `refreshes`. The learner's next answer waits
 * for it, as a browser tab would have it finished by then.
 */
export function makeAttemptClient(baseUrls, { via = 'route', action, jar, address, item, index, refresh = false, fetchImpl = fetch, newId = randomUUID }) {
  let n = index;
  const acknowledged = [];
  const refreshes = [];
  let refreshing = null;
  const sessionId = newId();
  let unacknowledged = null;
  let lastAcknowledged = null;

  async function send(input) {
    const baseUrl = baseUrls[n % baseUrls.length];
    n += 1;
    const common = { Cookie: cookieHeader(jar), 'X-Forwarded-For': address };
    const response =
      via === 'action'
        ? // An action is found through a page that imports it: the item page does.
          await fetchImpl(`${baseUrl}/practice/quizzes/item/${item.itemId}`, {
            method: 'POST',
            headers: { 'Next-Action': action, 'Content-Type': 'text/plain;charset=UTF-8', ...common },
            body: JSON.stringify([input]),
          })
        : await fetchImpl(`${baseUrl}/api/quiz/attempts`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Origin: baseUrl, 'Sec-Fetch-Site': 'same-origin', ...common },
            body: JSON.stringify(input),
          });
    const text = await response.text();
    updateJar(jar, response);
    const state = via === 'action' ? actionState(text) : jsonOrNull(text);
    const answer = readAnswer(response.status, state, via);
    // Next.js renders the page again after an action that revalidated (a cookie set counts): it says so here.
    const rendered = (response.headers.get('x-action-revalidated') ?? '0') !== '0';
    return { ...answer, status: response.status, rendered, message: answer.ok ? null : (state?.message ?? text.slice(0, 120)) };
  }

  /** Sends `input`; an acknowledgement of an answer not acknowledged before is kept. */
  async function sendAndKeep(input) {
    const outcome = await send(input);
    if (outcome.ok && !acknowledged.some((a) => a.requestId === input.requestId)) {
      acknowledged.push({ requestId: input.requestId, attemptId: outcome.attemptId });
      lastAcknowledged = { input, attemptId: outcome.attemptId };
      if (unacknowledged?.requestId === input.requestId) unacknowledged = null;
    }
    return outcome;
  }

  function refreshPage() {
    const baseUrl = baseUrls[n % baseUrls.length];
    const t = performance.now();
    refreshing = fetchImpl(`${baseUrl}/practice/quizzes/item/${item.itemId}?seed=1`, { headers: { RSC: '1', Cookie: cookieHeader(jar), 'X-Forwarded-For': address } })
      .then(async (response) => {
        await response.text();
        refreshes.push({ ms: performance.now() - t, ok: response.ok, status: response.status, message: response.ok ? null : 'refresh failed' });
      })
      .catch((error) => refreshes.push({ ms: performance.now() - t, ok: false, status: 0, message: String(error?.message ?? error) }));
  }

  return {
    acknowledged,
    refreshes,
    get unacknowledged() {
      return unacknowledged;
    },
    get lastAcknowledged() {
      return lastAcknowledged;
    },
    /**
     * The next answer: a new one with a new requestId, or, while the last one got no verdict (refused, cut
     * off), that one again with its requestId, as the quiz runner sends it when the learner submits again.
     */
    async write() {
      if (refreshing) await refreshing;
      refreshing = null;
      const input = unacknowledged ?? answerInput({ item, n, requestId: newId(), sessionId });
      unacknowledged = input; // until the server acknowledges it (a throw, a refusal or a crash leaves it here)
      const outcome = await sendAndKeep(input);
      if (refresh && outcome.ok) refreshPage();
      return outcome;
    },
    /** The same request again, byte for byte: same requestId, same answer (a retry). */
    resend(input) {
      return sendAndKeep(input);
    },
  };
}

/**
 * How a re-sent answer was answered, against the attempt the first sending acknowledged: `repeated` (the same
 * attempt, marked repeated: true, as it should be), `unmarked` (the same attempt without the mark), `newRow`
 * (another attempt id: recorded twice), or `failed` (not acknowledged).
 */
export function classifyRepeat(originalAttemptId, outcome) {
  if (!outcome.ok) return 'failed';
  if (outcome.attemptId !== originalAttemptId) return 'newRow';
  return outcome.repeated ? 'repeated' : 'unmarked';
}

/** Counts of classifyRepeat's answers; `ok` when every re-sent answer was the stored attempt marked repeated. */
export function tallyRepeats(kinds) {
  const tally = { sent: kinds.length, repeated: 0, unmarked: 0, newRow: 0, failed: 0 };
  for (const k of kinds) tally[k] += 1;
  return { ...tally, ok: tally.sent > 0 && tally.repeated === tally.sent };
}

/**
 * Each learner re-sends its last acknowledged answer `copies` times at once (a retry racing another retry):
 * every copy must be answered with the attempt already stored, marked repeated.
 */
export async function resendAcknowledged(clients, copies = 2) {
  const kinds = await Promise.all(
    clients
      .filter((c) => c.lastAcknowledged)
      .flatMap((c) => {
        const { input, attemptId } = c.lastAcknowledged;
        return Array.from({ length: copies }, () =>
          c.resend(input).then(
            (outcome) => classifyRepeat(attemptId, outcome),
            () => 'failed',
          ),
        );
      }),
  );
  return tallyRepeats(kinds);
}

/**
 * Every acknowledged answer against the database's rows with those requestIds: present exactly once, with
 * the attempt id the server acknowledged. `rows` are { requestId, id } as read back.
 */
export function compareRecorded(acknowledged, rows) {
  const stored = new Map();
  for (const r of rows) stored.set(r.requestId, [...(stored.get(r.requestId) ?? []), r.id]);
  // The attempt ids the server acknowledged per requestId (more than one would itself be a fault).
  const answered = new Map();
  for (const a of acknowledged) answered.set(a.requestId, new Set([...(answered.get(a.requestId) ?? []), a.attemptId]));
  const missing = [];
  const duplicated = [];
  const mismatched = [];
  for (const [requestId, attemptIds] of answered) {
    const ids = stored.get(requestId) ?? [];
    if (ids.length === 0) missing.push(requestId);
    else if (ids.length > 1) duplicated.push(requestId);
    else if (attemptIds.size !== 1 || !attemptIds.has(ids[0])) mismatched.push(requestId);
  }
  const exactlyOnce = answered.size - missing.length - duplicated.length - mismatched.length;
  return { acknowledged: answered.size, exactlyOnce, missing, duplicated, mismatched, ok: answered.size > 0 && exactlyOnce === answered.size };
}

const ROWS_SQL = 'SELECT "requestId", id FROM "QuizAttempt" WHERE "requestId" = ANY($1)';
const TOTALS_SQL = 'SELECT count(*)::int AS rows, count(DISTINCT ("learnerId", "requestId"))::int AS "distinctRequests" FROM "QuizAttempt" WHERE "requestId" IS NOT NULL';

/**
 * Reads back the rows of the acknowledged requestIds (PGlite folder or PostgreSQL URL), compares them
 * (compareRecorded), and counts the table's rows against its distinct (learner, requestId) pairs: a
 * request recorded twice, acknowledged or not, would make the two differ.
 */
export async function checkRecorded(databaseUrl, acknowledged) {
  const requestIds = acknowledged.map((a) => a.requestId);
  let rows;
  let totals;
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      rows = (await client.query(ROWS_SQL, [requestIds])).rows;
      totals = (await client.query(TOTALS_SQL)).rows[0];
    } finally {
      await client.end();
    }
  } else {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = new PGlite({ dataDir: databaseUrl.replace(/^file:/, '') });
    try {
      rows = (await db.query(ROWS_SQL, [requestIds])).rows;
      totals = (await db.query(TOTALS_SQL)).rows[0];
    } finally {
      await db.close();
    }
  }
  return { ...compareRecorded(acknowledged, rows), tableRows: totals.rows, distinctRequests: totals.distinctRequests };
}

/** One line for the report: how many acknowledged answers are rows exactly once, and what is wrong if not. */
export function describeRecorded(check) {
  const problems = [
    check.missing.length ? `${check.missing.length} missing (${check.missing.slice(0, 3).join(', ')}...)` : '',
    check.duplicated.length ? `${check.duplicated.length} recorded more than once` : '',
    check.mismatched.length ? `${check.mismatched.length} stored under another attempt id than acknowledged` : '',
  ].filter(Boolean);
  return (
    `${check.exactlyOnce} of ${check.acknowledged} acknowledged requestIds present exactly once` +
    (problems.length ? `; ${problems.join('; ')}` : '') +
    `; the table holds ${check.tableRows} rows with a requestId for ${check.distinctRequests} distinct (learner, requestId) pairs`
  );
}

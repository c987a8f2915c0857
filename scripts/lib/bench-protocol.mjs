// The pieces of issue 16's load protocol (scripts/bench-progress.mjs runs them): a `next start` server on
// a given database, signed-in learners created through the real sign-up action, paced or closed-loop load,
// and the saturation search. The answers themselves and the checks on their rows: bench-answers.mjs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { superviseNode } from './supervise.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

/** Starts `next start` on a port and database; resolves once it answers. */
export async function startApp({ port, databaseUrl, env = {}, nodeArgs = [] }) {
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  const child = superviseNode([...nodeArgs, nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: '1', ...env },
    onExit: (code, signal) => resolveExit({ code, signal }),
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForServer(baseUrl, child);
  return {
    child,
    baseUrl,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

export async function waitForServer(baseUrl, child, ms = 180_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before it was ready`);
    try {
      const r = await fetch(`${baseUrl}/sign-in`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not answer within 3 minutes');
}

/** A distinct client address per learner, as distinct people would have (rate limits count per address). */
export const addressFor = (index) => `10.88.${Math.floor(index / 250)}.${(index % 250) + 1}`;

/**
 * Creates an account through the sign-up server action (the body React sends for useActionState) and
 * returns the session cookie it sets. Throws with the action's message when it refuses.
 */
export async function signUpLearner(baseUrl, { action, email, password, address }) {
  const body = new FormData();
  body.append('_1_name', `Bench learner ${email}`);
  body.append('_1_email', email);
  body.append('_1_password', password);
  body.append('_1_next', '/');
  body.append('0', JSON.stringify([{ status: 'idle' }, '$K1']));
  const response = await fetch(`${baseUrl}/sign-up`, {
    method: 'POST',
    headers: { 'Next-Action': action, 'X-Forwarded-For': address },
    body,
    redirect: 'manual',
  });
  const text = await response.text();
  const jar = updateJar(new Map(), response);
  if (![...jar.keys()].some((name) => name.endsWith('session_token'))) throw new Error(`sign-up of ${email} failed (HTTP ${response.status}): ${text.slice(0, 200)}`);
  return jar;
}

/**
 * A browser's cookie jar, as far as the bench needs one: the session token and, with the session cookie
 * cache on, its signed copy, which the server refreshes in later responses.
 */
export function updateJar(jar, response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair, ...attributes] = line.split(';');
    const at = pair.indexOf('=');
    const name = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    const expired = value === '' || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
    if (expired) jar.delete(name);
    else jar.set(name, value);
  }
  return jar;
}

/** The Cookie header a browser sends from the jar. */
export const cookieHeader = (jar) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

/** A choice quiz item as served (options included), to answer in the load. */
export async function choiceItem(baseUrl, itemId) {
  const response = await fetch(`${baseUrl}/api/quiz/items/${itemId}?seed=1`);
  if (!response.ok) throw new Error(`quiz item ${itemId}: HTTP ${response.status}`);
  const { question } = await response.json();
  if (!question.options?.length) throw new Error(`quiz item ${itemId} is not a choice item`);
  return { itemId, keys: question.options.map((o) => o.key) };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Each client starts a request every `intervalMs` (a random phase so they do not fire together, and
 * ±10 % jitter), for `durationMs`. A request slower than the interval delays the next one (never two at
 * once per learner, as a person would not).
 */
export async function runPaced(clients, { durationMs, intervalMs }) {
  const results = [];
  const started = performance.now();
  const until = started + durationMs;
  await Promise.all(
    clients.map(async (client) => {
      await sleep(Math.random() * intervalMs);
      while (performance.now() < until) {
        const t = performance.now();
        let outcome;
        try {
          outcome = await client.write();
        } catch (error) {
          outcome = { ok: false, status: 0, message: `${error?.message ?? error}${error?.cause ? ` (${error.cause.code ?? error.cause.message})` : ''}` };
        }
        const ms = performance.now() - t;
        results.push({ ms, ...outcome });
        const wait = intervalMs * (0.9 + Math.random() * 0.2) - ms;
        if (wait > 0) await sleep(Math.min(wait, Math.max(0, until - performance.now())));
      }
    }),
  );
  return { results, elapsedMs: performance.now() - started };
}

/**
 * The saturation point: closed-loop load with no think time at growing concurrency. Returns one row per
 * level; `saturatedAt` is the first level whose p95 passed `p95LimitMs`, with the request rate reached there.
 */
export async function findSaturation(clients, { levels, stepMs, p95LimitMs, runLoad, summarize }) {
  const rows = [];
  let saturatedAt = null;
  for (const level of levels) {
    if (level > clients.length) break;
    const summary = summarize(await runLoad(clients.slice(0, level), { durationMs: stepMs, thinkMs: 0 }));
    rows.push({ concurrency: level, ...summary });
    if (summary.p95 > p95LimitMs) {
      saturatedAt = { concurrency: level, throughput: summary.throughput, p95: summary.p95, lastUnder: rows.at(-2) ?? null };
      break;
    }
  }
  return { rows, saturatedAt };
}

/**
 * Mean milliseconds per server action spent in each span between two profile snapshots: where one quiz
 * answer's time goes inside the server (session, the attempt's INSERT, review cards, the driver, PGlite).
 */
export function spanBreakdown(before, after) {
  if (!after?.series?.action) return null;
  const delta = (label) => {
    const a = after.series[label];
    const b = before?.series?.[label];
    if (!a) return { count: 0, totalMs: 0 };
    return { count: a.count - (b?.count ?? 0), totalMs: a.totalMs - (b?.totalMs ?? 0) };
  };
  const actions = delta('action').count;
  if (actions === 0) return null;
  const rows = {};
  for (const label of Object.keys(after.series)) {
    const d = delta(label);
    rows[label] = { perAction: d.count / actions, msPerAction: d.totalMs / actions };
  }
  return { actions, rows };
}

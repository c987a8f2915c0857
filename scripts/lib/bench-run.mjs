// Issue 16's load protocol, run by scripts/bench-progress.mjs (see its header for the options).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertFolderFree } from '../../lib/db/folder-lock.mjs';
import { dbSetup } from '../db-setup.mjs';
import { startPostgres } from '../pg-server.mjs';
import { checkRecorded, describeRecorded, makeAttemptClient, resendAcknowledged } from './bench-answers.mjs';
import { addressFor, choiceItem, findSaturation, runPaced, signUpLearner, spanBreakdown, startApp } from './bench-protocol.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fmt = (ms) => (Number.isFinite(ms) ? `${ms.toFixed(1)} ms` : 'n/a');
const TARGET_P95_MS = 50;
const SATURATION_P95_MS = 100;
const SATURATION_LEVELS = [1, 2, 4, 8, 12, 16, 24, 32, 50];
const ITEM_ID = 'output-path';
const SIGN_UP_AT_ONCE = 5;

function printSummary(title, summary, extra = {}) {
  console.log(`\n${title}`);
  console.log(`  requests     ${summary.requests} in ${(summary.elapsedMs / 1000).toFixed(1)} s`);
  console.log(`  throughput   ${summary.throughput.toFixed(1)} req/s`);
  console.log(`  latency      p50 ${fmt(summary.p50)}  p95 ${fmt(summary.p95)}  p99 ${fmt(summary.p99)}  max ${fmt(summary.max)}`);
  console.log(`  errors       ${summary.errors}${summary.errors ? ` ${JSON.stringify(summary.errorKinds)}` : ''}`);
  if (extra.target) console.log(`  target       p95 < ${TARGET_P95_MS} ms and no errors: ${summary.p95 < TARGET_P95_MS && summary.errors === 0 ? 'MET' : 'MISSED'}`);
  if (extra.cpuMsPerRequest !== undefined) console.log(`  server CPU   ${extra.cpuMsPerRequest.toFixed(1)} ms per request`);
  if (extra.rendered !== undefined) console.log(`  re-rendered  the page after the action in ${extra.rendered} of ${summary.requests} responses (x-action-revalidated)`);
  console.log(`  machine      load average ${extra.loadBefore.toFixed(2)} -> ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} cores`);
}

function printSaturation(title, { rows, saturatedAt }) {
  console.log(`\n${title} (no think time, ${rows[0] ? (rows[0].elapsedMs / 1000).toFixed(0) : '?'} s per step)`);
  console.log('  concurrency   req/s     p50        p95        p99      errors');
  for (const r of rows) {
    console.log(`  ${String(r.concurrency).padStart(11)} ${r.throughput.toFixed(1).padStart(7)} ${fmt(r.p50).padStart(10)} ${fmt(r.p95).padStart(10)} ${fmt(r.p99).padStart(10)} ${String(r.errors).padStart(8)}`);
  }
  if (saturatedAt) {
    const under = saturatedAt.lastUnder;
    console.log(
      `  saturation   p95 passed ${SATURATION_P95_MS} ms at ${saturatedAt.throughput.toFixed(1)} req/s (${saturatedAt.concurrency} concurrent learners, p95 ${fmt(saturatedAt.p95)})` +
        (under ? `; ${under.throughput.toFixed(1)} req/s at ${under.concurrency} concurrent stayed under it` : ''),
    );
  } else {
    const top = rows.at(-1);
    console.log(`  saturation   p95 stayed under ${SATURATION_P95_MS} ms up to ${top ? `${top.throughput.toFixed(1)} req/s (${top.concurrency} concurrent)` : 'n/a'}`);
  }
}

/** Signs up `count` learners, a few at a time (scrypt is meant to be slow), each with its own address. */
async function createLearners(baseUrls, { count, stamp, offset, actions, item }) {
  const clients = [];
  for (let start = 0; start < count; start += SIGN_UP_AT_ONCE) {
    const batch = Array.from({ length: Math.min(SIGN_UP_AT_ONCE, count - start) }, (_, k) => start + k);
    const made = await Promise.all(
      batch.map(async (i) => {
        const index = offset + i;
        const address = addressFor(index);
        const jar = await signUpLearner(baseUrls[i % baseUrls.length], {
          action: actions.signUp,
          email: `bench-${stamp}-${index}@example.test`,
          password: `bench-password-${index}`,
          address,
        });
        return makeAttemptClient(baseUrls, { via: actions.via, action: actions.submit, refresh: actions.refresh, jar, address, item, index });
      }),
    );
    clients.push(...made);
  }
  return clients;
}

/** The server's span timings (lib/perf/profile.ts) as written now, or null when profiling is off. */
const readProfile = (file) => (file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const SPAN_LABELS = {
  action: 'the whole server action (wall clock, waits included)',
  session: '  learner id: Better Auth session (+ guest cookie check)',
  db: '  the attempt INSERT through Prisma',
  enroll: '  review card for a wrong answer (Prisma)',
  adapter: 'driver adapter calls, all of the above (queue + PGlite)',
  pglite: '  PGlite engine executing (WASM, file writes)',
};

function printSpans(spans, summary, rendered) {
  console.log(`\nWhere a request's time goes on the server (mean ms per action; ${spans.actions} actions)`);
  console.log(`  client-measured request mean ${fmt(summary.mean)}; page re-rendered after the action in ${rendered} of ${summary.requests} responses`);
  for (const [label, title] of Object.entries(SPAN_LABELS)) {
    const row = spans.rows[label];
    if (row) console.log(`  ${title.padEnd(58)} ${fmt(row.msPerAction).padStart(10)}  (${row.perAction.toFixed(2)} calls)`);
  }
}

function printCpu(cpuDir, window, cpuMsPerRequest, cpuByPackage) {
  const file = existsSync(cpuDir) ? readdirSync(cpuDir).find((f) => f.endsWith('.cpuprofile')) : undefined;
  if (!file) return console.log('\n(no CPU profile was written)');
  const cpu = cpuByPackage(JSON.parse(readFileSync(path.join(cpuDir, file), 'utf8')), window);
  const busy = cpu.filter((r) => r.name !== '(idle)');
  const busyShare = busy.reduce((a, r) => a + r.share, 0);
  console.log('\nServer CPU during the paced phase, by package (share of busy samples; CPU ms per request)');
  for (const row of busy.slice(0, 14)) {
    const share = row.share / busyShare;
    const per = cpuMsPerRequest === undefined ? '' : `${(share * cpuMsPerRequest).toFixed(1).padStart(6)} ms/request`;
    console.log(`  ${row.name.padEnd(52)} ${(share * 100).toFixed(1).padStart(5)} %  ${per}`);
  }
  console.log(`  (profile: ${path.relative(root, path.join(cpuDir, file))})`);
  return cpu;
}

/** Every learner re-sends its last acknowledged answer twice at once; prints and returns the tally. */
async function checkRepeats(clients, where) {
  const tally = await resendAcknowledged(clients, 2);
  console.log(
    `\nRepeats (${where}): each learner re-sent its last acknowledged answer twice at once, same requestId: ` +
      `${tally.repeated} of ${tally.sent} answered with the stored attempt and repeated: true` +
      (tally.ok ? '' : ` (${tally.unmarked} same attempt without repeated: true, ${tally.newRow} recorded as a new attempt, ${tally.failed} failed)`),
  );
  return tally;
}

function measure(fn, servers, deps) {
  return async () => {
    const loadBefore = os.loadavg()[0];
    const cpuBefore = servers.map((s) => deps.processCpuMs(s.child.pid));
    const load = await fn();
    const summary = { ...deps.summarize(load), elapsedMs: load.elapsedMs };
    const rendered = load.results.filter((r) => r.rendered).length;
    const cpuAfter = servers.map((s) => deps.processCpuMs(s.child.pid));
    const cpu = cpuBefore.every((c) => c !== null) && cpuAfter.every((c) => c !== null) ? cpuAfter.reduce((a, c, i) => a + c - cpuBefore[i], 0) : null;
    return { summary, loadBefore, rendered, cpuMsPerRequest: cpu === null ? undefined : cpu / summary.requests };
  };
}

/** The check's counts for the JSON record (the lists of ids only as many as it takes to look one up). */
const summarizeCheck = (c) => ({ ...c, missing: c.missing.slice(0, 20), duplicated: c.duplicated.slice(0, 20), mismatched: c.mismatched.slice(0, 20), missingCount: c.missing.length, duplicatedCount: c.duplicated.length, mismatchedCount: c.mismatched.length });

export async function runProtocol(options, deps) {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const out = path.join(root, 'bench-results');
  mkdirSync(out, { recursive: true });
  const record = { options, at: new Date().toISOString(), cores: os.cpus().length, phases: {} };
  const actions = { signUp: deps.actionId('signUp'), via: options.via, refresh: options.refresh, submit: options.via === 'action' ? deps.actionId('submitQuizAnswer') : null };
  if (options.refresh) console.log("Each answer is followed by the item page's RSC refresh, as router.refresh() made it (--refresh)");
  console.log(`Quiz answers sent ${options.via === 'action' ? 'through the submitQuizAnswer server action' : 'to POST /api/quiz/attempts, as the quiz pages send them'}`);
  const phases = new Set(options.phases);
  const env = options.sessionCache === null ? {} : { STEPWISE_SESSION_CACHE_SECONDS: String(options.sessionCache) };
  console.log(`Session cookie cache: ${options.sessionCache === null ? 'the app default' : options.sessionCache === 0 ? 'off' : `${options.sessionCache} s`}`);
  const all = [];

  if (phases.has('steady') || phases.has('saturation') || phases.has('crash')) {
    const dataDir = path.join(root, 'data', 'bench-pglite');
    assertFolderFree(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
    const databaseUrl = `file:${dataDir}`;
    console.log('PGlite: a fresh database in data/bench-pglite');
    dbSetup({ databaseUrl, quiet: true });
    // Span timings (lib/perf/profile.ts) and, with --cpu-prof, a V8 CPU profile of the first server
    // (written when it exits normally: not after the crash phase's SIGKILL).
    const profileFile = options.profile ? path.join(out, `progress-${stamp}.server-profile.json`) : null;
    const cpuDir = path.join(out, `progress-${stamp}.cpu`);
    const nodeArgs = options.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', cpuDir] : [];
    let server = await startApp({ port: options.port, databaseUrl, env: { ...env, ...(profileFile ? { STEPWISE_PROFILE_FILE: profileFile } : {}) }, nodeArgs });
    let steadyWindow = null;
    try {
      const item = await choiceItem(server.baseUrl, ITEM_ID);
      console.log(`Signing up ${options.clients} learners through the sign-up action`);
      const t = performance.now();
      const clients = await createLearners([server.baseUrl], { count: options.clients, stamp, offset: 0, actions, item });
      all.push(...clients);
      console.log(`  ${clients.length} accounts in ${((performance.now() - t) / 1000).toFixed(1)} s; warming up (5 s, not measured)`);
      await runPaced(clients, { durationMs: 5000, intervalMs: options.interval });

      if (phases.has('steady')) {
        if (profileFile) await new Promise((r) => setTimeout(r, 1200)); // the server writes its spans each second
        const spansBefore = readProfile(profileFile);
        steadyWindow = { startUs: deps.monotonicUs(), endUs: 0 };
        const refreshesBefore = clients.map((c) => c.refreshes.length);
        const m = await measure(() => runPaced(clients, { durationMs: options.steady * 1000, intervalMs: options.interval }), [server], deps)();
        steadyWindow.endUs = deps.monotonicUs();
        printSummary(`PGlite, one process: ${options.clients} signed-in learners, one quiz attempt each about every ${options.interval / 1000} s, ${options.steady} s`, m.summary, { ...m, target: true });
        record.phases.steady = m;
        if (options.refresh) {
          const refreshes = clients.flatMap((c, i) => c.refreshes.slice(refreshesBefore[i]));
          const r = deps.summarize({ results: refreshes, elapsedMs: options.steady * 1000 });
          console.log(`  page refreshes ${r.requests} (the server CPU above includes them): p50 ${fmt(r.p50)}  p95 ${fmt(r.p95)}  p99 ${fmt(r.p99)}, errors ${r.errors}`);
          record.phases.steady.refresh = r;
        }
        if (profileFile) {
          await new Promise((r) => setTimeout(r, 1500));
          const spans = spanBreakdown(spansBefore, readProfile(profileFile));
          if (spans) printSpans(spans, m.summary, m.rendered);
          record.phases.steady.spans = spans;
        }
      }
      // Not timed: the same requests again must be recorded once (checked with the rows at the end).
      record.phases.repeat = await checkRepeats(clients, 'PGlite');
      if (phases.has('saturation')) {
        const loadBefore = os.loadavg()[0];
        const sat = await findSaturation(clients, { levels: SATURATION_LEVELS, stepMs: options.step * 1000, p95LimitMs: SATURATION_P95_MS, runLoad: deps.runLoad, summarize: (l) => ({ ...deps.summarize(l), elapsedMs: l.elapsedMs }) });
        printSaturation('PGlite saturation point', sat);
        console.log(`  machine      load average ${loadBefore.toFixed(2)} -> ${os.loadavg()[0].toFixed(2)}`);
        record.phases.saturation = sat;
      }
      if (phases.has('crash')) {
        const before = clients.reduce((a, c) => a + c.acknowledged.length, 0);
        console.log(`\nCrash: full load with no think time, SIGKILL of the server after 2.5 s, restart, then the database is checked`);
        const killAt = setTimeout(() => server.child.kill('SIGKILL'), 2500);
        const load = await deps.runLoad(clients, { durationMs: 4000, thinkMs: 0 });
        clearTimeout(killAt);
        const exit = await server.exited;
        const duringCrash = clients.reduce((a, c) => a + c.acknowledged.length, 0) - before;
        const failed = load.results.filter((r) => !r.ok).length;
        console.log(`  server ended by ${exit.signal ?? `exit ${exit.code}`}; ${duringCrash} attempts acknowledged in the crash window, ${failed} requests failed (cut off by the kill, never acknowledged)`);
        const t2 = performance.now();
        server = await startApp({ port: options.port, databaseUrl, env });
        console.log(`  restarted on the same folder in ${((performance.now() - t2) / 1000).toFixed(1)} s`);
        // The quiz runner re-sends an answer that got no verdict with the same requestId: so does each learner
        // whose last request the kill cut off. One committed before the kill must come back repeated, not twice.
        const cut = clients.filter((c) => c.unacknowledged).map((c) => ({ c, input: c.unacknowledged }));
        const resent = await Promise.all(cut.map(({ c, input }) => c.resend(input).catch((e) => ({ ok: false, repeated: false, message: String(e) }))));
        const resend = { sent: cut.length, alreadyStored: resent.filter((r) => r.ok && r.repeated).length, recordedNow: resent.filter((r) => r.ok && !r.repeated).length, failed: resent.filter((r) => !r.ok).length };
        console.log(
          `  re-sent the ${resend.sent} answers the kill left without a verdict (each learner's last, sent again with its requestId after every failure): ${resend.alreadyStored} had been committed before the kill (answered repeated: true), ` +
            `${resend.recordedNow} were recorded now, ${resend.failed} failed`,
        );
        const after = await Promise.all(clients.map((c) => c.write().catch((e) => ({ ok: false, message: String(e) }))));
        console.log(`  after the restart: ${after.filter((r) => r.ok).length} of ${clients.length} learners recorded a new attempt with their existing session`);
        await server.stop();
        const recorded = await checkRecorded(databaseUrl, clients.flatMap((c) => c.acknowledged));
        console.log(`  whole PGlite run: ${describeRecorded(recorded)}`);
        record.phases.crash = { duringCrash, failedRequests: failed, resend, restartedWrites: after.filter((r) => r.ok).length, recorded: summarizeCheck(recorded) };
      }
    } finally {
      await server.stop();
    }
    if (options.cpuProf && steadyWindow) record.phases.steady.cpu = printCpu(cpuDir, steadyWindow, record.phases.steady.cpuMsPerRequest, deps.cpuByPackage);
  }

  if (phases.has('postgres')) {
    console.log('\nPostgreSQL: starting a throwaway server (scripts/pg-server.mjs)');
    const pg = await startPostgres();
    const servers = [];
    try {
      dbSetup({ databaseUrl: pg.url, quiet: true });
      servers.push(...(await Promise.all([options.port, options.port + 10].map((port) => startApp({ port, databaseUrl: pg.url, env })))));
      const urls = servers.map((s) => s.baseUrl);
      const item = await choiceItem(urls[0], ITEM_ID);
      const clients = await createLearners(urls, { count: options.clients, stamp, offset: 1000, actions, item });
      console.log(`  ${clients.length} learners signed up across ${urls.join(' and ')}; warming up (5 s)`);
      await runPaced(clients, { durationMs: 5000, intervalMs: options.interval });
      const m = await measure(() => runPaced(clients, { durationMs: options.steady * 1000, intervalMs: options.interval }), servers, deps)();
      printSummary(`PostgreSQL, two processes: ${options.clients} signed-in learners, requests alternating between them, one attempt each about every ${options.interval / 1000} s`, m.summary, m);
      record.phases.postgres = m;
      if (phases.has('saturation')) {
        const sat = await findSaturation(clients, { levels: SATURATION_LEVELS, stepMs: options.step * 1000, p95LimitMs: SATURATION_P95_MS, runLoad: deps.runLoad, summarize: (l) => ({ ...deps.summarize(l), elapsedMs: l.elapsedMs }) });
        printSaturation('PostgreSQL (two processes) saturation point', sat);
        record.phases.postgresSaturation = sat;
      }
      // A repeat sent to the other process than the first sending (requests alternate) is recognised too.
      record.phases.postgres.repeat = await checkRepeats(clients, 'PostgreSQL, the copies spread over both processes');
      const recorded = await checkRecorded(pg.url, clients.flatMap((c) => c.acknowledged));
      console.log(`  PostgreSQL: ${describeRecorded(recorded)}`);
      record.phases.postgres.recorded = summarizeCheck(recorded);
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
      pg.stop();
    }
  }

  const jsonFile = options.json ?? path.join(out, `progress-${stamp}.json`);
  writeFileSync(jsonFile, JSON.stringify(record, null, 2));
  console.log(`\nWritten to ${path.relative(root, jsonFile)}`);
}

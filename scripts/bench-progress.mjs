#!/usr/bin/env node
// Load test of the progress write path (issue 14; the accounts issue 16 extends it): starts `next start`
// on the production build with a fresh PGlite folder of its own, then N clients, each a guest learner
// with its own cookie, mark and un-mark a lesson through the real server action as fast as they can
// (or with a think time), and it prints throughput, latency percentiles and errors.
//
// With --profile (on by default) the server records where each request's time went (lib/perf/profile.ts):
//   action   time inside the server action
//   db       the action's data-layer calls (Prisma + driver + PGlite, waits included)
//   adapter  time in the driver adapter (waiting for PGlite's single connection + running)
//   pglite   time PGlite's engine spent executing (its file writes included)
// and the rest of each request (outside the action) is Next.js: proxy, multipart decoding, rendering
// the action's response, and waiting for the event loop. --cpu-prof adds a CPU profile of the server,
// summarised by package.
//
// The default run is issue 16's whole protocol (scripts/lib/bench-run.mjs): 50 signed-in learners each
// recording a quiz attempt about every 2 s for 30 s on PGlite, sent as the quiz pages send it (one fresh
// requestId per answer: scripts/lib/bench-answers.mjs); a check that the same requests re-sent are answered
// `repeated: true` with the stored attempt; the saturation point (no think time, growing concurrency, until
// p95 passes 100 ms); the same against two `next start` processes sharing one PostgreSQL; and a SIGKILL of
// the server mid-load, a restart, the answers the kill cut off re-sent with their requestIds, and a check
// that every acknowledged requestId is in the database exactly once.
//
//   node scripts/bench-progress.mjs [--clients 50] [--interval 2000] [--steady 30] [--step 6]
//                                   [--phases steady,saturation,postgres,crash] [--port 3207] [--json file]
//                                   [--session-cache <seconds>]   (STEPWISE_SESSION_CACHE_SECONDS; 0 = off)
//                                   [--refresh]   (after each answer, fetch the item page's RSC payload as router.refresh()
//                                                  did on the one-item page before it was removed)
//                                   [--via route|action]   (how answers are sent: the pages' JSON route, the default,
//                                                           or the submitQuizAnswer server action they used before)
//   node scripts/bench-progress.mjs --guest [--clients 50] [--duration 20] [--think 0] [--port 3207]
//                                   [--no-profile] [--cpu-prof] [--json file]    (issue 14's guest run)
//
// Needs a finished `npx next build`. Figures go to stdout and to bench-results/progress-<time>.json.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertFolderFree } from '../lib/db/folder-lock.mjs';
import { dbSetup } from './db-setup.mjs';
import { superviseNode } from './lib/supervise.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

/** The issue's protocol, in order: paced load on PGlite, its saturation point, two processes on PostgreSQL, a crash. */
export const PHASES = ['steady', 'saturation', 'postgres', 'crash'];

export function parseArgs(argv) {
  const options = {
    clients: 50,
    duration: 20,
    think: 0,
    warmup: 3,
    port: 3207,
    profile: true,
    cpuProf: false,
    json: null,
    guest: false,
    interval: 2000,
    steady: 30,
    step: 6,
    phases: [...PHASES],
    sessionCache: null,
    via: 'route',
    refresh: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--clients') options.clients = Number(value());
    else if (arg === '--duration') options.duration = Number(value());
    else if (arg === '--think') options.think = Number(value());
    else if (arg === '--warmup') options.warmup = Number(value());
    else if (arg === '--port') options.port = Number(value());
    else if (arg === '--no-profile') options.profile = false;
    else if (arg === '--cpu-prof') options.cpuProf = true;
    else if (arg === '--json') options.json = value();
    else if (arg === '--guest') options.guest = true;
    else if (arg === '--interval') options.interval = Number(value());
    else if (arg === '--steady') options.steady = Number(value());
    else if (arg === '--step') options.step = Number(value());
    else if (arg === '--session-cache') {
      options.sessionCache = Number(value());
      if (!Number.isInteger(options.sessionCache) || options.sessionCache < 0) throw new Error('--session-cache takes whole seconds, 0 to turn the cache off');
    }
    else if (arg === '--refresh') options.refresh = true;
    else if (arg === '--via') {
      options.via = value();
      if (options.via !== 'route' && options.via !== 'action') throw new Error('--via takes route (POST /api/quiz/attempts, what the pages send) or action (the submitQuizAnswer server action)');
    }
    else if (arg === '--phases') {
      options.phases = value().split(',').filter(Boolean);
      const unknown = options.phases.filter((p) => !PHASES.includes(p));
      if (unknown.length || options.phases.length === 0) throw new Error(`--phases takes a list of ${PHASES.join(', ')}`);
    }
    else throw new Error(`unknown option ${arg}`);
  }
  for (const key of ['clients', 'duration', 'port', 'interval', 'steady', 'step']) {
    if (!Number.isInteger(options[key]) || options[key] <= 0) throw new Error(`--${key} must be a positive integer`);
  }
  if (!(options.think >= 0) || !(options.warmup >= 0)) throw new Error('--think and --warmup must be 0 or more');
  return options;
}

/** The id of a server action in the build being served. */
export function actionId(exportedName) {
  const manifest = JSON.parse(readFileSync(path.join(root, '.next/server/server-reference-manifest.json'), 'utf8'));
  const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`no server action ${exportedName} in the build`);
  return id;
}

/** A lesson that exists in this build (the first prerendered /learn/<slug>). */
function firstLesson() {
  const routes = Object.keys(JSON.parse(readFileSync(path.join(root, '.next/prerender-manifest.json'), 'utf8')).routes);
  const lesson = routes.find((r) => r.startsWith('/learn/'));
  if (!lesson) throw new Error('the build has no lesson page');
  return lesson.slice('/learn/'.length);
}

/** The body React sends for useActionState's (previous state, form data) call; see e2e/server-actions.ts. */
function progressBody(slug, intent) {
  const body = new FormData();
  body.append('_1_slug', slug);
  body.append('_1_intent', intent);
  body.append('0', JSON.stringify([{ status: 'idle', completedAt: null }, '$K1']));
  return body;
}

/** One guest learner: its own cookie jar and its own address (as distinct learners would have). */
export function makeClient(baseUrl, index, { action, slug }) {
  let cookie = '';
  const address = `10.77.${Math.floor(index / 250)}.${(index % 250) + 1}`;
  let intent = 'complete';
  return {
    async write() {
      const headers = { 'Next-Action': action, 'X-Forwarded-For': address };
      if (cookie) headers.Cookie = cookie;
      const response = await fetch(`${baseUrl}/learn/${slug}`, { method: 'POST', headers, body: progressBody(slug, intent) });
      const text = await response.text();
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) cookie = setCookie.split(';')[0];
      const row = text.split('\n').find((line) => line.startsWith('1:'));
      const state = row ? JSON.parse(row.slice(2)) : null;
      const ok = response.status === 200 && state?.status === 'saved';
      if (ok) intent = intent === 'complete' ? 'reset' : 'complete'; // every request is a real write
      return { ok, status: response.status, message: ok ? null : state?.message ?? text.slice(0, 120) };
    },
  };
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Drives every client in a closed loop for `durationMs`; returns each request's latency and outcome. */
export async function runLoad(clients, { durationMs, thinkMs = 0 }) {
  const results = [];
  const started = performance.now();
  const until = started + durationMs;
  await Promise.all(
    clients.map(async (client) => {
      while (performance.now() < until) {
        const t = performance.now();
        let outcome;
        try {
          outcome = await client.write();
        } catch (error) {
          const cause = error?.cause;
          outcome = { ok: false, status: 0, message: `${error?.message ?? error}${cause ? ` (${cause.code ?? cause.message ?? cause})` : ''}` };
        }
        results.push({ ms: performance.now() - t, ...outcome });
        if (thinkMs > 0) await new Promise((r) => setTimeout(r, thinkMs));
      }
    }),
  );
  return { results, elapsedMs: performance.now() - started };
}

export function summarize({ results, elapsedMs }) {
  const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
  const errors = results.filter((r) => !r.ok);
  const byMessage = {};
  for (const e of errors) byMessage[`${e.status} ${e.message}`] = (byMessage[`${e.status} ${e.message}`] ?? 0) + 1;
  return {
    requests: results.length,
    throughput: results.length / (elapsedMs / 1000),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    mean: sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1),
    errors: errors.length,
    errorKinds: byMessage,
  };
}

function seriesStats(s) {
  const sorted = [...s.samples].sort((a, b) => a - b);
  return { count: s.count, totalMs: s.totalMs, mean: s.totalMs / s.count, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/** Where the time of one request went, from the server's profile (per request, averaged). */
export function breakdown(profile, load) {
  const get = (label) => (profile.series[label] ? seriesStats(profile.series[label]) : null);
  const action = get('action');
  if (!action) return null;
  const per = (label) => (get(label)?.totalMs ?? 0) / action.count;
  const request = load.mean;
  const actionMs = per('action');
  const dbMs = per('db');
  const adapterMs = per('adapter');
  const pgliteMs = per('pglite');
  return {
    actions: action.count,
    queriesPerAction: (get('adapter')?.count ?? 0) / action.count,
    meanMs: {
      request,
      outsideAction: request - actionMs,
      actionOwn: actionMs - dbMs,
      prisma: dbMs - adapterMs,
      waitingForPglite: adapterMs - pgliteMs,
      pglite: pgliteMs,
    },
    action,
    db: get('db'),
    adapter: get('adapter'),
    pgliteCall: get('pglite'),
  };
}

/**
 * CPU time of a V8 CPU profile by package, within a window of the monotonic clock (microseconds, the
 * clock V8's profiler and process.hrtime share). A sample in WebAssembly or in native code (no script
 * URL) counts for the nearest JavaScript caller, so PGlite's WASM Postgres counts as PGlite and Prisma's
 * WASM query compiler as Prisma.
 */
export function cpuByPackage(profile, window = null) {
  const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const bucketCache = new Map();
  const bucketFor = (id) => {
    if (bucketCache.has(id)) return bucketCache.get(id);
    let bucket = null;
    for (let at = id; at !== undefined && bucket === null; at = parent.get(at)) bucket = ownBucket(nodeById.get(at)?.callFrame);
    bucket ??= 'Node.js (http, streams, crypto, fs)';
    bucketCache.set(id, bucket);
    return bucket;
  };
  const selfUs = new Map();
  let t = profile.startTime ?? 0;
  for (let i = 0; i < profile.samples.length; i += 1) {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    if (window && (t < window.startUs || t > window.endUs)) continue;
    const bucket = bucketFor(profile.samples[i]);
    selfUs.set(bucket, (selfUs.get(bucket) ?? 0) + delta);
  }
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  return [...selfUs.entries()]
    .map(([name, us]) => ({ name, ms: us / 1000, share: total ? us / total : 0 }))
    .sort((a, b) => b.ms - a.ms);
}

/** The package a frame's own code belongs to, or null to ask its caller (WASM, native, runtime glue). */
function ownBucket(frame) {
  if (!frame) return null;
  const url = frame.url ?? '';
  const name = frame.functionName ?? '';
  if (name === '(idle)') return '(idle)';
  if (name === '(garbage collector)') return '(garbage collection)';
  if (name === '(program)') return '(program: V8 and native code)';
  if (name === '(root)') return 'Node.js (http, streams, crypto, fs)';
  if (url === '' || url.startsWith('wasm://')) return null;
  if (url.includes('@electric-sql/pglite')) return 'PGlite (WASM Postgres)';
  if (url.includes('pglite-prisma-adapter')) return 'pglite-prisma-adapter';
  if (/@prisma|\.prisma|generated\/prisma|query_compiler/.test(url)) return 'Prisma (client, query compiler)';
  if (/react-server-dom|react-dom|\/react\//.test(url)) return 'React (RSC, rendering)';
  if (url.includes('busboy')) return 'Next.js (multipart parsing: busboy)';
  if (url.includes('next/dist')) return 'Next.js (server, routing, proxy, action handling)';
  if (url.includes('[turbopack]_runtime')) return null; // module glue: count for the caller
  if (url.includes('.next/server')) return 'app and bundled libraries (.next/server)';
  if (url.startsWith('node:')) return 'Node.js (http, streams, crypto, fs)';
  return path.basename(url) || null;
}

/**
 * CPU time (user + system, ms) a process has used so far, from /proc on Linux; null elsewhere. On a
 * shared machine wall-clock latency mostly measures the wait for a core, so the server's CPU time per
 * request is the figure that compares across runs.
 */
export function processCpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
const CLOCK_TICKS_PER_SECOND = 100; // Linux USER_HZ

/** The monotonic clock in microseconds, as V8's CPU profiler stamps its samples. */
export function monotonicUs() {
  return Number(process.hrtime.bigint() / 1000n);
}

async function waitForServer(baseUrl, child, ms = 180_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited (code ${child.exitCode}) before it was ready`);
    try {
      const r = await fetch(`${baseUrl}/`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not answer within 3 minutes');
}

const fmt = (ms) => (Number.isFinite(ms) ? `${ms.toFixed(1)} ms` : 'n/a');

async function guestMain(options) {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('No production build: run `npx next build` first.');
  const out = path.join(root, 'bench-results');
  mkdirSync(out, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dataDir = path.join(root, 'data', 'bench-pglite');
  assertFolderFree(dataDir);
  rmSync(dataDir, { recursive: true, force: true });
  console.log('Setting up a fresh database (data/bench-pglite)');
  dbSetup({ databaseUrl: `file:${dataDir}`, quiet: true });

  const profileFile = path.join(out, `progress-${stamp}.server-profile.json`);
  const cpuDir = path.join(out, `progress-${stamp}.cpu`);
  const nodeArgs = options.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', cpuDir] : [];
  const baseUrl = `http://127.0.0.1:${options.port}`;
  console.log(`Starting next start on ${baseUrl}${options.profile ? ' (profiling on)' : ''}${options.cpuProf ? ' (CPU profile on)' : ''}`);
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  const server = superviseNode([...nodeArgs, nextBin, 'start', '-p', String(options.port), '-H', '127.0.0.1'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: `file:${dataDir}`,
      NEXT_TELEMETRY_DISABLED: '1',
      ...(options.profile ? { STEPWISE_PROFILE_FILE: profileFile } : {}),
    },
    onExit: (code) => resolveExit(code),
  });

  try {
    await waitForServer(baseUrl, server);
    const context = { action: actionId('updateLessonProgress'), slug: firstLesson() };
    const clients = Array.from({ length: options.clients }, (_, i) => makeClient(baseUrl, i, context));
    console.log(`Warming up: ${options.clients} guests created, ${options.warmup} s of writes (not measured)`);
    await Promise.all(clients.map((c) => c.write()));
    if (options.warmup > 0) await runLoad(clients, { durationMs: options.warmup * 1000, thinkMs: options.think });
    // Start the profile from zero: what is measured is the steady state.
    if (options.profile) await new Promise((r) => setTimeout(r, 1200));
    const before = options.profile && existsSync(profileFile) ? JSON.parse(readFileSync(profileFile, 'utf8')) : null;

    console.log(`Measuring: ${options.clients} clients, ${options.duration} s, think time ${options.think} ms, on ${os.cpus().length} cores shared with the server`);
    const window = { startUs: monotonicUs(), endUs: 0 };
    const cpuBefore = { server: processCpuMs(server.pid), bench: processCpuMs(process.pid) };
    const loadBefore = os.loadavg()[0];
    const load = await runLoad(clients, { durationMs: options.duration * 1000, thinkMs: options.think });
    window.endUs = monotonicUs();
    const summary = summarize(load);
    const cpuAfter = { server: processCpuMs(server.pid), bench: processCpuMs(process.pid) };
    const cpuUse =
      cpuBefore.server === null || cpuAfter.server === null
        ? null
        : {
            serverMs: cpuAfter.server - cpuBefore.server,
            benchMs: cpuAfter.bench - cpuBefore.bench,
            serverMsPerRequest: (cpuAfter.server - cpuBefore.server) / summary.requests,
            serverCores: (cpuAfter.server - cpuBefore.server) / load.elapsedMs,
          };
    const machineLoad = { before: loadBefore, after: os.loadavg()[0], cores: os.cpus().length };
    if (options.profile) await new Promise((r) => setTimeout(r, 1500)); // the server writes its profile each second
    const after = options.profile && existsSync(profileFile) ? JSON.parse(readFileSync(profileFile, 'utf8')) : null;
    const profile = after && before ? subtractProfiles(after, before) : after;
    const parts = profile ? breakdown(profile, summary) : null;

    console.log('\nProgress writes (server action: mark / un-mark a lesson)');
    console.log(`  requests     ${summary.requests} in ${(load.elapsedMs / 1000).toFixed(1)} s`);
    console.log(`  throughput   ${summary.throughput.toFixed(1)} req/s`);
    console.log(`  latency      p50 ${fmt(summary.p50)}  p95 ${fmt(summary.p95)}  p99 ${fmt(summary.p99)}  max ${fmt(summary.max)}  mean ${fmt(summary.mean)}`);
    console.log(`  errors       ${summary.errors}${summary.errors ? ` ${JSON.stringify(summary.errorKinds)}` : ''}`);
    if (cpuUse) {
      console.log(`  server CPU   ${cpuUse.serverMsPerRequest.toFixed(1)} ms per request (${(cpuUse.serverMs / 1000).toFixed(1)} s, ${cpuUse.serverCores.toFixed(2)} cores on average; the load generator used ${(cpuUse.benchMs / 1000).toFixed(1)} s)`);
    }
    console.log(`  machine      load average ${machineLoad.before.toFixed(1)} -> ${machineLoad.after.toFixed(1)} on ${machineLoad.cores} cores${machineLoad.before > machineLoad.cores ? ' (busy: other work competed for the cores, so latencies are inflated)' : ''}`);
    if (parts) {
      const m = parts.meanMs;
      const share = (ms) => `${((ms / m.request) * 100).toFixed(0).padStart(3)} %`;
      console.log(`\nWhere a request's time goes (mean per request, ${parts.queriesPerAction.toFixed(1)} queries each)`);
      console.log(`  outside the action (Next.js: proxy, multipart, RSC response, event-loop wait)  ${fmt(m.outsideAction).padStart(10)} ${share(m.outsideAction)}`);
      console.log(`  the action's own code (cookies, validation)                                   ${fmt(m.actionOwn).padStart(10)} ${share(m.actionOwn)}`);
      console.log(`  Prisma (query compiler, serialisation, event-loop wait between queries)       ${fmt(m.prisma).padStart(10)} ${share(m.prisma)}`);
      console.log(`  waiting for PGlite (one query at a time)                                      ${fmt(m.waitingForPglite).padStart(10)} ${share(m.waitingForPglite)}`);
      console.log(`  PGlite executing (WASM engine and its file writes)                            ${fmt(m.pglite).padStart(10)} ${share(m.pglite)}`);
      console.log(`  action p50 ${fmt(parts.action.p50)} p95 ${fmt(parts.action.p95)}; one PGlite call p50 ${fmt(parts.pgliteCall?.p50)} p95 ${fmt(parts.pgliteCall?.p95)}`);
    }

    server.kill('SIGTERM');
    await exited;
    let cpu = null;
    if (options.cpuProf) {
      const file = existsSync(cpuDir) ? readdirSync(cpuDir).find((f) => f.endsWith('.cpuprofile')) : undefined;
      if (file) {
        const cpuProfile = JSON.parse(readFileSync(path.join(cpuDir, file), 'utf8'));
        cpu = cpuByPackage(cpuProfile, window);
        // The profiler samples wall time; a busy machine stretches every part alike, so the shares hold and
        // the server's measured CPU time per request scales them back to CPU milliseconds.
        const busy = cpu.filter((r) => r.name !== '(idle)');
        const busyShare = busy.reduce((a, r) => a + r.share, 0);
        console.log('\nServer CPU during the measurement, by package (share of busy samples; CPU ms per request)');
        for (const row of busy.slice(0, 12)) {
          const share = row.share / busyShare;
          const perRequest = cpuUse ? `${(share * cpuUse.serverMsPerRequest).toFixed(1).padStart(6)} ms/request` : '';
          console.log(`  ${row.name.padEnd(52)} ${(share * 100).toFixed(1).padStart(5)} %  ${perRequest}`);
        }
      } else console.log('\n(no CPU profile was written)');
    }
    const record = { options, at: new Date().toISOString(), machine: machineLoad, summary, serverCpu: cpuUse, breakdown: parts, cpu };
    const jsonFile = options.json ?? path.join(out, `progress-${stamp}.json`);
    writeFileSync(jsonFile, JSON.stringify(record, null, 2));
    console.log(`\nWritten to ${path.relative(root, jsonFile)}`);
  } finally {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await exited;
    }
  }
}

/** The profile accumulated between two snapshots (counts and totals; samples after the first). */
function subtractProfiles(after, before) {
  const series = {};
  for (const [label, s] of Object.entries(after.series)) {
    const b = before.series[label];
    series[label] = b
      ? { count: s.count - b.count, totalMs: s.totalMs - b.totalMs, samples: s.samples.slice(b.samples.length) }
      : s;
  }
  return { ...after, series };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.guest) return guestMain(options);
  const { runProtocol } = await import('./lib/bench-run.mjs');
  return runProtocol(options, { runLoad, summarize, actionId, processCpuMs, monotonicUs, cpuByPackage });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`bench-progress failed: ${error?.message ?? error}`);
    process.exit(1);
  });
}

#!/usr/bin/env node
// How much JavaScript each page of the site loads, gzipped, measured in Chromium on a production build.
//
//   npx next build && PORT=3100 npm start &        (dev bundles are not representative)
//   node scripts/bench-bundle.mjs [--base http://127.0.0.1:3100] [--route /sandbox ...]
//
// Every route is measured in a fresh browser context (an empty cache), after the page has loaded, been
// scrolled to the end (links prefetch when they come into view) and gone quiet. JavaScript is counted from
// the Resource Timing entries of the document (what the main thread loads, prefetches included) and of each
// worker (what the sandbox's workers load), each file fetched once more and gzipped at level 9, as a CDN
// would serve it.
//
// Figures per route:
//   page      JavaScript the page loads before anyone touches it
//   sandbox   (a lesson with a sandbox) what opening it adds, main thread and workers
//   usable    (/sandbox) main-thread JavaScript loaded by the time the editor takes input
//   workers   JavaScript loaded inside Web Workers (the engine, the graph layout)
//
// Targets (issue 15): a lesson page under 150 kB before its sandbox opens; /sandbox usable under 350 kB,
// with the graph layout engine and the engine in workers or loaded on demand. Exits 1 when one is missed.
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const base = arg('base', process.env.BENCH_BASE ?? 'http://127.0.0.1:3100');
const onlyRoutes = args.flatMap((a, i) => (args[i - 1] === '--route' ? [a] : []));
const KB = 1024;
const TARGETS = { lesson: 150 * KB, sandboxUsable: 350 * KB };

/** Routes of the build: static app pages, plus the concrete pages prerendered for dynamic ones. */
function buildRoutes() {
  const manifest = path.join(root, '.next', 'app-path-routes-manifest.json');
  if (!existsSync(manifest)) throw new Error('No production build found (.next/app-path-routes-manifest.json): run `npx next build` first.');
  const appPaths = Object.values(JSON.parse(readFileSync(manifest, 'utf8')));
  const routes = new Set(appPaths.filter((r) => !r.includes('[') && !r.startsWith('/api') && !r.startsWith('/_') && !/\.\w+$/.test(r)));
  const prerender = path.join(root, '.next', 'prerender-manifest.json');
  if (existsSync(prerender)) {
    for (const r of Object.keys(JSON.parse(readFileSync(prerender, 'utf8')).routes ?? {})) {
      if (!r.startsWith('/_') && !r.startsWith('/api') && !/\.\w+$/.test(r)) routes.add(r);
    }
  }
  return [...routes].sort();
}

const sizes = new Map();
async function gzipSize(request, url) {
  if (!sizes.has(url)) {
    sizes.set(
      url,
      request.get(url).then(async (res) => {
        const body = await res.body();
        return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
      }),
    );
  }
  return sizes.get(url);
}

const isJs = (url) => /\.m?js(\?|$)/.test(url);
/** Script URLs the document (or a worker) has fetched so far. */
const scriptsOf = (target) => target.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)).then((names) => names.filter(isJs));

async function total(request, urls) {
  let gzip = 0;
  let raw = 0;
  for (const url of new Set(urls)) {
    const s = await gzipSize(request, url);
    gzip += s.gzip;
    raw += s.raw;
  }
  return { gzip, raw, files: new Set(urls).size };
}

async function workerScripts(page) {
  const urls = [];
  for (const w of page.workers()) {
    urls.push(w.url());
    urls.push(...(await scriptsOf(w).catch(() => [])));
  }
  return urls.filter(isJs);
}

async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(1200);
  await page.waitForLoadState('networkidle');
}

async function measure(browser, route) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const request = context.request;
  const row = { route };
  try {
    const res = await page.goto(base + route, { waitUntil: 'load' });
    if (!res || !res.ok()) throw new Error(`answered ${res?.status()}`);
    if (route === '/sandbox') {
      // Usable: the editor is on screen and takes input.
      await page.locator('.cm-content[contenteditable="true"]').first().waitFor({ timeout: 60_000 });
      row.usable = await total(request, await scriptsOf(page));
    }
    await settle(page);
    const pageScripts = await scriptsOf(page);
    row.page = await total(request, pageScripts);
    const open = page.getByRole('button', { name: 'Open in the sandbox' }).first();
    if (route.startsWith('/learn/') && (await open.count()) > 0) {
      await open.click();
      await page.locator('.cm-editor').first().waitFor({ timeout: 60_000 });
      await page.locator('[data-node-id="@start"]').first().waitFor({ timeout: 60_000 });
      await settle(page);
      const seen = new Set(pageScripts);
      row.sandbox = await total(request, [...(await scriptsOf(page)).filter((u) => !seen.has(u)), ...(await workerScripts(page))]);
    }
    if (route === '/sandbox') {
      await page.locator('[data-node-id="@start"]').first().waitFor({ timeout: 60_000 });
      await settle(page);
      row.workers = await total(request, await workerScripts(page));
    }
  } catch (e) {
    row.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
  } finally {
    await context.close();
  }
  return row;
}

const kb = (n) => `${(n / KB).toFixed(1)} kB`;
const cell = (m) => (m ? `${kb(m.gzip).padStart(9)} (${m.files} files)` : '');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});
let failed = false;
try {
  const probe = await fetch(base).catch(() => null);
  if (!probe) throw new Error(`nothing answers at ${base}: start a production server first (npx next build && PORT=3100 npm start)`);
  const routes = onlyRoutes.length ? onlyRoutes : buildRoutes();
  console.log(`JavaScript per route, gzipped (${base}, fresh cache, 1280x800)`);
  console.log(`${'route'.padEnd(44)} ${'page'.padEnd(22)} ${'+ opening sandbox'.padEnd(22)} ${'usable'.padEnd(22)} workers`);
  const misses = [];
  for (const route of routes) {
    const r = await measure(browser, route);
    if (r.error) {
      console.log(`${route.padEnd(44)} error: ${r.error}`);
      failed = true;
      continue;
    }
    console.log(`${route.padEnd(44)} ${cell(r.page).padEnd(22)} ${cell(r.sandbox).padEnd(22)} ${cell(r.usable).padEnd(22)} ${cell(r.workers)}`);
    if (route.startsWith('/learn/') && r.page.gzip >= TARGETS.lesson) misses.push(`${route}: ${kb(r.page.gzip)} before the sandbox opens (target < ${kb(TARGETS.lesson)})`);
    if (r.usable && r.usable.gzip >= TARGETS.sandboxUsable) misses.push(`${route}: ${kb(r.usable.gzip)} until the editor is usable (target < ${kb(TARGETS.sandboxUsable)})`);
  }
  console.log(`Targets: a lesson page under ${kb(TARGETS.lesson)} before its sandbox opens; /sandbox usable under ${kb(TARGETS.sandboxUsable)}.`);
  if (misses.length) {
    failed = true;
    console.log(`NOT met:\n  ${misses.join('\n  ')}`);
  } else console.log('All targets met.');
} catch (e) {
  console.error(`bench-bundle: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 2;
} finally {
  await browser.close();
}
if (failed && process.exitCode === undefined) process.exitCode = 1;

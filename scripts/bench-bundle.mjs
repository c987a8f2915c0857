#!/usr/bin/env node
// How much JavaScript a lesson page loads before and after its sandbox is opened, gzipped.
//
//   npx next build && npx next start -p 3100 &      (a production build; dev bundles are not representative)
//   node scripts/bench-bundle.mjs [--base http://127.0.0.1:3100] [--lesson /learn/what-is-a-state-machine]
//
// Loads the page in Chromium, collects every JavaScript response (page and worker scripts), gzips each
// body (level 9, as a CDN would) and sums them. Target: under 200 kB gzipped until a sandbox is opened.
// Exits 1 when the lesson page is over the target.
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const base = arg('base', process.env.BENCH_BASE ?? 'http://127.0.0.1:3100');
const lesson = arg('lesson', '/learn/what-is-a-state-machine');
const TARGET_KB = 200;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});
const context = await browser.newContext();
const page = await context.newPage();

/** url -> { raw, gzip, transferred, phase } */
const scripts = new Map();
let phase = 'page';
const pending = [];
const record = (response) => {
  const url = response.url();
  const type = response.request().resourceType();
  const isJs = type === 'script' || /\.m?js(\?|$)/.test(url) || (response.headers()['content-type'] ?? '').includes('javascript');
  if (!isJs || scripts.has(url) || response.status() >= 400) return;
  const entry = { phase, raw: 0, gzip: 0, transferred: 0 };
  scripts.set(url, entry);
  pending.push(
    (async () => {
      try {
        const body = await response.body();
        entry.raw = body.length;
        entry.gzip = gzipSync(body, { level: 9 }).length;
        const sizes = await response.request().sizes();
        entry.transferred = sizes.responseBodySize;
      } catch {
        // A response without a body (redirect, cancelled) adds nothing.
      }
    })(),
  );
};
page.on('response', record);
page.on('worker', (worker) => {
  // Worker scripts are fetched by the worker; its URL is enough to fetch the same file for sizing.
  const url = worker.url();
  if (scripts.has(url)) return;
  const entry = { phase, raw: 0, gzip: 0, transferred: 0 };
  scripts.set(url, entry);
  pending.push(
    (async () => {
      const res = await context.request.get(url);
      const body = await res.body();
      entry.raw = body.length;
      entry.gzip = gzipSync(body, { level: 9 }).length;
    })(),
  );
});

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const sum = (p, key) => [...scripts.values()].filter((e) => p.includes(e.phase)).reduce((a, e) => a + e[key], 0);

try {
  const res = await page.goto(base + lesson, { waitUntil: 'networkidle' });
  if (!res || !res.ok()) throw new Error(`GET ${base + lesson} answered ${res?.status()}`);
  await Promise.all(pending);
  const before = { gzip: sum(['page'], 'gzip'), raw: sum(['page'], 'raw'), files: [...scripts.values()].filter((e) => e.phase === 'page').length };

  phase = 'sandbox';
  const open = page.getByRole('button', { name: 'Open in the sandbox' }).first();
  if ((await open.count()) === 0) throw new Error(`${lesson} has no sandbox to open`);
  await open.click();
  await page.locator('.cm-editor').first().waitFor({ timeout: 30_000 });
  await page.locator('[data-node-id="@start"]').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await Promise.all(pending);
  const added = { gzip: sum(['sandbox'], 'gzip'), raw: sum(['sandbox'], 'raw'), files: [...scripts.values()].filter((e) => e.phase === 'sandbox').length };

  console.log(`Lesson page: ${base + lesson}`);
  console.log(`  before the sandbox is opened: ${kb(before.gzip)} gzipped JavaScript (${kb(before.raw)} raw, ${before.files} files)`);
  console.log(`  loaded when it is opened:     ${kb(added.gzip)} gzipped (${kb(added.raw)} raw, ${added.files} files, workers included)`);
  console.log(`  after the sandbox is opened:  ${kb(before.gzip + added.gzip)} gzipped in total`);
  const largest = [...scripts.entries()]
    .filter(([, e]) => e.phase === 'sandbox')
    .sort((a, b) => b[1].gzip - a[1].gzip)
    .slice(0, 5);
  for (const [url, e] of largest) console.log(`    ${kb(e.gzip).padStart(9)}  ${new URL(url).pathname}`);
  const ok = before.gzip < TARGET_KB * 1024;
  console.log(`Target: lesson page under ${TARGET_KB} kB gzipped until a sandbox is used: ${ok ? 'met' : 'NOT met'}`);
  process.exitCode = ok ? 0 : 1;
} catch (e) {
  console.error(`bench-bundle: ${e instanceof Error ? e.message : e}`);
  console.error('Start a production server first: npx next build && npx next start -p 3100');
  process.exitCode = 2;
} finally {
  await browser.close();
}

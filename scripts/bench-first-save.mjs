#!/usr/bin/env node
// How long a learner's first "Mark as complete" takes, against a running production server. The first
// save of a new visitor sets the guest cookie, and Next answers a server action that sets a cookie by
// rendering the whole lesson again (issue 11: the "cold first save" the e2e journeys tripped over); a
// known visitor's save skips that render. Prints, per lesson: a new visitor on a cold server, a second new
// visitor, and a known visitor, in ms with the size of the answer.
//
//   npx next build && PORT=3203 npm start        (in another shell, on a fresh server)
//   node scripts/bench-first-save.mjs [--base http://127.0.0.1:3203] [slug ...]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const baseAt = args.indexOf('--base');
const base = baseAt >= 0 ? args.splice(baseAt, 2)[1] : 'http://127.0.0.1:3203';
const slugs = args.length > 0 ? args : ['what-is-a-state-machine', 'what-a-run-costs'];

const manifest = JSON.parse(readFileSync(path.join(root, '.next/server/server-reference-manifest.json'), 'utf8'));
const action = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === 'updateLessonProgress')?.[0];
if (!action) throw new Error('no updateLessonProgress action in the build: run `npx next build` first');

/** The body React sends for useActionState's (previous state, form data) call; see e2e/server-actions.ts. */
function body(slug, intent) {
  const form = new FormData();
  form.append('_1_slug', slug);
  form.append('_1_intent', intent);
  form.append('0', JSON.stringify([{ status: 'idle', completedAt: null }, '$K1']));
  return form;
}

let address = 1;
async function save(slug, intent, cookie) {
  const headers = { 'Next-Action': action, 'X-Forwarded-For': `10.91.0.${address++}` };
  if (cookie) headers.Cookie = cookie;
  const started = performance.now();
  const response = await fetch(`${base}/learn/${slug}`, { method: 'POST', headers, body: body(slug, intent) });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${slug}: HTTP ${response.status}`);
  return { ms: Math.round(performance.now() - started), bytes: text.length, cookie: response.headers.get('set-cookie')?.split(';')[0] };
}

for (const slug of slugs) {
  const cold = await save(slug, 'complete');
  const warm = await save(slug, 'complete');
  const known = await save(slug, 'reset', cold.cookie);
  console.log(
    `${slug}: new visitor (first on this server) ${cold.ms} ms, ${cold.bytes} B; new visitor again ${warm.ms} ms; known visitor ${known.ms} ms, ${known.bytes} B`,
  );
}

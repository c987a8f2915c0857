import type { Page } from '@playwright/test';
import { getLessons } from '../lib/content';
import { LAST_LESSON_COOKIE } from '../lib/progress/continue';
import { expect, test } from './fixtures';
import { callProgressAction } from './server-actions';

// The lesson's progress panel (self-check questions on the page have status lines of their own). The first
// write on a cold server renders the action's page, which took up to 23 s on this shared machine.
const progress = (page: Page) => page.getByRole('region', { name: 'Your progress' });
const FIRST_WRITE = { timeout: 60_000 };

// Issue 14, the guest cookie: a random token (no database id), httpOnly, SameSite, Secure in production;
// a guest is created only when there is something to keep, and creation is rate-limited.
const lesson = getLessons()[0]!.slug;
const COOKIE = 'stepwise_guest';

// A token the app issued: 256 random bits, then their HMAC (lib/learner/token.ts).
const SIGNED_TOKEN = /^([A-Za-z0-9_-]{43})\.[A-Za-z0-9_-]{43}$/;

/** The server's cookies: the lesson page also leaves the browser a note of the last lesson opened (a slug
 *  the home page reads to offer "continue"; nothing on the server), which is not the server's. */
const serverCookies = async (context: import('@playwright/test').BrowserContext) =>
  (await context.cookies()).filter((c) => c.name !== LAST_LESSON_COOKIE);

test('reading pages saves nothing: the first page brings only a signed token, kept across pages', async ({ page, context }) => {
  // A prerendered page: the response that sets the token must not be kept by a shared cache.
  const first = await page.goto('/sandbox');
  expect(first?.headers()['cache-control']).toContain('private');
  const cookies = await context.cookies();
  expect(cookies.map((c) => c.name)).toEqual([COOKIE]);
  const token = cookies[0]!.value;
  expect(token).toMatch(SIGNED_TOKEN);
  expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true });
  for (const path of ['/', '/learn', `/learn/${lesson}`]) await page.goto(path);
  // The lesson's progress panel has asked the server (GET /api/progress/...) by now.
  await expect(page.getByRole('region', { name: 'Your progress' }).getByRole('button', { name: 'Mark as complete' })).toBeVisible();
  expect((await serverCookies(context)).map((c) => [c.name, c.value])).toEqual([[COOKIE, token]]);
  await expect.poll(async () => (await context.cookies()).find((c) => c.name === LAST_LESSON_COOKIE)?.value).toBe(lesson);
});

test("a new visitor's page sending two writes at once ends on one guest, and neither write is lost", async ({ page, context }) => {
  const [a, b] = getLessons().map((l) => l.slug);
  await page.goto(`/learn/${a}`);
  const token = (await context.cookies())[0]?.value;
  expect(token).toMatch(SIGNED_TOKEN);
  // Both first writes leave together, with the token the page brought and no learner behind it yet.
  const results = await Promise.all([a!, b!].map((slug) => callProgressAction(page.request, { slug, intent: 'complete' })));
  for (const { response, state } of results) {
    expect(state).toMatchObject({ status: 'saved' });
    expect(response.headers()['set-cookie']).toBeUndefined(); // the token stays: no second guest replaces it
  }
  expect((await serverCookies(context)).map((c) => c.value)).toEqual([token]);
  for (const slug of [a!, b!]) {
    await page.goto(`/learn/${slug}`);
    await expect(progress(page).getByRole('status')).toContainText('You completed this lesson on', FIRST_WRITE);
  }
});

test('un-ticking a lesson nobody ticked creates no guest', async ({ request }) => {
  const { response, state } = await callProgressAction(request, { slug: lesson, intent: 'reset' });
  expect(state).toMatchObject({ status: 'saved', completedAt: null });
  expect(response.headers()['set-cookie']).toBeUndefined();
});

test('completing a lesson creates a guest whose cookie is a 256-bit token, httpOnly, SameSite=Lax and Secure', async ({ page, context }) => {
  await page.goto(`/learn/${lesson}`);
  await progress(page).getByRole('button', { name: 'Mark as complete' }).click();
  await expect(progress(page).getByRole('status')).toContainText('You completed this lesson on', FIRST_WRITE);

  const cookies = await serverCookies(context);
  expect(cookies.map((c) => c.name)).toEqual([COOKIE]);
  const [cookie] = cookies;
  expect(cookie!.httpOnly).toBe(true);
  expect(cookie!.sameSite).toBe('Lax');
  expect(cookie!.secure).toBe(true); // a production build (next start)
  expect(cookie!.value).toMatch(SIGNED_TOKEN);
  expect(Buffer.from(SIGNED_TOKEN.exec(cookie!.value)![1]!, 'base64url')).toHaveLength(32);
  expect(cookie!.value).not.toMatch(/^c[a-z0-9]{20,}$/); // not a database id
  // Scripts cannot read it.
  expect(await page.evaluate(() => document.cookie)).not.toContain(COOKIE);
});

test('a made-up or old-style cookie is never adopted: the learner gets a fresh token', async ({ page, context }) => {
  const forged = 'A'.repeat(43);
  await context.addCookies([
    { name: COOKIE, value: forged, domain: '127.0.0.1', path: '/' },
    { name: 'stepwise_learner', value: 'cmidf0n2k0000qz8h3b1c2d3e', domain: '127.0.0.1', path: '/' },
  ]);
  await page.goto(`/learn/${lesson}`);
  await expect(progress(page).getByRole('button', { name: 'Mark as complete' })).toBeVisible();
  await progress(page).getByRole('button', { name: 'Mark as complete' }).click();
  await expect(progress(page).getByRole('status')).toContainText('You completed this lesson on', FIRST_WRITE);
  const value = (await context.cookies()).find((c) => c.name === COOKIE)?.value;
  expect(value).toMatch(SIGNED_TOKEN);
  expect(value).not.toBe(forged);
});

test('a made-up token in the signed form is not adopted either', async ({ page, context }) => {
  const forged = `${'B'.repeat(43)}.${'C'.repeat(43)}`;
  await context.addCookies([{ name: COOKIE, value: forged, domain: '127.0.0.1', path: '/' }]);
  await page.goto(`/learn/${lesson}`);
  await progress(page).getByRole('button', { name: 'Mark as complete' }).click();
  await expect(progress(page).getByRole('status')).toContainText('You completed this lesson on', FIRST_WRITE);
  const value = (await context.cookies()).find((c) => c.name === COOKIE)?.value;
  expect(value).toMatch(SIGNED_TOKEN);
  expect(value).not.toBe(forged);
});

test('guest creation is rate-limited per address, with a clear message, and other addresses are unaffected', async ({ playwright, baseURL }) => {
  test.setTimeout(180_000);
  // Each request comes without a cookie (a fresh context per request), as a flood would. The address is
  // one reserved for documentation (RFC 5737), so no other test shares its counter.
  const from = async (address: string) => {
    const request = await playwright.request.newContext({ baseURL });
    try {
      return (await callProgressAction(request, { slug: lesson, intent: 'complete' }, { 'X-Forwarded-For': address })).state;
    } finally {
      await request.dispose();
    }
  };
  const address = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
  for (let i = 0; i < 60; i += 1) expect((await from(address))?.status, `guest ${i + 1}`).toBe('saved');
  const refused = await from(address);
  expect(refused).toMatchObject({ status: 'error' });
  expect(refused?.message).toMatch(/^Too many new visitors from your network just now, so your progress was not saved\. Try again in \d+ minutes?\.$/);
  expect((await from('203.0.113.7'))?.status).toBe('saved');
});

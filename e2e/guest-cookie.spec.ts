import { getLessons } from '../lib/content';
import { expect, test } from './fixtures';
import { callProgressAction } from './server-actions';

// Issue 14, the guest cookie: a random token (no database id), httpOnly, SameSite, Secure in production;
// a guest is created only when there is something to keep, and creation is rate-limited.
const lesson = getLessons()[0]!.slug;
const COOKIE = 'stepwise_guest';

test('reading pages creates no guest and sets no cookie', async ({ page, context }) => {
  for (const path of ['/', '/learn', '/sandbox', `/learn/${lesson}`]) await page.goto(path);
  // The lesson's progress panel has asked the server (GET /api/progress/...) by now.
  await expect(page.getByRole('region', { name: 'Your progress' }).getByRole('button', { name: 'Mark as complete' })).toBeVisible();
  expect(await context.cookies()).toEqual([]);
});

test('un-ticking a lesson nobody ticked creates no guest', async ({ request }) => {
  const { response, state } = await callProgressAction(request, { slug: lesson, intent: 'reset' });
  expect(state).toMatchObject({ status: 'saved', completedAt: null });
  expect(response.headers()['set-cookie']).toBeUndefined();
});

test('completing a lesson creates a guest whose cookie is a 256-bit token, httpOnly, SameSite=Lax and Secure', async ({ page, context }) => {
  await page.goto(`/learn/${lesson}`);
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.getByRole('status')).toContainText('You completed this lesson on');

  const cookies = await context.cookies();
  expect(cookies.map((c) => c.name)).toEqual([COOKIE]);
  const [cookie] = cookies;
  expect(cookie!.httpOnly).toBe(true);
  expect(cookie!.sameSite).toBe('Lax');
  expect(cookie!.secure).toBe(true); // a production build (next start)
  expect(cookie!.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(Buffer.from(cookie!.value, 'base64url')).toHaveLength(32);
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
  await expect(page.getByRole('button', { name: 'Mark as complete' })).toBeVisible();
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.getByRole('status')).toContainText('You completed this lesson on');
  const value = (await context.cookies()).find((c) => c.name === COOKIE)?.value;
  expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
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

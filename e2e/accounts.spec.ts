import type { BrowserContext, Page } from '@playwright/test';
import { getLessons } from '../lib/content';
import { expect, expectAccessible, test } from './fixtures';
import { actionId } from './server-actions';
import { callFormAction, signUpByHttp } from './support/by-http';
import { LEARNER_PASSWORD } from './support/class-journeys';
import { closeDevices, device, deviceForTheFile } from './support/devices';

// Issue 16, accounts: a visitor studies as a guest at once; signing up keeps what the guest did; signing
// in on a second device merges that device's guest progress; signing out leaves nothing behind. The first
// test is the journey through the forms; the others sign up over HTTP when signing up is not their subject.
const [first, second] = getLessons().map((l) => l.slug);
const password = LEARNER_PASSWORD;
// Journeys of up to twenty page loads with scrypt hashes and axe scans, on a shared two-core machine.
test.describe.configure({ timeout: 300_000 });

const uniqueEmail = () => `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`;

async function completeLesson(page: Page, slug: string) {
  await page.goto(`/learn/${slug}`);
  const panel = page.getByRole('region', { name: 'Your progress' });
  await panel.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(panel).toContainText('You completed this lesson on');
}

async function expectCompleted(page: Page, slug: string, completed: boolean) {
  await page.goto(`/learn/${slug}`);
  const panel = page.getByRole('region', { name: 'Your progress' });
  if (completed) await expect(panel).toContainText('You completed this lesson on');
  else await expect(panel.getByRole('button', { name: 'Mark as complete' })).toBeVisible();
}

async function signUp(page: Page, email: string) {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).locator('..').getByRole('link', { name: 'Account' }).click();
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Name').fill('Ada Learner');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

async function signIn(page: Page, email: string, pass = password) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(pass);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

// One browser for the file (a new context downloads and compiles the app's scripts again); each test
// starts with its cookies cleared, so it is a new visitor.
let page: Page;
deviceForTheFile((p) => {
  page = p;
});
test.beforeEach(() => page.context().clearCookies());

const sessionCookie = async (context: BrowserContext) => (await context.cookies()).find((c) => c.name.endsWith('stepwise.session_token'));

test('a guest signs up and keeps their progress; sign-out leaves nothing; a second device merges its own', async ({ browser }) => {
  const context = page.context();
  const email = uniqueEmail();
  await completeLesson(page, first!);
  expect((await context.cookies()).map((c) => c.name)).toContain('stepwise_guest');

  await signUp(page, email);
  const session = await sessionCookie(context);
  expect(session, 'a session cookie').toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe('Lax');
  expect((await context.cookies()).map((c) => c.name)).not.toContain('stepwise_guest');
  await expectCompleted(page, first!, true);

  await page.goto('/account');
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  expect(await sessionCookie(context)).toBeUndefined();
  await expectCompleted(page, first!, false);

  // A second device with guest progress of its own.
  const other = await device(browser);
  await completeLesson(other, second!);
  await signIn(other, email);
  await other.waitForURL((url) => url.pathname === '/');
  await expectCompleted(other, first!, true);
  await expectCompleted(other, second!, true);
  // Signing in again on that device changes nothing (the merge is idempotent).
  await other.goto('/account');
  await other.getByRole('button', { name: 'Sign out' }).click();
  await other.waitForURL((url) => url.pathname === '/');
  await signIn(other, email);
  await other.waitForURL((url) => url.pathname === '/');
  await expectCompleted(other, second!, true);
  await closeDevices(other);

  // And the first device, signing in again, sees both.
  await signIn(page, email);
  await page.waitForURL((url) => url.pathname === '/');
  await expectCompleted(page, second!, true);
});

test('forms explain bad input beside the field and keep what was typed', async () => {
  await page.goto('/sign-up');
  await expectAccessible(page);
  await page.getByLabel('Name').fill('Bo');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Enter an email address such as ada@example.com.')).toBeVisible();
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue('not-an-email');
  await expect(page.getByLabel('Name')).toHaveValue('Bo');
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await signIn(page, 'nobody@example.com', 'wrong password here');
  await expect(page.locator('form').getByRole('alert')).toHaveText('Incorrect email or password.');
  await expect(page.getByLabel('Email')).toHaveValue('nobody@example.com');
});

test('an existing email is refused with a pointer to sign in', async ({ request }) => {
  const email = uniqueEmail();
  // The account is made over HTTP by another client (the fixture's request context), the copy in the form.
  await signUpByHttp(request, { name: 'Ada Learner', email, password });
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill('Copy');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('An account with this email already exists. Sign in instead.')).toBeVisible();
});

test('account actions refuse what is not a form, and a learner cannot change roles', async ({ request }) => {
  for (const [name, expected] of [
    ['signUp', 'This request was not a form submission.'],
    ['signIn', 'This request was not a form submission.'],
    ['setAccountRole', 'Sign in first.'],
  ] as const) {
    // An action is found only through a page that imports it.
    const response = await request.post(name === 'setAccountRole' ? '/admin' : '/sign-in', {
      headers: { 'Next-Action': actionId(name), 'Content-Type': 'text/plain;charset=UTF-8' },
      data: JSON.stringify([{ status: 'idle' }, { email: 'a@b.co', password: 'x' }]),
    });
    expect(response.status(), name).toBeLessThan(500);
    expect(await response.text(), name).toContain(expected);
  }
  // A signed-in learner calling the admin action: refused by the server, whatever the page shows.
  await signUpByHttp(page.request, { name: 'Ada Learner', email: uniqueEmail(), password });
  const result = await callFormAction(page.request, '/admin', 'setAccountRole', { userId: 'someone', role: 'admin' });
  expect(result.status).toBeLessThan(500);
  expect(result.body).toContain('Only admins can do this.');
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: 'Manage accounts' })).toHaveCount(0);
});

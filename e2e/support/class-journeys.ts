// What the class, authoring and accounts journeys share about learners: the password, unique names, and
// signing up in the browser (the seeded instructor signs in with accounts.ts). Where signing up is only
// setup, by-http.ts does it without the browser; classes.spec.ts and accounts.spec.ts keep the UI journey.
import { randomInt } from 'node:crypto';
import type { Page } from '@playwright/test';

export const LEARNER_PASSWORD = 'a long enough passphrase';

/** A unique suffix for names and emails: two workers and repeated runs share one server. */
export const unique = () => `${Date.now().toString(36)}-${randomInt(36 ** 6).toString(36)}`;

/** Signs up on the sign-up page and lands on the home page. */
export async function signUp(page: Page, name: string, email: string, password = LEARNER_PASSWORD) {
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

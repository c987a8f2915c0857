// Steps the class and authoring journeys share: a fresh device, the seeded instructor signing in, a new
// class with its join code, a learner signing up. Each test still makes its own class and learner.
import type { Browser, Page } from '@playwright/test';
import { E2E_INSTRUCTOR } from './accounts';

export const LEARNER_PASSWORD = 'a long enough passphrase';

/** A new browser context: another device, with no cookies. */
export async function fresh(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

export async function signInAsInstructor(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(E2E_INSTRUCTOR.email);
  await page.getByLabel('Password').fill(E2E_INSTRUCTOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/** Creates a class on /teach; its dashboard opens, and shows the join code. */
export async function createClass(page: Page, name: string): Promise<{ id: string; code: string }> {
  await page.goto('/teach');
  await page.getByLabel('New class name').fill(name);
  await page.getByRole('button', { name: 'Create class' }).click();
  await page.waitForURL(/\/teach\/[^/]+$/);
  const id = new URL(page.url()).pathname.split('/').pop()!;
  const code = (await page.locator('.font-mono.tracking-widest').first().textContent())!.trim();
  return { id, code };
}

export async function signUp(page: Page, name: string, email: string) {
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(LEARNER_PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

import type { Page } from '@playwright/test';
import type { Role } from '../../lib/auth/roles';

/**
 * Accounts the e2e server creates before it starts (scripts/e2e-seed.ts), for tests that need a role no
 * one can sign up with: admins make instructors, and the first admin comes from `npm run admin -- promote`,
 * which cannot open the embedded database while the server holds it. Signing in does not change them, so
 * tests on two workers may share them.
 */
export const E2E_ACCOUNTS = [
  { email: 'instructor@e2e.stepwise.test', name: 'Ines Instructor', password: 'instructor passphrase for e2e', role: 'instructor' },
] as const satisfies readonly { email: string; name: string; password: string; role: Role }[];

export const E2E_INSTRUCTOR = E2E_ACCOUNTS[0];

/** Signs the page's context in with one of the seeded accounts and waits until the session is set. */
export async function signInAs(page: Page, account: (typeof E2E_ACCOUNTS)[number], next = '/account') {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === next);
}

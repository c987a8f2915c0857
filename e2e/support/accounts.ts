import type { Page } from '@playwright/test';
import type { Role } from '../../lib/auth/roles';

/**
 * Accounts the e2e server creates before it starts (scripts/e2e-seed.ts), for tests that need a role no
 * one can sign up with: admins make instructors, and the first admin comes from `npm run admin -- promote`,
 * which cannot open the embedded database while the server holds it. Signing in does not change them, so
 * tests on two workers may share them.
 *
 * Signing in is limited to 10 tries per email in 15 minutes (lib/auth/limits.ts): a spec that signs an
 * instructor in once per file has an account of its own, so specs (and `--repeat-each`) do not spend
 * each other's allowance.
 */
export const E2E_ACCOUNTS = [
  { email: 'instructor@e2e.stepwise.test', name: 'Ines Instructor', password: 'instructor passphrase for e2e', role: 'instructor' },
  { email: 'classes-instructor@e2e.stepwise.test', name: 'Cleo Instructor', password: 'instructor passphrase for e2e', role: 'instructor' },
  { email: 'authoring-instructor@e2e.stepwise.test', name: 'Ada Author', password: 'instructor passphrase for e2e', role: 'instructor' },
  { email: 'quiz-instructor@e2e.stepwise.test', name: 'Quentin Quizmaster', password: 'instructor passphrase for e2e', role: 'instructor' },
  { email: 'review-instructor@e2e.stepwise.test', name: 'Rowan Reviewer', password: 'instructor passphrase for e2e', role: 'instructor' },
] as const satisfies readonly { email: string; name: string; password: string; role: Role }[];

export type E2EAccount = (typeof E2E_ACCOUNTS)[number];

export const E2E_INSTRUCTOR = E2E_ACCOUNTS[0];
/** The instructors classes.spec.ts, authoring.spec.ts and authoring-quiz.spec.ts share within their file. */
export const CLASSES_INSTRUCTOR = E2E_ACCOUNTS[1];
export const AUTHORING_INSTRUCTOR = E2E_ACCOUNTS[2];
export const QUIZ_AUTHORING_INSTRUCTOR = E2E_ACCOUNTS[3];
/** The instructor of class-quiz-review.spec.ts. */
export const REVIEW_INSTRUCTOR = E2E_ACCOUNTS[4];

/** Signs the page's context in with one of the seeded accounts and waits until the session is set. */
export async function signInAs(page: Page, account: E2EAccount, next = '/account') {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === next);
}

// Steps of the class quiz review journey (e2e/class-quiz-review.spec.ts): an instructor publishing the
// quiz item template to a class, a learner joining it, and the screenshots of the review page a session
// asks for (REVIEW_SHOTS=<folder>; nothing is written without it).
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

const PUBLISHED = { timeout: 60_000 };

/** Saves the editor's template item as is and publishes version 1; answers its title. */
export async function publishTemplateItem(instructor: Page, classId: string): Promise<string> {
  await instructor.goto(`/teach/${classId}/quiz-items/new`);
  await expect(instructor.getByRole('region', { name: 'Checks' })).toContainText('The item is valid', PUBLISHED);
  await instructor.getByRole('button', { name: 'Save' }).click();
  await instructor.waitForURL(/\/quiz-items\/[^/]+\/edit$/);
  await instructor.getByRole('button', { name: 'Publish version 1' }).click();
  await expect(instructor.getByText('Version 1 is published to the class.')).toBeVisible(PUBLISHED);
  return 'A Choice state without a Default';
}

export async function joinWithCode(learner: Page, code: string, className: string) {
  await learner.goto('/classes');
  await learner.getByLabel('Join code').fill(code);
  await learner.getByRole('button', { name: 'Join class' }).click();
  await expect(learner.getByText(`You joined ${className}.`)).toBeVisible();
}

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

/** Full-page PNGs of the page as it is, at 1280x800 and 390x844, light and dark, when REVIEW_SHOTS names a folder. */
export async function screenshotsIfAsked(page: Page, name: string) {
  const folder = process.env.REVIEW_SHOTS;
  if (!folder) return;
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: path.join(folder, `${name}-${size}-${colorScheme}.png`), fullPage: true });
    }
  }
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.emulateMedia({ colorScheme: 'light' });
}

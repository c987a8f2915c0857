import type { Page } from '@playwright/test';
import { LAST_LESSON_COOKIE } from '../lib/progress/continue';
import { expect, expectAccessible, test } from './fixtures';
import { deviceForTheFile } from './support/devices';

// Issue 16, progress: "continue where you left off" resumes the last lesson opened (or the next one),
// and /progress charts mastery per topic and exam domain and activity, with tables as the text version.
test.describe.configure({ timeout: 180_000 });

// One browser for the file (a new context downloads and compiles the app's scripts again); each test
// starts with its cookies cleared, so it is a new guest.
let page: Page;
deviceForTheFile((p) => {
  page = p;
});
test.beforeEach(() => page.context().clearCookies());

async function noHorizontalScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, `page is ${scroll}px wide in a ${client}px viewport`).toBeLessThanOrEqual(client);
}

test('the home page resumes the last lesson opened, then moves on once it is completed', async () => {
  await page.goto('/learn/choice-states');
  await expect(page.getByRole('heading', { level: 1, name: /Choice states/ })).toBeVisible();
  // The lesson is prerendered: the browser notes the visit once the page has hydrated (remember-lesson.tsx).
  // Leaving before that, under load, is leaving before the page was read.
  await expect.poll(async () => (await page.context().cookies()).find((c) => c.name === LAST_LESSON_COOKIE)?.value).toBe('choice-states');
  await page.goto('/');
  const resume = page.getByRole('region', { name: 'Continue where you left off' });
  await expect(resume).toContainText('0 of');
  await expect(resume).toContainText('You were reading: lesson 4');
  await resume.getByRole('link', { name: /Continue where you left off/ }).click();
  await expect(page).toHaveURL('/learn/choice-states');

  const panel = page.getByRole('region', { name: 'Your progress' });
  await panel.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(panel).toContainText('You completed this lesson on', { timeout: 60_000 });
  await page.goto('/');
  await expect(resume).toContainText('1 of');
  await expect(resume).toContainText('Next up: lesson 1');
  await resume.getByRole('link', { name: 'See your progress' }).click();
  await expect(page).toHaveURL('/progress');
});

test('the progress page charts mastery and activity, with tables, and fits a phone in both themes', async () => {
  await page.goto('/progress');
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  await expect(page.getByRole('definition').first()).toHaveText('0 of 15');
  await expect(page.getByText('Nothing recorded in these days yet.')).toBeVisible();

  await page.goto('/learn/choice-states');
  const panel = page.getByRole('region', { name: 'Your progress' });
  await panel.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(panel).toContainText('You completed this lesson on', { timeout: 60_000 });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  await expect(page).toHaveURL('/progress');
  await expect(page.getByRole('definition').first()).toHaveText('1 of 15');
  const topics = page.getByRole('figure', { name: 'Mastery per topic' });
  await expect(topics.getByRole('img', { name: /Mastery per topic: .*Choice states \d+%/ })).toBeVisible();
  await topics.getByText('Show as a table').click();
  const choice = topics.getByRole('row', { name: /^Choice states/ });
  await expect(choice.getByRole('cell').nth(1)).toHaveText(/^1 of \d+$/);
  await expect(choice.getByRole('cell').nth(2)).toHaveText('none yet');
  const activity = page.getByRole('figure', { name: /Activity in the last 14 days/ });
  await expect(activity).toContainText('1 thing done in these days.');
  await activity.getByText('Show as a table').click();
  const today = new Date().toISOString().slice(0, 10);
  await expect(activity.getByRole('row', { name: new RegExp(`^${today}`) }).getByRole('cell').first()).toHaveText('1');
  for (const exam of ['DEA-C01', 'DVA-C02', 'SAA-C03']) await expect(page.getByRole('figure', { name: new RegExp(`^${exam}`) }).getByRole('img')).toBeVisible();
  await expect(page.getByRole('link', { name: /readiness per exam domain/ })).toHaveAttribute('href', '/practice/exam');
  await expectAccessible(page);

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: test.info().outputPath(`progress-1280-${scheme}.png`), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await noHorizontalScroll(page);
    await page.screenshot({ path: test.info().outputPath(`progress-390-${scheme}.png`), fullPage: true });
    await expectAccessible(page);
  }
  await page.goto('/');
  await page.screenshot({ path: test.info().outputPath('home-390-dark.png') });
});

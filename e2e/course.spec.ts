import { readdirSync } from 'node:fs';
import path from 'node:path';
import { devices, type BrowserContext, type Page } from '@playwright/test';
import { LESSON_SLUGS } from '../lib/content/catalog';
import { expect, expectAccessible, test, visitorAddress } from './fixtures';

// The course as a learner meets it: read a lesson, run its sandbox, answer its self-check, move on; the
// course map and the home page; and every lesson page checked by axe and at phone width.

test.describe.configure({ timeout: 120_000 });

/** The project's viewport (playwright.config.ts), for the tab the lesson tests share. */
const DESKTOP = devices['Desktop Chrome'].viewport;

/** The lessons that exist, in course order (the e2e build has every file under content/lessons). */
const lessons = LESSON_SLUGS.filter((slug) => readdirSync(path.join(process.cwd(), 'content', 'lessons')).includes(`${slug}.mdx`));

/**
 * Marks the open lesson complete once its saved progress has loaded (the panel is hydrated by then). A new
 * visitor's first save sets the learner cookie, and Next answers it by rendering the lesson again; that
 * render reads the cost figures the build computed (components/lesson/cost.tsx) instead of re-running the
 * examples, so the first save needs no longer wait than any other.
 */
async function markComplete(page: Page) {
  const panel = page.getByRole('region', { name: 'Your progress' });
  await expect(panel.getByRole('status')).toContainText('Finished reading?');
  await panel.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(panel.getByRole('status')).toContainText('You completed this lesson on');
}

async function noHorizontalScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, `page is ${scroll}px wide in a ${client}px viewport`).toBeLessThanOrEqual(client);
}

test('a learner reads a lesson, runs its sandbox, answers the self-check and moves on', async ({ page }) => {
  await page.goto('/learn/choice-states');
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1, name: /Choice states/ })).toBeVisible();
  await expect(article.getByText('Lesson 4 of')).toBeVisible();
  await expect(article.getByRole('link', { name: /DEA-C01 1\.3/ })).toBeVisible();

  // The table of contents beside the text jumps to a section.
  const toc = page.getByRole('navigation', { name: 'On this page' }).filter({ visible: true });
  await toc.getByRole('link', { name: 'The operator families' }).click();
  await expect(page).toHaveURL(/#the-operator-families$/);

  // Code blocks are highlighted at build time: coloured spans, no highlighter script.
  await expect(article.locator('pre.shiki span[style*="--shiki-light"]').first()).toBeAttached();

  // Open the first sandbox and run it as written: the extract found nothing, so the load is skipped.
  await article.getByRole('button', { name: 'Open in the sandbox' }).first().click();
  const run = page.getByRole('button', { name: /^Run/ });
  await expect(run).toBeEnabled({ timeout: 30_000 });
  await run.click();
  await expect(page.getByTestId('run-status')).toContainText('SUCCEEDED', { timeout: 30_000 });

  // The self-check: nothing is revealed before answering; a wrong answer says why it is wrong.
  const selfCheck = page.getByRole('region', { name: 'Check yourself' });
  await selfCheck.scrollIntoViewIfNeeded();
  const first = selfCheck.getByRole('group').first();
  await expect(first.getByText(/Without a Default there is nowhere to go/)).toHaveCount(0);
  const check = selfCheck.getByRole('button', { name: 'Check answer' }).first();
  await expect(check).toBeDisabled();
  await first.getByRole('radio', { name: /next state written in the file/ }).check();
  await check.click();
  await expect(selfCheck.getByRole('status').first()).toHaveText(/Not right/);
  await expect(first.getByText('Not right: you chose this.')).toBeVisible();
  await expect(first.getByText(/States never fall through/)).toBeVisible();
  // The right answer is explained too, and the reader can try again.
  await expect(first.getByText(/Without a Default there is nowhere to go/)).toBeVisible();
  await selfCheck.getByRole('button', { name: 'Try again' }).first().click();
  await first.getByRole('radio', { name: /fails with States.NoChoiceMatched/ }).check();
  await selfCheck.getByRole('button', { name: 'Check answer' }).first().click();
  await expect(selfCheck.getByRole('status').first()).toHaveText('Right.');
  await expect(selfCheck).toContainText('So far 1 of 1 right.');

  // Questions with several right answers ask for all of them.
  await page.goto('/learn/task-states-and-integrations');
  const multi = page.getByRole('region', { name: 'Check yourself' }).getByRole('group').nth(3);
  await expect(multi).toContainText('Choose all that apply');
  await expect(multi.getByRole('checkbox')).toHaveCount(3);

  // Move on to the next lesson.
  await page.goto('/learn/choice-states');
  await page.getByRole('navigation', { name: 'Previous and next lesson' }).getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL('/learn/parallel-states');
  await expect(page.getByRole('heading', { level: 1, name: /Parallel states/ })).toBeVisible();
});

test('on a phone the table of contents is a collapsed disclosure above the text', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/learn/inline-map');
  const summary = page.getByText('On this page', { exact: true }).filter({ visible: true });
  await expect(summary).toBeVisible();
  const toc = page.getByRole('navigation', { name: 'On this page' }).filter({ visible: true });
  await expect(toc).toHaveCount(0);
  await summary.click();
  await toc.getByRole('link', { name: 'Every iteration is billed' }).click();
  await expect(page).toHaveURL(/#every-iteration-is-billed$/);
  // The disclosure closes after the jump so the text is not covered.
  await expect(page.getByRole('navigation', { name: 'On this page' }).filter({ visible: true })).toHaveCount(0);
  await noHorizontalScroll(page);
});

test('the course map lists every lesson by part and by exam, with the learner’s progress', async ({ page, expectAccessible }) => {
  await page.goto('/learn/what-is-a-state-machine');
  await markComplete(page);

  await page.goto('/learn');
  await expect(page.getByRole('heading', { level: 1, name: 'The course' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Course progress' })).toHaveAttribute('aria-valuenow', '1');
  await expect(page.getByRole('link', { name: /Continue with lesson 2/ })).toBeVisible();
  for (const part of ['Foundations', 'Data, time and failure', 'Choosing and pricing a design']) {
    await expect(page.getByRole('heading', { level: 2, name: part })).toBeVisible();
  }
  await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveCount(lessons.length);
  await expectAccessible();

  await page.getByRole('link', { name: 'By exam' }).click();
  await expect(page).toHaveURL('/learn?view=exam');
  await expect(page.getByRole('link', { name: 'By exam' })).toHaveAttribute('aria-current', 'page');
  const dea = page.getByRole('region', { name: /DEA-C01/ });
  await expect(dea.getByRole('heading', { name: /Domain 1: Data Ingestion and Transformation/ })).toBeVisible();
  await expect(dea.getByRole('link', { name: /What a state machine is/ })).toBeVisible();
  await expectAccessible();
});

test('the home page lists the real course, shows a returning learner where to continue, and fits a phone', async ({ page, expectAccessible }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await noHorizontalScroll(page);
  await expect(page.getByRole('link', { name: /Start learning/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Continue where you left off' })).toHaveCount(0);
  const course = page.getByRole('region', { name: 'The course' });
  for (const slug of lessons) await expect(course.locator(`a[href="/learn/${slug}"]`)).toHaveCount(1);
  await expectAccessible();

  await page.goto('/learn/what-is-a-state-machine');
  await markComplete(page);
  await page.goto('/learn/reading-amazon-states-language');
  await markComplete(page);

  await page.goto('/');
  const resume = page.getByRole('region', { name: 'Continue where you left off' });
  await expect(resume).toContainText('2 of');
  await expect(resume).toContainText('Next up: lesson 3');
  await resume.getByRole('link', { name: /Continue where you left off/ }).click();
  await expect(page).toHaveURL('/learn/task-states-and-integrations');
});

// Every lesson, in one tab for all of them: each lesson is its own page load, but the tab keeps the site's
// scripts in its cache instead of every test's fresh context fetching and compiling them again.
test.describe('every lesson page', () => {
  let context: BrowserContext;
  let page: Page;
  test.beforeAll(async ({ browser }, workerInfo) => {
    context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': visitorAddress('course.spec lessons', workerInfo.workerIndex) } });
    page = await context.newPage();
  });
  test.afterAll(async () => {
    await context.close();
  });

  for (const slug of lessons) {
    test(`lesson ${slug}: no serious accessibility violation, no horizontal scroll on a phone`, async () => {
      await page.setViewportSize(DESKTOP);
      await page.goto(`/learn/${slug}`);
      // Answer the first question so axe also sees the explanations and their colours.
      const selfCheck = page.getByRole('region', { name: 'Check yourself' });
      const first = selfCheck.getByRole('group').first();
      await first.getByRole('radio').or(first.getByRole('checkbox')).first().check();
      await selfCheck.getByRole('button', { name: 'Check answer' }).first().click();
      await expect(selfCheck.getByRole('status').first()).not.toBeEmpty();
      await expectAccessible(page);
      await page.setViewportSize({ width: 390, height: 844 });
      await noHorizontalScroll(page);
    });
  }
});

// Spaced review (issue 17): a missed question becomes a card in today's review with new numbers; it is
// answered, graded on the server, rated, and leaves today's queue.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, hydrated, test } from './fixtures';
import { deviceForTheFile } from './support/devices';
import { QuizSampler } from './support/quiz-sampler';

const ROOT = path.resolve(import.meta.dirname, '..');
const VERDICT = { timeout: 60_000 };

// The question and its answer for an item and seed, from the same lib/quiz code the server grades with.
const sampler = new QuizSampler();

// One guest for the file, in one browser context (a new one downloads and compiles the app's scripts
// again). The first test expects the guest to be new; the second only that nothing else is due today.
let page: Page;
deviceForTheFile((p) => {
  page = p;
});
test.afterAll(() => sampler.close());

async function shown(page: Page) {
  const card = page.locator('article[data-item-id]').first();
  await expect(card).toBeVisible();
  // Keys and clicks come next: they need the card's handlers, attached once the page has hydrated.
  await hydrated(page);
  return { card, id: (await card.getAttribute('data-item-id')) as string, seed: Number(await card.getAttribute('data-seed')) };
}

test('miss a question, meet it in today’s review with new numbers, rate it, and see it leave the queue', async () => {
  test.setTimeout(480_000);
  await page.goto('/practice/review');
  await expect(page.getByText('Nothing to review yet.')).toBeVisible();

  // Miss the inline Map cost question.
  await page.goto('/practice/quizzes/item/inline-map-monthly?seed=11');
  const missed = await shown(page);
  const q = await sampler.sample(missed.id, missed.seed);
  const wrong = q.options?.find((o) => !q.answer.keys?.includes(o.key));
  if (!wrong) throw new Error('no wrong option');
  await missed.card.getByRole('radio', { name: new RegExp(`^${wrong.key.toUpperCase()}`) }).check();
  await missed.card.getByRole('button', { name: /^Check/ }).click();
  await expect(missed.card.getByRole('heading', { name: 'Not quite' })).toBeVisible(VERDICT);

  // It is in today's review, with other numbers than the ones missed.
  await page.goto('/practice');
  await page.getByRole('link', { name: 'Review what is due' }).click();
  await expect(page).toHaveURL(/\/practice\/review$/);
  await expect(page.getByTestId('review-today')).toContainText('The inline Map cost trap');
  const review = await shown(page);
  expect(review.id).toBe('inline-map-monthly');
  expect(review.seed).not.toBe(missed.seed);
  await expect(page.getByTestId('review-card-intro')).toContainText('added because you missed it');
  await expectAccessible(page);

  // Answer it right this time: the server grades it, then the ratings appear.
  const r = await sampler.sample(review.id, review.seed);
  const right = r.answer.keys?.[0] as string;
  await review.card.getByRole('radio', { name: new RegExp(`^${right.toUpperCase()}`) }).check();
  await review.card.getByRole('button', { name: /^Check/ }).click();
  await expect(review.card.getByRole('heading', { name: 'Correct' })).toBeVisible(VERDICT);
  const rating = page.getByRole('region', { name: 'How did it go?' });
  await expect(rating).toBeVisible(VERDICT);
  for (const name of ['Again', 'Hard', 'Good', 'Easy']) await expect(rating.getByRole('button', { name: new RegExp(`^${name}`) })).toBeEnabled();
  await expectAccessible(page);

  await rating.getByRole('button', { name: /^Good/ }).click();

  // It leaves today's queue and waits under "Coming up".
  await expect(page.getByText('All caught up.')).toBeVisible(VERDICT);
  await expect(page.getByTestId('review-today')).toHaveCount(0);
  await expect(page.getByTestId('review-upcoming')).toContainText('The inline Map cost trap');
  await expect(page.getByRole('definition').filter({ hasText: /^1 of \d+$/ })).toBeVisible();
  await expectAccessible(page);
});

test('a failed scenario comes back as a card: the fix is graded on the server, its verdict shown, then rated', async () => {
  test.setTimeout(480_000);
  const dir = path.join(ROOT, 'content/scenarios/five-step-pipeline');
  const solution = readFileSync(path.join(dir, 'solution.asl.json'), 'utf8');
  const editor = page.getByRole('textbox', { name: 'State machine definition' });

  // Submit the starter, which has no error handling: the server fails it.
  await page.goto('/practice/scenarios/five-step-pipeline');
  await expect(page.getByText('No problems found.')).toBeVisible(VERDICT);
  await page.getByRole('button', { name: 'Submit for grading' }).click();
  await expect(page.getByTestId('submit-status')).toContainText('score 13%', VERDICT);

  // Today's review asks for the fix again.
  await page.goto('/practice/review');
  await expect(page.getByTestId('review-today')).toContainText('A nightly pipeline that retries, alerts and fails');
  await expect(page.getByTestId('review-card-intro')).toContainText('added because you missed it');
  await expect(page.getByRole('heading', { level: 3, name: 'A nightly pipeline that retries, alerts and fails' })).toBeVisible();
  await expect(page.getByText('No problems found.')).toBeVisible(VERDICT);
  await expect(page.getByRole('region', { name: 'How did it go?' })).toHaveCount(0);

  // The fix: the server grades it and its verdict stays on screen beside the ratings.
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(solution);
  await expect(page.getByText('No problems found.')).toBeVisible(VERDICT);
  await page.getByRole('button', { name: 'Submit for grading' }).click();
  await expect(page.getByTestId('submit-status')).toContainText('8 of 8 cases passed, score 100%', VERDICT);
  await expect(page.getByTestId('review-scenario-verdict')).toHaveText('The server graded your fix: every case passed, score 100%.', VERDICT);
  const rating = page.getByRole('region', { name: 'How did it go?' });
  await expect(rating.getByRole('button', { name: /^Good/ })).toBeEnabled();
  // The case-by-case verdict is still there after the page refreshed with the ratings.
  await expect(page.getByTestId('submit-status')).toContainText('8 of 8 cases passed, score 100%');
  await expectAccessible(page);

  await rating.getByRole('button', { name: /^Good/ }).click();
  await expect(page.getByText('All caught up.')).toBeVisible(VERDICT);
  await expect(page.getByTestId('review-upcoming')).toContainText('A nightly pipeline that retries, alerts and fails');
});

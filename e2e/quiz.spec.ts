import type { Locator, Page } from '@playwright/test';
import { chooseByKey, expect, expectAccessible, hydrated, test } from './fixtures';
import { deviceForTheFile } from './support/devices';
import { QuizSampler } from './support/quiz-sampler';

// Questions and answers, from the same lib/quiz code the server grades with (one process for the file).
const sampler = new QuizSampler();

// One guest for the whole file, in one browser context: each new context downloads and compiles the app's
// scripts again. The first test expects the guest to be new; no test depends on what an earlier one did.
let page: Page;
deviceForTheFile((p) => {
  page = p;
});
test.afterAll(() => sampler.close());

// The server grades on a shared, busy machine (and opens its database on the first answer): a verdict may
// take a while, so waits for one are longer than the default.
const VERDICT = { timeout: 60_000 };

async function shown(page: Page): Promise<{ card: Locator; id: string; seed: number }> {
  const card = page.locator('article[data-item-id]').first();
  await expect(card).toBeVisible();
  // Keys and clicks come next: they need the card's handlers, attached once the page has hydrated.
  await hydrated(page);
  const id = (await card.getAttribute('data-item-id')) as string;
  const seed = Number(await card.getAttribute('data-seed'));
  return { card, id, seed };
}

test('a cost quiz with the keyboard only: a wrong answer, its arithmetic, new numbers, then a right answer', async () => {
  test.setTimeout(240_000);
  await page.goto('/practice');
  const practiceQuizzes = page.getByRole('region', { name: 'Quizzes' });
  await expect(practiceQuizzes.getByRole('listitem').filter({ hasText: 'Every cost trap' })).toContainText('Not started');
  await page.getByRole('link', { name: 'Go to the quizzes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quizzes' })).toBeVisible();
  await expectAccessible(page);
  await page.getByText(/^Cost questions \(\d+\)$/).click();
  await page.getByRole('link', { name: 'The inline Map cost trap' }).click();
  await expect(page).toHaveURL(/\/practice\/quizzes\/item\/inline-map-monthly/);

  const first = await shown(page);
  const q1 = await sampler.sample(first.id, first.seed);
  await expect(first.card).toContainText(q1.prompt);
  const wrong = q1.options?.find((o) => !q1.answer.keys?.includes(o.key));
  if (!wrong) throw new Error('no wrong option');

  // Choose with a letter, submit with Enter.
  await chooseByKey(page, first.card, wrong.key, new RegExp(`^${wrong.key.toUpperCase()}`));
  await page.keyboard.press('Enter');

  await expect(first.card.getByRole('heading', { name: 'Not quite' })).toBeVisible(VERDICT);
  // The explanation names the mistake behind the option chosen, and shows the arithmetic step by step.
  const mistake = (q1.explanations?.[wrong.key] ?? '').split(':')[0] as string;
  await expect(first.card.getByText(`${mistake}.`, { exact: false }).first()).toBeVisible();
  const arithmetic = first.card.getByRole('region', { name: 'The arithmetic' });
  for (const step of q1.working) await expect(arithmetic).toContainText(step.expression);
  await expect(arithmetic).toContainText(`= ${q1.working.at(-1)?.result}`);
  await expectAccessible(page);

  // "Try again with new numbers" has the focus: Enter draws a new seed with different numbers.
  const again = page.getByRole('button', { name: 'Try again with new numbers' });
  await expect(again).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('article[data-item-id]')).not.toHaveAttribute('data-seed', String(first.seed), VERDICT);
  const second = await shown(page);
  const q2 = await sampler.sample(second.id, second.seed);
  expect(q2.params).not.toEqual(q1.params);
  await expect(second.card).toContainText(q2.prompt);
  await expect(page).toHaveURL(new RegExp(`seed=${second.seed}`));

  // Answer right with the number keys this time.
  const right = q2.options?.findIndex((o) => q2.answer.keys?.includes(o.key)) ?? -1;
  await page.keyboard.press(String(right + 1));
  await page.keyboard.press('Enter');
  await expect(second.card.getByRole('heading', { name: 'Correct' })).toBeVisible(VERDICT);

  // Both attempts are saved for this learner, the wrong one first in time.
  const attempts = page.getByRole('region', { name: 'Your attempts' });
  await expect(attempts.getByRole('listitem')).toHaveCount(2, VERDICT);
  await expect(attempts.getByRole('listitem').first()).toContainText('Right');
  await expect(attempts.getByRole('listitem').nth(1)).toContainText('Wrong');

  // /practice shows the learner's quiz status: one cost question tried, right on the latest try.
  await page.goto('/practice');
  await expect(practiceQuizzes.getByRole('listitem').filter({ hasText: 'Every cost trap' })).toContainText(/(?<!\d)1 of \d+ right on your latest try/);
  await expect(practiceQuizzes.getByRole('listitem').filter({ hasText: 'Every concept question' })).toContainText('Not started');
});

test('a review shows the same numbers and the same verdict', async () => {
  test.setTimeout(180_000);
  await page.goto('/practice/quizzes/item/standard-retries-monthly?seed=4242');
  const { card } = await shown(page);
  const q = await sampler.sample('standard-retries-monthly', 4242);
  const key = q.answer.keys?.[0] as string;
  await chooseByKey(page, card, key, new RegExp(`^${key.toUpperCase()}`));
  await page.keyboard.press('Enter');
  await expect(card.getByRole('heading', { name: 'Correct' })).toBeVisible(VERDICT);
  await page.getByRole('link', { name: 'Review (seed 4242)' }).click(VERDICT);
  await expect(page.getByRole('heading', { level: 1, name: /^Review:/ })).toBeVisible();
  await expect(page.getByRole('article')).toContainText(q.prompt);
  await expect(page.getByRole('heading', { name: 'Correct' })).toBeVisible();
  await expectAccessible(page);
});

test('an exam-style set keeps the verdicts for the end', async () => {
  test.setTimeout(240_000);
  const set = await sampler.session('error-handling', 7);
  await page.goto('/practice/quizzes/topic/error-handling?mode=exam&seed=7');
  await expect(page.getByRole('link', { name: 'At the end (exam style)' })).toHaveAttribute('aria-current', 'page');
  await expectAccessible(page);
  const progress = page.getByRole('navigation', { name: 'Questions' });
  const count = await progress.getByRole('listitem').count();
  expect(count).toBe(set.length);
  const expected: boolean[] = [];
  for (let i = 0; i < count; i++) {
    const { card, id, seed } = await shown(page);
    const q = set[i]!;
    expect([id, seed]).toEqual([q.id, q.seed]);
    // Answer the even questions right and the odd ones wrong.
    const wantRight = i % 2 === 0;
    expected.push(wantRight);
    if (q.options) {
      const keys = wantRight ? (q.answer.keys as string[]) : [q.options.find((o) => !q.answer.keys?.includes(o.key))?.key as string];
      for (const key of keys) await page.keyboard.press(key);
      await page.keyboard.press('Enter');
    } else {
      const value = wantRight ? (q.answer.value as number) : (q.answer.value as number) * 3 + 7;
      await card.getByLabel(/Your answer/).fill(String(value));
      await card.getByLabel(/Your answer/).press('Enter');
    }
    // No verdict is shown during an exam-style set.
    await expect(page.getByRole('heading', { name: /^(Correct|Not quite)$/ })).toHaveCount(0);
    if (i < count - 1) await expect(progress.getByRole('button', { name: `Question ${i + 2}, not answered yet` })).toHaveAttribute('aria-current', 'step');
  }
  await page.getByRole('button', { name: 'Finish and see results' }).click();
  const right = expected.filter(Boolean).length;
  await expect(page.getByRole('heading', { level: 2, name: `${right} of ${count} right` })).toBeVisible(VERDICT);
  await expect(page.getByText('✗ wrong')).toHaveCount(count - right);
  await expectAccessible(page);
});

test('restructuring a machine: graded on the server by running it', async () => {
  test.setTimeout(240_000);
  await page.goto('/practice/quizzes/item/restructure-merge-passes?seed=9');
  const { card } = await shown(page);
  const q = await sampler.sample('restructure-merge-passes', 9);
  await expect(card).toContainText(q.prompt);
  // Grading the machine as given: same output, but over the target.
  await page.getByRole('button', { name: 'Run and grade' }).click();
  await expect(card.getByText('Still over the target')).toBeVisible(VERDICT);
  await expect(card.getByRole('heading', { name: 'Not quite' })).toBeVisible();
  // The same numbers again (as the review link offers), this time with the states merged.
  await page.goto('/practice/quizzes/item/restructure-merge-passes?seed=9');
  const again = await shown(page);
  const editor = again.card.locator('.cm-content');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(JSON.stringify(q.answer.reference, null, 2));
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(again.card.getByText('Same output, under the target')).toBeVisible(VERDICT);
  await expect(again.card.getByRole('heading', { name: 'Correct' })).toBeVisible();
});

test('on a phone the quiz fits the screen, in the dark theme too', async () => {
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/practice/quizzes/item/inline-vs-distributed-cheapest?seed=3');
  const { card } = await shown(page);
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(card.getByRole('heading', { name: /^(Correct|Not quite)$/ })).toBeVisible(VERDICT);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  if (desktop) await page.setViewportSize(desktop);
  await page.emulateMedia({ colorScheme: null });
});

test('an unknown quiz item or topic is a 404', async () => {
  expect((await page.goto('/practice/quizzes/item/no-such-item'))?.status()).toBe(404);
  expect((await page.goto('/practice/quizzes/topic/astrology'))?.status()).toBe(404);
  expect((await page.goto('/practice/quizzes/review/cnotanattemptatallxxxxxxxx'))?.status()).toBe(404);
  const api = await page.request.get('/api/quiz/items/inline-map-monthly?seed=-1');
  expect(api.status()).toBe(400);
  const fresh = await page.request.get('/api/quiz/items/inline-map-monthly?after=7');
  const body = (await fresh.json()) as { question: { seed: number; options: unknown[]; params: Record<string, number> } };
  expect(body.question.seed).not.toBe(7);
  expect(JSON.stringify(body)).not.toMatch(/"correct"/);
});

// The timed practice exam (issue 17): start a one-minute lightning round, answer and flag, hide the clock,
// let time run out, and read the result with its breakdown; the attempt then appears in the history.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { deviceForTheFile } from './support/devices';

// One guest for the file, in one browser context (a new one downloads and compiles the app's scripts
// again). The first test expects the guest to have no exam yet; the second does not look at the history.
let page: Page;
deviceForTheFile((p) => {
  page = p;
});

test('a lightning round runs to the end of its time, submits itself and shows the breakdown', async () => {
  test.setTimeout(480_000);
  await page.goto('/practice');
  await page.getByRole('link', { name: 'Take a practice exam' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Practice exam' })).toBeVisible();
  await expect(page.getByText('No exams yet.')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('radio', { name: /SAA-C03/ }).check();
  await page.getByRole('radio', { name: /Lightning round/ }).check();
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await expect(page).toHaveURL(/\/practice\/exam\/[a-z0-9]+$/, { timeout: 60_000 });
  await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText(/^[01]:\d\d$/);

  const navigator = page.getByRole('navigation', { name: 'Questions' });
  await expect(navigator.getByRole('button')).toHaveCount(4);

  // Answer the first question if it has options, flag the second, and move with the navigator.
  const option = page.locator('article input[type=radio], article input[type=checkbox]').first();
  if (await option.count()) {
    await option.check();
    await expect(page.getByText('Answer saved.')).toBeVisible({ timeout: 30_000 });
    await expect(navigator.getByRole('button', { name: 'Question 1, answered' })).toBeVisible();
  }
  await navigator.getByRole('button', { name: /^Question 2/ }).click();
  await page.getByRole('button', { name: 'Flag for later' }).click();
  await expect(navigator.getByRole('button', { name: /^Question 2, .*flagged$/ })).toBeVisible();
  await expectAccessible(page);

  // Hide the clock, then bring it back.
  await page.getByRole('button', { name: 'Hide the clock' }).click();
  await expect(page.getByRole('timer')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the clock' }).click();
  await expect(page.getByRole('timer', { name: 'Time left' })).toBeVisible();

  // Time runs out: the exam submits itself and the result replaces it.
  await expect(page.getByRole('heading', { level: 1, name: /^Your result/ })).toBeVisible({ timeout: 180_000 });
  await expect(page.getByTestId('exam-score')).toHaveText(/^\d+%$/);
  await expect(page.getByRole('img', { name: /^Right answers by exam domain\./ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Right answers by topic\./ })).toBeVisible();
  const questions = page.getByTestId('exam-result-question');
  await expect(questions).toHaveCount(4);
  for (const q of await questions.all()) {
    await expect(q).toContainText('Right answer');
    await expect(q.getByRole('link', { name: /./ }).first()).toHaveAttribute('href', /^\/learn\//);
  }
  await expectAccessible(page);

  // The history lists it with its score; readiness explains how it is computed.
  await page.getByRole('link', { name: 'Back to your exams and readiness' }).click();
  await expect(page.getByRole('table')).toContainText('Lightning round');
  await expect(page.getByRole('table')).toContainText(/\d+%/);
  await expect(page.getByText(/^Readiness is the share of your practice-exam answers/)).toBeVisible();
  await expect(page.getByTestId('readiness-SAA-C03')).toContainText('answered; more needed');
});

test('a scenario question: its prompt as formatted text, the sandbox’s editor with diagnostics, and a submit that retries while the server is out of reach', async () => {
  test.setTimeout(480_000);
  await page.goto('/practice/exam');
  // DEA-C01 has 28 tagged questions, 8 of them scenarios: a 20-question exam always draws at least one
  // unless all 8 are among the 8 left out (about 1 in 3 million draws).
  await page.getByRole('radio', { name: /DEA-C01/ }).check();
  await page.getByRole('radio', { name: /Full practice exam/ }).check();
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await expect(page).toHaveURL(/\/practice\/exam\/[a-z0-9]+$/, { timeout: 60_000 });
  const question = page.locator('article[data-position]');
  const counter = question.locator('p').first();
  // The first scenario whose starter is valid: some are invalid on purpose (the Express migration's waits
  // for a callback, which Express cannot), and the checks below start from a clean editor.
  const verdict = question.getByText(/^(No problems found\.|\d+ problems?)$/);
  for (let i = 1; ; i++) {
    if (/· Scenario$/.test((await counter.textContent()) ?? '')) {
      await expect(verdict).toBeVisible({ timeout: 60_000 });
      if ((await verdict.textContent()) === 'No problems found.') break;
    }
    expect(i, 'a scenario question with a valid starter among the 20').toBeLessThan(20);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    // Read the kind only once the next question is on screen.
    await expect(counter).toHaveText(new RegExp(`^Question ${i + 1} of 20`));
  }
  await expect(question.locator('p').first()).toHaveText(/· Scenario$/);

  // Markdown is rendered (lists, code), never shown as its source.
  await expect(question.locator('.prose li').first()).toBeVisible();
  await expect(question.locator('.prose code').first()).toBeVisible();
  await expect(question).not.toContainText('**');

  // The sandbox's editor, with the engine's validation.
  const editor = page.getByRole('textbox', { name: 'Your definition (JSON or YAML)' });
  await expect(editor).toBeVisible({ timeout: 60_000 });
  await expect(question.getByText('No problems found.')).toBeVisible({ timeout: 60_000 });
  // The editor's scroll box is in the tab order and named (CodeEditor's scrollLabel).
  await expect(question.getByRole('group', { name: 'Definition (scrollable)' })).toHaveAttribute('tabindex', '0');
  await expectAccessible(page);
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('{"StartAt": "Nowhere", "States": {"Done": {"Type": "Succeed"}}}');
  await expect(question.getByText(/^\d+ problems?$/)).toBeVisible({ timeout: 30_000 });
  await expect(question.getByRole('button', { name: /^Line 1: .*Nowhere.*rule TRANSITIONS, AWS code MISSING_TRANSITION_TARGET/ })).toBeVisible();
  await expect(page.getByText('Answer saved.')).toBeVisible({ timeout: 30_000 });

  // The server cannot be reached: the submit backs off and says when it tries again.
  const offline = (route: import('@playwright/test').Route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.fallback());
  await page.route('**/practice/exam/**', offline);
  await page.getByRole('button', { name: 'Submit the exam' }).click();
  const status = page.getByTestId('exam-submit-status');
  await expect(status).toContainText(/Submitting… retrying in \d+ s\./, { timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Try now' })).toBeVisible();
  await expect(status).toContainText(/try 2|retrying in/, { timeout: 30_000 });

  // Back online: the next try records it and the result replaces the exam.
  await page.unroute('**/practice/exam/**', offline);
  await expect(page.getByRole('heading', { level: 1, name: /^Your result/ })).toBeVisible({ timeout: 180_000 });
  const scenario = page.getByTestId('exam-result-question').filter({ hasText: 'Your definition passed' });
  await expect(scenario.first()).toBeVisible();
});

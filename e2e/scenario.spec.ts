import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { actionId } from './server-actions';
import { E2E_INSTRUCTOR, signInAs } from './support/accounts';

// The practice journey of issue 12: open the five-step scenario, run the visible cases, read a failure,
// fix the machine, submit, and find the recorded result on /practice. Then: a forged verdict is ignored,
// the instructor preview grades a pasted folder, and the page works on a phone.

test.describe.configure({ timeout: 180_000 });
const SLOW = { timeout: 60_000 };
const DIR = 'content/scenarios/five-step-pipeline';
const solution = readFileSync(`${DIR}/solution.asl.json`, 'utf8');
const starter = readFileSync(`${DIR}/starter.asl.json`, 'utf8');

const editor = (page: Page) => page.getByRole('textbox', { name: 'State machine definition' });
const summary = (page: Page) => page.getByTestId('cases-summary');
const caseItem = (page: Page, name: string): Locator => page.locator('li.sc-case').filter({ has: page.getByRole('heading', { name, exact: true }) });

async function replaceText(page: Page, target: Locator, text: string) {
  await target.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

async function openScenario(page: Page) {
  await page.goto('/practice/scenarios/five-step-pipeline');
  await expect(page.getByRole('heading', { level: 1, name: 'A nightly pipeline that retries, alerts and fails' })).toBeVisible();
  // The first validation waits for the engine worker to load.
  await expect(page.getByText('No problems found.')).toBeVisible(SLOW);
}

test('run the visible cases, read a failure, fix the machine, submit, and see the result on /practice', async ({ page, expectAccessible }) => {
  // Three gradings (two in the browser, one on the server) and four accessibility scans: on the shared,
  // busy machine the whole journey takes over three minutes.
  test.setTimeout(300_000);
  await page.goto('/practice');
  await expect(page.locator('[data-scenario="five-step-pipeline"]')).toContainText('Not submitted yet');
  await page.getByRole('link', { name: 'A nightly pipeline that retries, alerts and fails' }).click();
  await expect(page.getByText('No problems found.')).toBeVisible(SLOW);
  // The editor's scroll box is in the tab order and named (CodeEditor's scrollLabel).
  await expect(page.getByRole('group', { name: 'Definition (scrollable)' })).toHaveAttribute('tabindex', '0');
  await expectAccessible();

  // The starter has no error handling: the happy path passes, the two failure cases do not.
  await page.getByRole('button', { name: /Run the visible cases/ }).click();
  await expect(summary(page)).toContainText('1 of 3 visible cases passed', SLOW);
  const glue = caseItem(page, 'Glue fails twice, then succeeds');
  await expect(glue.getByText('Failed', { exact: true })).toBeVisible();
  await expect(glue).toContainText("'ConvertWithGlue' should be attempted 3 times, but it was attempted once (it failed with Glue.AWSGlueException): it has no Retry");
  // The graph shows that run: ConvertWithGlue failed.
  await expect(page.locator('[data-node-id="ConvertWithGlue"]')).toHaveAttribute('data-outcome', 'failed');

  // Its history is one click away.
  await glue.getByRole('button', { name: /Show the history/ }).click();
  const rows = glue.locator('table.sb-table tbody tr');
  await expect(rows.filter({ hasText: 'TaskFailed' })).toHaveCount(1);
  await expect(rows.last()).toContainText('ExecutionFailed');
  await expectAccessible();

  // Fix it: the reference solution passes the visible cases (Ctrl+Enter runs them from the editor).
  await replaceText(page, editor(page), solution);
  await expect(page.getByText('No problems found.')).toBeVisible(SLOW);
  await editor(page).press('Control+Enter');
  await expect(summary(page)).toContainText('3 of 3 visible cases passed', SLOW);

  // Submit: the server grades every case, hidden ones included, and records its verdict.
  await page.getByRole('button', { name: 'Submit for grading' }).click();
  const status = page.getByTestId('submit-status');
  await expect(status).toContainText('Every case passed.', SLOW);
  await expect(status).toContainText('8 of 8 cases passed, score 100%');
  await expect(status.getByRole('heading', { name: 'Malformed rows are not retried' })).toBeVisible();

  await status.getByRole('link', { name: 'See it on your practice page' }).click();
  await expect(page).toHaveURL(/\/practice$/);
  await expect(page.locator('[data-scenario="five-step-pipeline"]')).toContainText('Passed · 1 submission');
  await expect(page.getByText('1 of 12 scenarios passed.')).toBeVisible();
  await expectAccessible();
});

test('a verdict sent by the client is ignored: the server grades and records its own', async ({ playwright, browser, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL: baseURL! });
  const response = await api.post('/api/scenarios/five-step-pipeline/submissions', {
    data: { definition: starter, passed: true, score: 100, verdict: { scenario: 'five-step-pipeline', passed: true, score: 100, ms: 1, cases: [] } },
  });
  expect(response.status()).toBe(201);
  const body = await response.json();
  expect(body.status).toBe('graded');
  expect(body.verdict.passed).toBe(false);
  expect(body.verdict.score).toBe(13);
  // A failing hidden case is not named.
  expect(body.verdict.cases.map((c: { name: string }) => c.name)).toContain('Hidden case 1');

  // The same learner (the cookie the API answer set) sees the server's score on /practice.
  const context = await browser.newContext({ storageState: await api.storageState() });
  const page = await context.newPage();
  await page.goto('/practice');
  await expect(page.locator('[data-scenario="five-step-pipeline"]')).toContainText('Best score 13% · 1 submission');

  // Bad input gets a clear answer, not a 500.
  expect((await api.post('/api/scenarios/five-step-pipeline/submissions', { data: 'not json', headers: { 'content-type': 'application/json' } })).status()).toBe(400);
  expect((await api.post('/api/scenarios/no-such-scenario/submissions', { data: { definition: starter } })).status()).toBe(404);
  await context.close();
  await api.dispose();
});

test('a submission sent again with its requestId is recorded once and answered repeated: true with the stored verdict', async ({ playwright, browser, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL: baseURL! });
  const body = { definition: starter, requestId: crypto.randomUUID() };
  const first = await api.post('/api/scenarios/five-step-pipeline/submissions', { data: body });
  expect(first.status()).toBe(201);
  const graded = await first.json();
  expect(graded).toMatchObject({ status: 'graded', verdict: { score: 13 } });
  expect(graded).not.toHaveProperty('repeated');
  const again = await api.post('/api/scenarios/five-step-pipeline/submissions', { data: body });
  expect(await again.json()).toEqual({ ...graded, repeated: true });

  const context = await browser.newContext({ storageState: await api.storageState() });
  const page = await context.newPage();
  await page.goto('/practice');
  await expect(page.locator('[data-scenario="five-step-pipeline"]')).toContainText('Best score 13% · 1 submission');
  await context.close();
  await api.dispose();
});

test('the instructor preview is for instructors: a guest is sent to sign in, a learner gets 403, the action refuses both', async ({ page, request }) => {
  await page.goto('/practice/scenarios/preview');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fpractice%2Fscenarios%2Fpreview$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // A learner: any account that signs up.
  const email = `e2e-learner-${test.info().workerIndex}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`;
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill('Lea Learner');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  const response = await page.goto('/practice/scenarios/preview');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: 'This page is for instructors' })).toBeVisible();
  await expect(page.getByLabel('scenario.yaml', { exact: true })).toHaveCount(0);

  // The action itself, called without the page (as a guest, then as the learner): refused before any file is read.
  const call = (post: (url: string, init: { headers: Record<string, string>; multipart: FormData }) => Promise<{ text(): Promise<string> }>) => {
    const body = new FormData();
    body.append('_1_file:scenario.yaml', 'id: broken\ntitle: [unclosed\n');
    body.append('0', JSON.stringify([{ status: 'idle' }, '$K1']));
    return post('/practice/scenarios/preview', { headers: { 'Next-Action': actionId('previewScenarioAction', 'app/practice/scenarios/preview/actions.ts') }, multipart: body }).then((r) => r.text());
  };
  expect(await call((url, init) => request.post(url, init))).toContain('Sign in first. The scenario preview is for instructors.');
  const asLearner = await call((url, init) => page.request.post(url, init));
  expect(asLearner).toContain('Only instructors can do this. The scenario preview is for instructors.');
  expect(asLearner).not.toContain('YAML syntax error');
});

test('the instructor preview validates pasted files, grades solution and starter, and renders the learner view', async ({ page, expectAccessible }) => {
  await signInAs(page, E2E_INSTRUCTOR, '/practice/scenarios/preview');
  await page.getByLabel('scenario.yaml', { exact: true }).fill('id: broken\ntitle: [unclosed\n');
  await page.getByRole('button', { name: 'Check the scenario' }).click();
  await expect(page.getByRole('alert', { name: /problem/ })).toContainText(/preview\/scenario\.yaml:\d+:\d+ YAML syntax error/, SLOW);

  await page.getByLabel('scenario.yaml', { exact: true }).fill(readFileSync(`${DIR}/scenario.yaml`, 'utf8'));
  await page.getByLabel('starter.asl.json', { exact: true }).fill(starter);
  await page.getByLabel('solution.asl.json', { exact: true }).fill(solution);
  for (const name of ['world.json', 'mock-config.json', 'input.json']) {
    await page.getByLabel(/Add another file/).fill(name);
    await page.getByRole('button', { name: 'Add file' }).click();
    await page.getByLabel(name, { exact: true }).fill(readFileSync(`${DIR}/${name}`, 'utf8'));
  }
  await page.getByRole('button', { name: 'Check the scenario' }).click();
  await expect(page.getByText('Good: the reference passes every case.')).toBeVisible(SLOW);
  await expect(page.getByText('Good: the starter fails at least one case.')).toBeVisible();
  const learnerView = page.getByRole('region', { name: 'The learner’s view' });
  await expect(learnerView.getByRole('heading', { name: 'A nightly pipeline that retries, alerts and fails' })).toBeVisible();
  await expect(learnerView.getByText('No problems found.')).toBeVisible(SLOW);
  await learnerView.getByRole('button', { name: /Run the visible cases/ }).click();
  await expect(learnerView.getByTestId('cases-summary')).toContainText('1 of 3 visible cases passed', SLOW);
  await expectAccessible();
});

test('on a phone the scenario page fits the screen, in the dark theme too', async ({ browser, expectAccessible }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await openScenario(page);
  await page.getByRole('button', { name: /Run the visible cases/ }).click();
  await expect(summary(page)).toContainText('visible cases passed', SLOW);
  await caseItem(page, 'Glue fails twice, then succeeds').getByRole('button', { name: /Show the history/ }).click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await expectAccessible(page);
  await context.close();
});

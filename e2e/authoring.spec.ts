import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { AUTHORING_INSTRUCTOR } from './support/accounts';
import { createClassByHttp, joinClassByHttp, signInByHttp, signUpByHttp } from './support/by-http';
import { LEARNER_PASSWORD, unique } from './support/class-journeys';
import { deviceForTheFile } from './support/devices';

// Issue 16, instructors authoring: an instructor creates a class and writes a scenario of its own in the
// browser (live validation, preview, save, publish); a learner joins and submits; the dashboard shows the
// attempt and the CSV has it. Every test makes its own class and learner (two workers share one server);
// the instructor's browser, signed in once, serves the whole file. Signing in and up, making the class and
// joining it are done over HTTP here (their forms have their journey in classes.spec.ts).
test.describe.configure({ timeout: 300_000 });

let instructor: Page;
deviceForTheFile(async (page) => {
  instructor = page;
  await signInByHttp(instructor.request, AUTHORING_INSTRUCTOR);
});

test('an instructor writes and publishes a class scenario; a learner joins and submits; the dashboard and CSV show it', async ({ page }) => {
  const className = `Authoring ${unique()}`;
  const klass = await createClassByHttp(instructor.request, className);
  await instructor.goto(`/teach/${klass.id}`);

  await instructor.getByRole('link', { name: 'Write a scenario' }).click();
  await instructor.waitForURL(`**/teach/${klass.id}/scenarios/new`);
  await expect(instructor.getByRole('heading', { name: 'New scenario', level: 1 })).toBeVisible();
  const checks = instructor.getByRole('region', { name: 'Checks' });
  await expect(checks).toContainText('The files are valid: “Send large refunds to a person”');

  // Live validation: an unknown field is reported with its file, line and reason, then fixed.
  const editor = instructor.getByRole('textbox', { name: 'scenario.yaml editor' });
  await editor.click();
  await instructor.keyboard.press('Control+End');
  await instructor.keyboard.type('\nsumary: typo');
  await expect(checks).toContainText('1 problem to fix');
  await expect(checks.getByRole('list', { name: 'Problems in the files' })).toContainText(/scenario\.yaml:\d+:\d+.*unknown field "sumary"/);
  await instructor.keyboard.press('Shift+Home');
  await instructor.keyboard.press('Backspace');
  await instructor.keyboard.press('Backspace');
  await expect(checks).toContainText('The files are valid');
  await expectAccessible(instructor);

  // Preview grades the reference and the starter on the server and renders the learner's view.
  await instructor.getByRole('button', { name: 'Preview' }).click();
  await expect(instructor.getByRole('region', { name: 'Reference solution (solution.asl.json)' })).toContainText('Good: the reference passes every case.', { timeout: 60_000 });
  await expect(instructor.getByRole('region', { name: 'Starter (starter.asl.json)' })).toContainText('Good: the starter fails at least one case.');
  await expect(instructor.getByRole('heading', { name: 'The learner’s view' })).toBeVisible();

  await instructor.getByRole('button', { name: 'Save' }).click();
  await instructor.waitForURL(/\/scenarios\/[^/]+\/edit$/);
  await expect(instructor.getByText('Version 1 saved, not published yet.')).toBeVisible();
  await instructor.getByRole('button', { name: 'Publish version 1' }).click();
  await expect(instructor.getByText('Version 1 is published to the class.')).toBeVisible({ timeout: 60_000 });
  await expectAccessible(instructor);

  // A learner signs up, joins with the code, opens the class scenario and submits the starter.
  const learner = page;
  const email = `e2e-author-${unique()}@example.com`;
  await signUpByHttp(learner.request, { name: 'Lin Learner', email, password: LEARNER_PASSWORD });
  expect(await joinClassByHttp(learner.request, klass.code)).toContain(`You joined ${className}.`);
  await learner.goto('/classes');
  await learner.getByRole('link', { name: 'Send large refunds to a person' }).click();
  await expect(learner.getByRole('heading', { name: 'Send large refunds to a person', level: 1 })).toBeVisible();
  await learner.getByRole('button', { name: 'Submit for grading' }).click();
  await expect(learner.getByText(/Submission recorded at .*: 1 of 2 cases passed, score 50%/)).toBeVisible({ timeout: 60_000 });
  await expectAccessible(learner);

  // The failed case made a review card, as a built-in scenario's would: it is due now, shown on the review page.
  await learner.goto('/practice/review');
  await expect(learner.getByRole('heading', { name: 'Send large refunds to a person', level: 3 })).toBeVisible();
  await expect(learner.getByTestId('review-card-intro')).toContainText('added because you missed it');

  // The dashboard counts the attempt and names the failed case; the CSV has the learner's row.
  await instructor.goto(`/teach/${klass.id}`);
  const roster = instructor.getByRole('region', { name: 'Roster table, scrolls sideways' });
  await expect(roster.getByRole('row', { name: /Lin Learner/ })).toContainText('0 (1 submissions)');
  await expect(instructor.getByRole('region', { name: 'Scenario cases most often failed' })).toContainText('A large refund in Send large refunds to a person');
  await expect(instructor.getByText('1 version, version 1 published')).toBeVisible();
  const [download] = await Promise.all([instructor.waitForEvent('download'), instructor.getByRole('link', { name: 'Download results (CSV)' }).click()]);
  const csv = await readFile((await download.path())!, 'utf8');
  const row = csv.split('\n').find((line) => line.includes(email));
  expect(row).toBeDefined();
  expect(row!.split(',').slice(4, 6)).toEqual(['0', '1']);
});

test('a learner cannot open the authoring pages, and invalid files are explained, not saved', async ({ request }) => {
  const klass = await createClassByHttp(instructor.request, `Guarded ${unique()}`);

  // The learner needs no page: the fixture's request context, signed up.
  await signUpByHttp(request, { name: 'Nosy Learner', email: `e2e-nosy-${unique()}@example.com`, password: LEARNER_PASSWORD });
  const response = await request.get(`/teach/${klass.id}/scenarios/new`);
  expect(response.status()).toBe(404);

  await instructor.goto(`/teach/${klass.id}/scenarios/new`);
  const editor = instructor.getByRole('textbox', { name: 'scenario.yaml editor' });
  await expect(instructor.getByRole('region', { name: 'Checks' })).toContainText('The files are valid');
  await editor.click();
  await instructor.keyboard.press('Control+Home');
  await instructor.keyboard.press('End');
  await instructor.keyboard.type('!');
  await instructor.getByRole('button', { name: 'Save' }).click();
  await expect(instructor.getByText(/Not saved: \d+ problems? in the files\./)).toBeVisible();
  await expect(instructor.getByRole('list', { name: 'Why it was not saved' })).toContainText(/scenario\.yaml:1:\d+ .*id/);
  expect(new URL(instructor.url()).pathname).toBe(`/teach/${klass.id}/scenarios/new`);
});

import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { createClass, fresh, LEARNER_PASSWORD, signInAsInstructor } from './support/class-journeys';

// Issue 16, instructors authoring: an instructor creates a class and writes a scenario of its own in the
// browser (live validation, preview, save, publish); a learner joins and submits; the dashboard shows the
// attempt and the CSV has it. Every test makes its own class and learner (two workers share one server).
test.describe.configure({ timeout: 300_000 });

const unique = () => `${test.info().workerIndex}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

test('an instructor writes and publishes a class scenario; a learner joins and submits; the dashboard and CSV show it', async ({ browser, expectAccessible }) => {
  const instructor = await fresh(browser);
  await signInAsInstructor(instructor);
  const className = `Authoring ${unique()}`;
  const klass = await createClass(instructor, className);

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
  const learner = await fresh(browser);
  const email = `e2e-author-${unique()}@example.com`;
  await learner.goto('/sign-up');
  await learner.getByLabel('Name').fill('Lin Learner');
  await learner.getByLabel('Email').fill(email);
  await learner.getByLabel('Password').fill(LEARNER_PASSWORD);
  await learner.getByRole('button', { name: 'Create account' }).click();
  await learner.waitForURL((url) => url.pathname === '/');
  await learner.goto('/classes');
  await learner.getByLabel('Join code').fill(klass.code);
  await learner.getByRole('button', { name: 'Join class' }).click();
  await expect(learner.getByText(`You joined ${className}.`)).toBeVisible();
  await learner.reload();
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

test('a learner cannot open the authoring pages, and invalid files are explained, not saved', async ({ browser }) => {
  const instructor = await fresh(browser);
  await signInAsInstructor(instructor);
  const klass = await createClass(instructor, `Guarded ${unique()}`);

  const learner = await fresh(browser);
  await learner.goto('/sign-up');
  await learner.getByLabel('Name').fill('Nosy Learner');
  await learner.getByLabel('Email').fill(`e2e-nosy-${unique()}@example.com`);
  await learner.getByLabel('Password').fill(LEARNER_PASSWORD);
  await learner.getByRole('button', { name: 'Create account' }).click();
  await learner.waitForURL((url) => url.pathname === '/');
  const response = await learner.goto(`/teach/${klass.id}/scenarios/new`);
  expect(response?.status()).toBe(404);

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

import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { QUIZ_AUTHORING_INSTRUCTOR } from './support/accounts';
import { createClassByHttp, joinClassByHttp, signInByHttp, signUpByHttp } from './support/by-http';
import { LEARNER_PASSWORD, unique } from './support/class-journeys';
import { deviceForTheFile } from './support/devices';

// Issue 16, instructors authoring quiz items: an instructor writes an item in the browser (live validation
// against the quiz schema), previews it as a learner sees it, saves and publishes it; a learner in the
// class answers it; the dashboard counts the attempt and names the item among the most missed. Every test
// makes its own class and learner (two workers share one server); the instructor's browser, signed in
// once, serves the whole file. Signing in and up, making the class and joining it are done over HTTP here
// (their forms have their journey in classes.spec.ts).
test.describe.configure({ timeout: 300_000 });

const VERDICT = { timeout: 60_000 };
const WRONG = 'The execution follows the first rule anyway.';
const RIGHT = 'The execution fails with States.NoChoiceMatched.';

let instructor: Page;
deviceForTheFile(async (page) => {
  instructor = page;
  await signInByHttp(instructor.request, QUIZ_AUTHORING_INSTRUCTOR);
});

// The learners' browser, also one for the file; each test clears its cookies and signs a new learner up.
let learner: Page;
deviceForTheFile((page) => {
  learner = page;
});
test.beforeEach(() => learner.context().clearCookies());

/** A new learner in the learners' browser, in the class. */
async function learnerInClass(name: string, klass: { code: string }, className: string) {
  await signUpByHttp(learner.request, { name, email: `e2e-quiz-author-${unique()}@example.com`, password: LEARNER_PASSWORD });
  expect(await joinClassByHttp(learner.request, klass.code)).toContain(`You joined ${className}.`);
}

test('an instructor writes, previews and publishes a quiz item; a learner answers it; the dashboard shows the attempt', async () => {
  const className = `Quiz authoring ${unique()}`;
  const klass = await createClassByHttp(instructor.request, className);
  await instructor.goto(`/teach/${klass.id}`);

  await instructor.getByRole('link', { name: 'Write a quiz item' }).click();
  await instructor.waitForURL(`**/teach/${klass.id}/quiz-items/new`);
  await expect(instructor.getByRole('heading', { name: 'New quiz item', level: 1 })).toBeVisible();
  const checks = instructor.getByRole('region', { name: 'Checks' });
  await expect(checks).toContainText('The item is valid: “A Choice state without a Default”');

  // Live validation: an unknown field is reported with its line and reason, then fixed.
  const editor = instructor.getByRole('textbox', { name: 'item.yaml editor' });
  await editor.click();
  await instructor.keyboard.press('Control+End');
  await instructor.keyboard.type('promt: typo');
  await expect(checks).toContainText('1 problem to fix');
  await expect(checks.getByRole('list', { name: 'Problems in the item' })).toContainText(/item\.yaml:\d+:\d+.*unknown field "promt"/);
  await instructor.keyboard.press('Shift+Home');
  await instructor.keyboard.press('Backspace');
  await expect(checks).toContainText('The item is valid');
  await expectAccessible(instructor);

  // Preview: the learner's view, answered and graded on the server, not recorded.
  await instructor.getByRole('button', { name: 'Preview' }).click();
  const preview = instructor.getByRole('region', { name: 'Preview: the learner’s view' });
  await expect(preview).toContainText('A Choice state has two rules and no Default.', VERDICT);
  await preview.getByRole('radio', { name: new RegExp(RIGHT.replace(/\./g, '\\.')) }).check();
  await preview.getByRole('button', { name: 'Check answer' }).click();
  await expect(preview.getByRole('heading', { name: 'Correct' })).toBeVisible(VERDICT);
  await expectAccessible(instructor);

  await instructor.getByRole('button', { name: 'Save' }).click();
  await instructor.waitForURL(/\/quiz-items\/[^/]+\/edit$/);
  await expect(instructor.getByText('Version 1 saved, not published yet.')).toBeVisible();
  await instructor.getByRole('button', { name: 'Publish version 1' }).click();
  await expect(instructor.getByText('Version 1 is published to the class.')).toBeVisible(VERDICT);

  // The published item is offered in the assignment form, beside the built-in content, with a due date.
  await instructor.goto(`/teach/${klass.id}`);
  await instructor.getByLabel('Assign', { exact: true }).selectOption({ label: 'A Choice state without a Default' });
  const due = new Date(Date.now() + 7 * 86_400_000);
  await instructor.getByLabel('Due', { exact: true }).fill(`${due.toISOString().slice(0, 10)}T17:00`);
  await instructor.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(instructor.getByText('Assigned “A Choice state without a Default”.')).toBeVisible();
  await expect(instructor.getByRole('region', { name: 'Assignments' })).toContainText('Quiz item of this class, due');

  // A learner signs up, joins with the code and answers the item, first wrongly.
  await learnerInClass('Quinn Learner', klass, className);
  await learner.goto('/classes');
  // The assignment is listed with its due date, and the item among the class's own.
  const classSection = learner.getByRole('region', { name: className });
  await expect(classSection.getByRole('listitem').filter({ hasText: 'A Choice state without a Default' }).first()).toContainText(/due .* UTC/);
  await classSection.getByRole('link', { name: 'A Choice state without a Default' }).first().click();
  await expect(learner.getByRole('heading', { name: 'A Choice state without a Default', level: 1 })).toBeVisible();
  await learner.getByRole('radio', { name: new RegExp(WRONG.replace(/\./g, '\\.')) }).check();
  await learner.getByRole('button', { name: 'Check answer' }).click();
  await expect(learner.getByRole('heading', { name: 'Not quite' })).toBeVisible(VERDICT);
  await expect(learner.getByRole('region', { name: 'Your answers' })).toContainText('version 1', VERDICT);
  await expectAccessible(learner);

  // The dashboard counts the answer and names the item among the most missed.
  await instructor.goto(`/teach/${klass.id}`);
  const roster = instructor.getByRole('region', { name: 'Roster table, scrolls sideways' });
  await expect(roster.getByRole('row', { name: /Quinn Learner/ })).toContainText('0 of 1');
  await expect(instructor.getByRole('region', { name: 'Quiz items most often missed' })).toContainText('A Choice state without a Default');
  await expect(instructor.getByRole('region', { name: 'Quiz items most often missed' })).toContainText('wrong 1 of 1 answers');
  await expect(instructor.getByRole('region', { name: 'Quiz items of this class' })).toContainText('1 version, version 1 published');
  // The assignment's column: answered wrongly so far, before the due date.
  await expect(roster.getByRole('row', { name: /Quinn Learner/ })).toContainText('Not yet');
});

test('a learner cannot open the quiz item editor, and an invalid item is explained, not saved', async ({ request }) => {
  const klass = await createClassByHttp(instructor.request, `Guarded quiz ${unique()}`);

  // The learner needs no page: the fixture's request context, signed up.
  await signUpByHttp(request, { name: 'Nosy Learner', email: `e2e-quiz-nosy-${unique()}@example.com`, password: LEARNER_PASSWORD });
  expect((await request.get(`/teach/${klass.id}/quiz-items/new`)).status()).toBe(404);

  await instructor.goto(`/teach/${klass.id}/quiz-items/new`);
  await expect(instructor.getByRole('region', { name: 'Checks' })).toContainText('The item is valid');
  await instructor.getByRole('textbox', { name: 'item.yaml editor' }).click();
  await instructor.keyboard.press('Control+Home');
  await instructor.keyboard.press('End');
  await instructor.keyboard.type('!');
  await instructor.getByRole('button', { name: 'Save' }).click();
  await expect(instructor.getByText('Not saved: 1 problem in the item.')).toBeVisible();
  await expect(instructor.getByRole('list', { name: 'Why it was not saved' })).toContainText(/item\.yaml:1:\d+ id: /);
  expect(new URL(instructor.url()).pathname).toBe(`/teach/${klass.id}/quiz-items/new`);
});

// A class's own cost item draws its numbers from a generator: "Try again with new numbers" must work in the
// preview and on the learner's page, which the built-in items' route (it knows only the bank) cannot serve.
const COST_ITEM = `id: map-cost
type: numeric
category: cost
title: Transitions of a class Map
lesson: inline-map
topics: [inline-map, pricing]
exams: [SAA-C03 4]
generator: inline-map-transitions
`;

async function answerWronglyThenRedraw(page: Page, scope: ReturnType<Page['locator']>) {
  const card = scope.locator('article[data-item-id]');
  const seed = await card.getAttribute('data-seed');
  await card.getByLabel(/Your answer/).fill('1');
  await scope.getByRole('button', { name: 'Check answer' }).click();
  await expect(scope.getByRole('heading', { name: 'Not quite' })).toBeVisible(VERDICT);
  await scope.getByRole('button', { name: 'Try again with new numbers' }).click();
  await expect(card).not.toHaveAttribute('data-seed', seed!, VERDICT);
  await expect(scope.getByText('New numbers could not be fetched')).toHaveCount(0);
  await expect(card.getByLabel(/Your answer/)).toBeEmpty();
}

test('new numbers for a class’s own cost item, in the preview and on the learner’s page', async () => {
  const className = `Cost item ${unique()}`;
  const klass = await createClassByHttp(instructor.request, className);
  await instructor.goto(`/teach/${klass.id}/quiz-items/new`);
  const editor = instructor.getByRole('textbox', { name: 'item.yaml editor' });
  await editor.click();
  await instructor.keyboard.press('Control+A');
  await instructor.keyboard.insertText(COST_ITEM);
  await expect(instructor.getByRole('region', { name: 'Checks' })).toContainText('The item is valid: “Transitions of a class Map”');

  await instructor.getByRole('button', { name: 'Preview' }).click();
  const preview = instructor.getByRole('region', { name: 'Preview: the learner’s view' });
  await expect(preview.locator('article[data-item-id]')).toBeVisible(VERDICT);
  await answerWronglyThenRedraw(instructor, preview);

  await instructor.getByRole('button', { name: 'Save' }).click();
  await instructor.waitForURL(/\/quiz-items\/[^/]+\/edit$/);
  await instructor.getByRole('button', { name: 'Publish version 1' }).click();
  await expect(instructor.getByText('Version 1 is published to the class.')).toBeVisible(VERDICT);
  const itemId = new URL(instructor.url()).pathname.split('/').at(-2)!;

  await learnerInClass('Casey Learner', klass, className);
  await learner.goto(`/classes/${klass.id}/quiz-items/${itemId}`);
  await expect(learner.getByRole('heading', { name: 'Transitions of a class Map', level: 1 })).toBeVisible();
  await answerWronglyThenRedraw(learner, learner.locator('main'));
  // The page keeps the new numbers in its address, as a built-in item's does.
  const seed = await learner.locator('article[data-item-id]').getAttribute('data-seed');
  await expect(learner).toHaveURL(new RegExp(`seed=${seed}`));
});

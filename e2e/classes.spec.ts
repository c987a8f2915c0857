import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { actionId } from './server-actions';
import { E2E_INSTRUCTOR } from './support/accounts';

// Issue 16, the class journey: an instructor creates a class and assigns a scenario; a learner joins with
// the code and submits it; the dashboard shows the attempt and the CSV download carries that row.
// Two browsers, scrypt sign-ups and server-side grading on a shared two-core machine: a generous budget.
test.describe.configure({ timeout: 300_000 });
const SLOW = { timeout: 60_000 };
const SCENARIO = { id: 'five-step-pipeline', title: 'A nightly pipeline that retries, alerts and fails' };
const solution = readFileSync(`content/scenarios/${SCENARIO.id}/solution.asl.json`, 'utf8');
const unique = () => `${test.info().workerIndex}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

async function device(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

async function signInAsInstructor(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(E2E_INSTRUCTOR.email);
  await page.getByLabel('Password').fill(E2E_INSTRUCTOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

async function signUp(page: Page, name: string, email: string) {
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a learner passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

test('an instructor creates a class and assigns a scenario; a learner joins and submits; the dashboard and the CSV show it', async ({ browser, expectAccessible }) => {
  const id = unique();
  const className = `Step Functions cohort ${id}`;
  const learner = { name: `Lena Learner ${id}`, email: `lena-${id}@example.com` };

  // The instructor: a class, its join code, and the scenario assigned with a due date next week.
  const teacher = await device(browser);
  await signInAsInstructor(teacher);
  await teacher.goto('/teach');
  await teacher.getByLabel('New class name').fill(className);
  await teacher.getByRole('button', { name: 'Create class' }).click();
  // Creating a class opens its dashboard.
  await expect(teacher.getByRole('heading', { level: 1, name: className })).toBeVisible(SLOW);
  const joinCode = (await teacher.getByText(/^Join code/).locator('span.font-mono').textContent())?.trim() ?? '';
  expect(joinCode).toMatch(/^[A-Z0-9-]{4,}$/);
  await teacher.getByLabel('Assign', { exact: true }).selectOption(`scenario:${SCENARIO.id}`);
  const due = new Date(Date.now() + 7 * 86_400_000);
  await teacher.getByLabel('Due', { exact: true }).fill(`${due.toISOString().slice(0, 10)}T17:00`);
  await teacher.getByRole('button', { name: 'Assign', exact: true }).click();
  const assignments = teacher.getByRole('region', { name: 'Assignments' });
  await expect(assignments.getByRole('link', { name: SCENARIO.title })).toBeVisible();
  await expect(teacher.getByText('No learner has joined yet.')).toBeVisible();

  // The learner: an account, the code, the assignment, a submission graded on the server.
  const student = await device(browser);
  await signUp(student, learner.name, learner.email);
  await student.goto('/classes');
  await student.getByLabel('Join code').fill(joinCode.toLowerCase());
  await student.getByRole('button', { name: 'Join class' }).click();
  const myClass = student.getByRole('region', { name: className });
  await expect(myClass.getByRole('link', { name: SCENARIO.title })).toBeVisible(SLOW);
  await expectAccessible(student);
  await myClass.getByRole('link', { name: SCENARIO.title }).click();
  await expect(student.getByText('No problems found.')).toBeVisible(SLOW);
  const editor = student.getByRole('textbox', { name: 'State machine definition' });
  await editor.click();
  await student.keyboard.press('ControlOrMeta+a');
  await student.keyboard.press('Delete');
  await student.keyboard.insertText(solution);
  await expect(student.getByText('No problems found.')).toBeVisible(SLOW);
  await student.getByRole('button', { name: 'Submit for grading' }).click();
  await expect(student.getByTestId('submit-status')).toContainText('Every case passed.', SLOW);

  // The dashboard: the learner on the roster with the passed scenario and the assignment done.
  await teacher.reload();
  const roster = teacher.getByRole('region', { name: 'Roster table, scrolls sideways' });
  const row = roster.getByRole('row').filter({ hasText: learner.email });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell').nth(1)).toHaveText(/^1 \(1 submissions?\)$/);
  await expect(row.getByRole('cell').last()).toHaveText('Done');
  await expectAccessible(teacher);

  // The CSV: downloaded through the link, with the learner's row and the assignment's status.
  const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('link', { name: 'Download results (CSV)' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  const [header, ...rows] = csv.trim().split('\r\n');
  expect(header).toContain(`scenario: ${SCENARIO.title}`);
  const mine = rows.filter((r) => r.includes(learner.email));
  expect(mine).toHaveLength(1);
  const cells = mine[0]!.split(',');
  expect(cells[0]).toBe(learner.name);
  expect(cells[4]).toBe('1'); // scenarios passed
  expect(cells[5]).toBe('1'); // scenario submissions
  expect(cells.at(-1)).toBe('done');

  await teacher.context().close();
  await student.context().close();
});

test('a learner cannot open a class dashboard or its CSV; a guest is asked to sign in; a bad class id is a 400', async ({ browser, playwright, baseURL }) => {
  const id = unique();
  const teacher = await device(browser);
  await signInAsInstructor(teacher);
  await teacher.goto('/teach');
  await teacher.getByLabel('New class name').fill(`Private class ${id}`);
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: `Private class ${id}` })).toBeVisible(SLOW);
  const classPath = new URL(teacher.url()).pathname;

  const learner = await device(browser);
  await signUp(learner, `Nosy ${id}`, `nosy-${id}@example.com`);
  const csv = await learner.request.get(`${classPath}/results.csv`);
  expect(csv.status()).toBe(403);
  expect(await csv.text()).toContain('Only instructors can download class results.');
  await learner.goto(classPath);
  await expect(learner.getByRole('heading', { level: 1, name: `Private class ${id}` })).toHaveCount(0);

  // The instructor's actions called raw by a signed-in learner: refused by the server, nothing changed.
  const classId = classPath.split('/').at(-1)!;
  // (Posted to the page that imports each action, which a learner gets as a 404: the action runs first.)
  for (const [name, where, fields] of [
    ['createClassAction', '/teach', { name: `Learner's class ${id}` }],
    ['addAssignmentAction', classPath, { classId, target: 'lesson:choice-states', due: '2030-01-01T10:00', tzOffset: '0' }],
    ['removeAssignmentAction', classPath, { classId, assignmentId: 'anything' }],
  ] as const) {
    const result = await learner.evaluate(
      async ({ action, path, fields: f }) => {
        const body = new FormData();
        for (const [k, v] of Object.entries(f)) body.append(`_1_${k}`, v);
        body.append('0', JSON.stringify([{ status: 'idle' }, '$K1']));
        const res = await fetch(path, { method: 'POST', headers: { 'Next-Action': action }, body });
        return { status: res.status, text: await res.text() };
      },
      { action: actionId(name), path: where, fields },
    );
    expect(result.status, name).toBeLessThan(500);
    expect(result.text, name).toContain('Only instructors can do this.');
  }
  await teacher.reload();
  await expect(teacher.getByText('Nothing assigned yet.')).toBeVisible();
  await teacher.goto('/teach');
  await expect(teacher.getByRole('link', { name: `Learner's class ${id}` })).toHaveCount(0);

  const guest = await playwright.request.newContext({ baseURL: baseURL! });
  expect((await guest.get(`${classPath}/results.csv`)).status()).toBe(401);
  expect((await guest.get(`/teach/${'x'.repeat(80)}/results.csv`)).status()).toBe(400);
  await guest.dispose();
  await teacher.context().close();
  await learner.context().close();
});

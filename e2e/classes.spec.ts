import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { CLASSES_INSTRUCTOR, E2E_INSTRUCTOR, signInAs } from './support/accounts';
import { callFormAction, createClassByHttp, signInByHttp, signUpByHttp } from './support/by-http';
import { LEARNER_PASSWORD, signUp, unique } from './support/class-journeys';
import { closeDevices, device } from './support/devices';

// Issue 16, the class journey: an instructor creates a class and assigns a scenario; a learner joins with
// the code and submits it; the dashboard shows the attempt and the CSV download carries that row.
// The first test is the one journey through the sign-in, sign-up, new class and join forms; the others
// do those steps over HTTP (support/by-http.ts).
// Two browsers, scrypt sign-ups and server-side grading on a shared two-core machine: a generous budget.
test.describe.configure({ timeout: 300_000 });
const SLOW = { timeout: 60_000 };
const SCENARIO = { id: 'five-step-pipeline', title: 'A nightly pipeline that retries, alerts and fails' };
const solution = readFileSync(`content/scenarios/${SCENARIO.id}/solution.asl.json`, 'utf8');

test('an instructor creates a class and assigns a scenario; a learner joins and submits; the dashboard and the CSV show it', async ({ browser, page, expectAccessible }) => {
  const id = unique();
  const className = `Step Functions cohort ${id}`;
  const learner = { name: `Lena Learner ${id}`, email: `lena-${id}@example.com` };

  // The instructor: a class, its join code, and the scenario assigned with a due date next week.
  const teacher = page;
  await signInAs(teacher, CLASSES_INSTRUCTOR, '/');
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

  await closeDevices(student);
});

test('"Create class" sent twice makes one class; the form shows it is working meanwhile', async ({ page }) => {
  const className = `Double click ${unique()}`;
  await signInAs(page, CLASSES_INSTRUCTOR, '/');
  await page.goto('/teach');
  // Hold the action's request for a moment, so the pending state can be seen (and a second send made) while it runs.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/teach', async (route) => {
    if (route.request().method() === 'POST') await held;
    await route.continue();
  });
  await page.getByLabel('New class name').fill(className);
  // Two sends of the same form at once, as a double click or a resend delivers them.
  await page.locator('form:has(#class-name)').evaluate((form: HTMLFormElement) => {
    form.requestSubmit();
    form.requestSubmit();
  });
  await expect(page.getByRole('button', { name: 'Creating…' })).toBeDisabled();
  await expect(page.getByRole('status').filter({ hasText: 'Creating the class…' })).toBeVisible();
  release();
  await expect(page.getByRole('heading', { level: 1, name: className })).toBeVisible(SLOW);
  await page.unroute('**/teach');
  await page.goto('/teach');
  await expect(page.getByRole('link', { name: className, exact: true })).toHaveCount(1);
});

test('a learner cannot open a class dashboard or its CSV, nor can another instructor; a guest is asked to sign in; a bad class id is a 400', async ({ browser, page, request }) => {
  const id = unique();
  const teacher = await device(browser);
  await signInByHttp(teacher.request, CLASSES_INSTRUCTOR);
  const klass = await createClassByHttp(teacher.request, `Private class ${id}`);
  const classPath = `/teach/${klass.id}`;

  // The learner is this test's own browser.
  await signUpByHttp(page.request, { name: `Nosy ${id}`, email: `nosy-${id}@example.com`, password: LEARNER_PASSWORD });
  const csv = await page.request.get(`${classPath}/results.csv`);
  expect(csv.status()).toBe(403);
  expect(await csv.text()).toContain('Only instructors can download class results.');
  await page.goto(classPath);
  await expect(page.getByRole('heading', { level: 1, name: `Private class ${id}` })).toHaveCount(0);

  // The instructor's actions called raw by a signed-in learner: refused by the server, nothing changed.
  // (Posted to the page that imports each action, which a learner gets as a 404: the action runs first.)
  for (const [name, where, fields] of [
    ['createClassAction', '/teach', { name: `Learner's class ${id}` }],
    ['addAssignmentAction', classPath, { classId: klass.id, target: 'lesson:choice-states', due: '2030-01-01T10:00', tzOffset: '0' }],
    ['removeAssignmentAction', classPath, { classId: klass.id, assignmentId: 'anything' }],
  ] as const) {
    const result = await callFormAction(page.request, where, name, fields);
    expect(result.status, name).toBeLessThan(500);
    expect(result.body, name).toContain('Only instructors can do this.');
  }
  // The class was made (its dashboard opens for its instructor) and has no assignment.
  await teacher.goto(classPath);
  await expect(teacher.getByRole('heading', { level: 1, name: `Private class ${id}` })).toBeVisible(SLOW);
  await expect(teacher.getByText('Nothing assigned yet.')).toBeVisible();
  await teacher.goto('/teach');
  await expect(teacher.getByRole('link', { name: `Learner's class ${id}` })).toHaveCount(0);

  // Another instructor: the class's dashboard and CSV answer as for no class at all.
  const rival = await device(browser);
  await signInByHttp(rival.request, E2E_INSTRUCTOR);
  const rivalCsv = await rival.request.get(`${classPath}/results.csv`);
  expect(rivalCsv.status()).toBe(404);
  expect(await rivalCsv.text()).toContain('No class of yours has this id.');
  await rival.goto(classPath);
  await expect(rival.getByRole('heading', { level: 1, name: `Private class ${id}` })).toHaveCount(0);
  await expect(rival.getByText(klass.code)).toHaveCount(0);

  // The fixture's request context has no session: a guest.
  expect((await request.get(`${classPath}/results.csv`)).status()).toBe(401);
  expect((await request.get(`/teach/${'x'.repeat(80)}/results.csv`)).status()).toBe(400);
  await closeDevices(teacher, rival);
});

import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { definitionEditor, expectNoHorizontalScroll, faultsBox, node, openSandbox, replaceText, runButton, RUN_TIMEOUT, show, status } from './sandbox-helpers';

// Issue 18 §4 in the sandbox: "Redrive" resumes a failed run as the same execution (after the learner fixed
// the simulated fault), and "Test this state" runs one selected state alone, as AWS's TestState does. Both
// run in the engine worker. Each test opens its own page (a fresh context: a new guest).
test.describe.configure({ timeout: 120_000 });

const SHOTS = process.env.REDRIVE_SHOTS;

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The pipeline example without the Catch on its Glue step: the Glue fault fails the whole run there. */
function uncaughtPipeline(): string {
  const definition = JSON.parse(readFileSync('content/scenarios/five-step-pipeline/solution.asl.json', 'utf8')) as { States: Record<string, Record<string, unknown>> };
  delete definition.States.ConvertWithGlue!.Catch;
  return JSON.stringify(definition, null, 2);
}

async function failPipeline(page: Page) {
  await openSandbox(page);
  await page.getByLabel('Example').selectOption('five-step-pipeline');
  await replaceText(page, definitionEditor(page), uncaughtPipeline());
  await expect(page.getByText('No problems found')).toBeVisible({ timeout: 30_000 });
  await runButton(page).click();
  await expect(status(page)).toContainText('FAILED', RUN_TIMEOUT);
}

for (const { name, viewport } of [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
]) {
  test.describe(name, () => {
    test.use({ viewport });

    test('a failed run is redriven after its fault is fixed: same execution, resumed where it failed', async ({ page, expectAccessible }) => {
      await failPipeline(page);
      await show(page, 'Result');
      const redrive = page.getByRole('button', { name: 'Redrive', exact: true }).first();
      await expect(redrive).toBeEnabled();
      const rows = page.locator('table.sb-history tbody tr');
      const before = await rows.count();

      // Fix the simulated AWS (no more Glue failures), then redrive from the keyboard.
      await show(page, 'Edit');
      await faultsBox(page).fill('');
      await show(page, 'Result');
      await redrive.focus();
      await page.keyboard.press('Enter');
      await expect(status(page)).toContainText('SUCCEEDED', RUN_TIMEOUT);
      await expect(page.getByRole('tab', { name: 'History', exact: true })).toBeVisible();
      // The old events stay; ExecutionRedriven follows the old ExecutionFailed; the failed state is entered again.
      expect(await rows.count()).toBeGreaterThan(before);
      await expect(rows.nth(before - 1)).toContainText('ExecutionFailed');
      await expect(rows.nth(before)).toContainText('ExecutionRedriven');
      await expect(rows.nth(before + 1)).toContainText('ConvertWithGlue');
      await expect(rows.filter({ hasText: 'ExecutionStarted' })).toHaveCount(1);
      // Succeeded: nothing left to redrive.
      await expect(page.getByRole('button', { name: 'Redrive', exact: true })).toHaveCount(0);
      await expectNoHorizontalScroll(page);
      await expectAccessible();
      await shoot(page, `redrive-${name}`);
    });

    test('an Express run cannot be redriven: the button says why', async ({ page }) => {
      await openSandbox(page);
      await page.getByLabel('Example').selectOption('hello');
      await page.getByLabel('Execution type').selectOption('EXPRESS');
      // No name: the Choice goes to the Fail state.
      await replaceText(page, page.getByRole('textbox', { name: 'Execution input (JSON)' }), '{}');
      await runButton(page).click();
      await expect(status(page)).toContainText('FAILED', RUN_TIMEOUT);
      const redrive = page.getByRole('button', { name: 'Redrive', exact: true }).first();
      await expect(redrive).toBeDisabled();
      await expect(redrive).toHaveAccessibleDescription(/Express executions cannot be redriven/);
    });

    test('Test this state: a selected Task with a mocked result, then a mocked error, at DEBUG', async ({ page, expectAccessible }) => {
      await openSandbox(page);
      await page.getByLabel('Example').selectOption('five-step-pipeline');
      await expect(page.getByText('No problems found')).toBeVisible({ timeout: 30_000 });
      await show(page, 'Graph');
      await node(page, 'ConvertWithGlue').click();
      const open = page.getByRole('button', { name: 'Test this state' });
      await open.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Test state “ConvertWithGlue”' });
      await expect(dialog).toBeVisible();
      // The pipeline's Glue step reads $.runDate: the input must carry it (without it AWS ends the state
      // with States.Runtime before the mock is consulted, which no Catch can catch).
      await dialog.getByLabel('State input (JSON)').fill('{"runDate": "2026-12-01", "bucket": "raw"}');
      await dialog.getByLabel('Inspection level').selectOption('DEBUG');
      await dialog.getByRole('combobox', { name: 'Mock', exact: true }).selectOption('result');
      await dialog.getByLabel('Mocked result (JSON)').fill('{"JobRunState": "SUCCEEDED", "Id": "jr_1"}');
      await dialog.getByRole('button', { name: 'Test state' }).click();
      await expect(dialog.getByTestId('test-state-status')).toHaveText('SUCCEEDED', RUN_TIMEOUT);
      await expect(dialog.getByText(/Next state:/)).toBeVisible();
      await expect(dialog.getByRole('heading', { name: 'After ResultPath' })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectAccessible();
      await shoot(page, `test-state-${name}`);

      // A bad input is refused before anything runs, with the reason beside the field.
      await dialog.getByLabel('State input (JSON)').fill('{');
      await dialog.getByRole('button', { name: 'Test state' }).click();
      await expect(dialog.getByRole('alert')).toContainText('The input is not valid JSON');
      await expect(dialog.getByLabel('State input (JSON)')).toHaveAttribute('aria-invalid', 'true');

      // A mocked error: the state's Retry/Catch decide the status.
      await dialog.getByLabel('State input (JSON)').fill('{"runDate": "2026-12-01"}');
      await dialog.getByRole('combobox', { name: 'Mock', exact: true }).selectOption('error');
      await dialog.getByLabel('Error', { exact: true }).fill('Glue.AWSGlueException');
      await dialog.getByRole('button', { name: 'Test state' }).click();
      await expect(dialog.getByTestId('test-state-status')).not.toHaveText('SUCCEEDED', RUN_TIMEOUT);
      await expect(dialog.getByText('Glue.AWSGlueException', { exact: true })).toBeVisible();

      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    });
  });
}

import { millionDefinition } from '../components/sandbox/million-example';
import { expect, test } from './fixtures';
import {
  definitionEditor,
  expectNoHorizontalScroll,
  faultsBox,
  inputEditor,
  node,
  openSandbox,
  replaceText,
  runButton,
  RUN_TIMEOUT,
  shareHash,
  show,
  status,
  twoStates,
  VIEWPORTS,
} from './sandbox-helpers';

// Rough edges a learner hit (issue 15), each checked on a desktop screen and on a phone.
test.describe.configure({ timeout: 120_000 });

for (const { name, viewport } of VIEWPORTS) {
  test.describe(name, () => {
    test.use({ viewport });

    test('Ctrl+Enter starts one run, and no "Run cancelled." flashes by', async ({ page }) => {
      // Count the run requests the page posts to its engine worker, and every status the result shows.
      await page.addInitScript(() => {
        const w = window as unknown as { runPosts: number; statuses: string[] };
        w.runPosts = 0;
        w.statuses = [];
        const post = Worker.prototype.postMessage;
        Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: never[]) {
          if ((message as { kind?: string } | null)?.kind === 'run') w.runPosts++;
          return post.call(this, message, ...rest);
        } as typeof Worker.prototype.postMessage;
        new MutationObserver(() => {
          const text = document.querySelector('[data-testid="run-status"]')?.textContent ?? '';
          if (w.statuses[w.statuses.length - 1] !== text) w.statuses.push(text);
        }).observe(document, { subtree: true, childList: true, characterData: true });
      });
      await openSandbox(page);
      await definitionEditor(page).click();
      await page.keyboard.press('Control+Enter');
      await show(page, 'Result');
      await expect(status(page)).toContainText('SUCCEEDED', RUN_TIMEOUT);
      const seen = await page.evaluate(() => {
        const w = window as unknown as { runPosts: number; statuses: string[] };
        return { runPosts: w.runPosts, statuses: w.statuses };
      });
      expect(seen.runPosts).toBe(1);
      expect(seen.statuses.join(' | ')).not.toContain('cancelled');
      // The key press inserted no line into the definition.
      await show(page, 'Edit');
      expect(await page.locator('.cm-content').first().locator('.cm-line').count()).toBe(15);
    });

    test('a fault line that does not parse, or names no state, disables Run and says why', async ({ page }) => {
      await openSandbox(page);
      await page.getByLabel('Example').selectOption('five-step-pipeline');
      await expect(faultsBox(page)).toHaveValue(/fail ConvertWithGlue 3 times/);
      await expect(runButton(page)).toBeEnabled(RUN_TIMEOUT);

      await faultsBox(page).fill('fail NoSuchState 2 times with Boom');
      await expect(page.getByTestId('fault-errors')).toContainText('there is no state named "NoSuchState"');
      await expect(page.getByTestId('fault-errors')).toContainText('States that call a service: ExtractFromRDS');
      await expect(faultsBox(page)).toHaveAttribute('aria-invalid', 'true');
      await expect(runButton(page)).toBeDisabled();
      await expect(page.getByTestId('run-blocked')).toContainText('Fix the simulated faults');

      await faultsBox(page).fill('fail ConvertWithGlue twice');
      await expect(page.getByTestId('fault-errors')).toContainText('write it as');
      await expect(runButton(page)).toBeDisabled();
      // Ctrl+Enter does not get round it.
      await faultsBox(page).press('Control+Enter');
      await expect(status(page)).toContainText('Not run yet.');

      await faultsBox(page).fill('fail ConvertWithGlue twice with Glue.AWSGlueException');
      await expect(page.getByTestId('fault-errors')).toHaveCount(0);
      await runButton(page).click();
      await show(page, 'Result');
      await expect(status(page)).toContainText('SUCCEEDED', RUN_TIMEOUT);
      await expectNoHorizontalScroll(page);
    });

    test('results of an earlier definition or input are marked as such; Format does not mark them', async ({ page }) => {
      await openSandbox(page);
      await runButton(page).click();
      await show(page, 'Result');
      await expect(status(page)).toContainText('SUCCEEDED', RUN_TIMEOUT);
      await expect(page.getByTestId('result-stale')).toHaveCount(0);

      await show(page, 'Edit');
      await page.getByRole('button', { name: 'Format' }).click();
      await expect(page.getByText('Formatted.')).toBeVisible();
      await show(page, 'Result');
      // Same definition, new text: still this run's results.
      await expect(page.getByTestId('result-stale')).toHaveCount(0);

      await show(page, 'Edit');
      await replaceText(page, definitionEditor(page), twoStates('Nowhere'));
      await expect(page.locator('.sb-diag-summary')).toContainText('problem');
      await show(page, 'Result');
      await expect(page.getByTestId('result-stale')).toContainText('earlier version of the definition');
      await expect(status(page)).toContainText('SUCCEEDED');
      await show(page, 'Graph');
      await expect(page.getByTestId('graph-stale')).toBeVisible();

      await show(page, 'Edit');
      await replaceText(page, definitionEditor(page), twoStates('B'));
      await runButton(page).click();
      await show(page, 'Result');
      await expect(status(page)).toContainText('SUCCEEDED', RUN_TIMEOUT);
      await expect(page.getByTestId('result-stale')).toHaveCount(0);
      await show(page, 'Edit');
      await replaceText(page, inputEditor(page), '{"other": true}');
      await show(page, 'Result');
      await expect(page.getByTestId('result-stale')).toContainText('earlier version of the input');
    });

    test('a Distributed Map run counts its transitions in words that fit, colours the states its children ran, and explains 0 ms', async ({ page }) => {
      // The million-item example over a 2,000-item file: the same machine, quick to run.
      const hash = shareHash({
        d: JSON.stringify(millionDefinition, null, 2),
        g: { kind: 'million-items', bucket: 'example-orders', key: 'orders-1m.json', count: 2000 },
      });
      await page.goto(`/sandbox${hash}`);
      await show(page, 'Result');
      await expect(status(page)).toContainText('SUCCEEDED', RUN_TIMEOUT);
      await expect(status(page)).toContainText('after 1 state transition (plus 2,000 child executions in Map Runs)');
      await expect(page.getByTestId('run-duration')).toContainText('Simulated duration 0 ms: the simulated clock moves only for service calls');
      await show(page, 'Graph');
      for (const inner of ['Fingerprint', 'Price', 'Check', 'Accepted']) await expect(node(page, `CheckOrders/${inner}`)).toHaveAttribute('data-outcome', 'succeeded');
      await expect(node(page, 'CheckOrders/Fingerprint')).toHaveAttribute('aria-label', /entered 2,000 times/);
      // No order is empty, so no child reached Rejected.
      await expect(node(page, 'CheckOrders/Rejected')).toHaveAttribute('data-outcome', 'notReached');
    });
  });
}

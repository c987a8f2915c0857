import { expect, test } from './fixtures';
import { definitionEditor, inputEditor, node, openSandbox, replaceText, runButton, RUN_TIMEOUT, status, twoStates } from './sandbox-helpers';

// Journeys through the sandbox on a desktop screen: edit with diagnostics, graph, run, timeline, faults,
// share, cancel, responsiveness during a long run, and accessibility. The phone, the graph's view, links and
// budgets have their own files (sandbox-phone, sandbox-graph, sandbox-links).

// The machine these run on is shared and slow; a cold engine worker takes seconds to load.
test.describe.configure({ timeout: 120_000 });
test.use({ viewport: { width: 1280, height: 800 } });
test('a definition error shows inline with its path; fixing it draws the graph', async ({ page }) => {
  await openSandbox(page);
  await replaceText(page, definitionEditor(page), twoStates('Missing'));

  await expect(page.locator('.cm-lintRange-error').first()).toBeVisible();
  const summary = page.locator('.sb-diag-summary');
  await expect(summary).toContainText(/\d+ problems?/);
  await expect(summary).toContainText('States.A.Next');
  await expect(summary).toContainText('Missing');
  await expect(runButton(page)).toBeDisabled();

  // Fix the target: the graph now has the edge A -> B and the run button comes back.
  await replaceText(page, definitionEditor(page), twoStates('B'));
  await expect(summary).toContainText('No problems found');
  await expect(node(page, 'A')).toBeVisible();
  await expect(node(page, 'B')).toBeVisible();
  await expect(page.locator('.sb-graph-text, .sb-sr-only').filter({ hasText: 'A (Pass): then B' })).toHaveCount(1);
  await expect(runButton(page)).toBeEnabled();

  // Clicking a node selects its source in the editor.
  await node(page, 'B').click();
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(selected).toContain('"B"');
});

test('run with Ctrl+Enter, then step through the history event by event', async ({ page }) => {
  await openSandbox(page);
  await replaceText(page, definitionEditor(page), twoStates('B'));
  await expect(page.getByText('No problems found')).toBeVisible();
  await page.keyboard.press('Control+Enter');

  await expect(status(page)).toContainText('SUCCEEDED', RUN_TIMEOUT);
  await expect(node(page, 'A')).toHaveAttribute('data-outcome', 'succeeded');
  await expect(node(page, 'B')).toHaveAttribute('data-outcome', 'succeeded');
  const rows = page.locator('table.sb-table tbody tr');
  await expect(rows).toHaveCount(6);

  const slider = page.getByRole('slider', { name: /Timeline/ });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('timeline-position')).toContainText('Event 1 of 6: ExecutionStarted');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('timeline-position')).toContainText('Event 2 of 6: PassStateEntered');
  await expect(node(page, 'A')).toHaveAttribute('data-outcome', 'running');
  await expect(node(page, 'B')).toHaveAttribute('data-outcome', 'notReached');
  await expect(rows.nth(1)).toHaveAttribute('aria-current', 'step');
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(node(page, 'A')).toHaveAttribute('data-outcome', 'succeeded');

  // The inspector shows what ResultPath did to A's input.
  await node(page, 'A').click();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await expect(page.getByRole('region', { name: 'After ResultPath' })).toContainText('"a"');
  await page.getByRole('tab', { name: 'Cost' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('state transitions');
});

test('a JSONata machine with Assign and Output validates, runs, and shows its variables', async ({ page }) => {
  await openSandbox(page);
  const machine = {
    QueryLanguage: 'JSONata',
    StartAt: 'Total',
    States: {
      Total: { Type: 'Pass', Assign: { total: '{% $sum($states.input.prices) %}' }, Output: { n: '{% $count($states.input.prices) %}' }, Next: 'Report' },
      Report: { Type: 'Pass', Output: { total: '{% $total %}', average: '{% $total / $states.input.n %}' }, End: true },
    },
  };
  await replaceText(page, definitionEditor(page), JSON.stringify(machine, null, 2));
  await replaceText(page, inputEditor(page), '{"prices": [2, 4, 6]}');
  await expect(page.getByText('No problems found')).toBeVisible(RUN_TIMEOUT);
  await expect(node(page, 'Report')).toBeVisible();
  await runButton(page).click();
  await expect(status(page)).toContainText('SUCCEEDED', RUN_TIMEOUT);
  await node(page, 'Report').click();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await expect(page.getByRole('region', { name: 'Variables' })).toContainText('"total": 12');
  await expect(page.getByRole('region', { name: 'State output' })).toContainText('"average": 4');
});

test('the five-step pipeline with a Glue fault shows the retries and the caught error in colour', async ({ page }) => {
  await openSandbox(page);
  await page.getByLabel('Example').selectOption('five-step-pipeline');
  await expect(page.getByLabel('Simulated faults')).toHaveValue(/fail ConvertWithGlue 3 times/);
  await expect(node(page, 'ConvertWithGlue')).toBeVisible();
  await runButton(page).click();

  await expect(status(page)).toContainText('FAILED', RUN_TIMEOUT);
  await expect(page.getByText('Pipeline.Failed').first()).toBeVisible();
  const glue = node(page, 'ConvertWithGlue');
  await expect(glue).toHaveAttribute('data-outcome', 'caught');
  await expect(glue).toHaveAttribute('aria-label', /failed, error caught, 2 retries/);
  await expect(glue.locator('rect')).toHaveCSS('stroke', /rgb/);
  await expect(node(page, 'CleanWithLambda')).toHaveAttribute('data-outcome', 'succeeded');
  await expect(node(page, 'AlertTeam')).toHaveAttribute('data-outcome', 'succeeded');
  await expect(node(page, 'LoadIntoRedshift')).toHaveAttribute('data-outcome', 'notReached');
  const glueFailures = page.locator('table.sb-table tbody tr', { hasText: 'TaskFailed' }).filter({ hasText: 'ConvertWithGlue' });
  await expect(glueFailures).toHaveCount(3);
  // Caught and failed use different colours.
  const caughtFill = await glue.locator('rect').evaluate((el) => getComputedStyle(el).fill);
  const okFill = await node(page, 'AlertTeam').locator('rect').evaluate((el) => getComputedStyle(el).fill);
  expect(caughtFill).not.toBe(okFill);
});

test('a shared link reproduces the definition, input and run', async ({ page, browser }) => {
  await openSandbox(page);
  await replaceText(page, definitionEditor(page), twoStates('B'));
  await replaceText(page, inputEditor(page), '{"shared": true}');
  await expect(page.getByText('No problems found')).toBeVisible();
  await page.getByRole('button', { name: 'Share link' }).click();
  const url = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(url).toMatch(/\/sandbox#sb=/);

  const other = await browser.newContext();
  const page2 = await other.newPage();
  await page2.goto(url);
  await expect(status(page2)).toContainText('SUCCEEDED', RUN_TIMEOUT);
  await expect(definitionEditor(page2)).toContainText('"ResultPath": "$.a"');
  await expect(inputEditor(page2)).toContainText('"shared": true');
  await page2.getByRole('tab', { name: 'Output' }).click();
  await expect(page2.getByRole('tabpanel')).toContainText('"shared": true');
  await other.close();
});

test('the last definition survives a reload', async ({ page }) => {
  await openSandbox(page);
  await replaceText(page, definitionEditor(page), twoStates('B'));
  await expect(node(page, 'B')).toBeVisible();
  // The edit is saved after a debounce: wait for it to reach localStorage rather than for a fixed time.
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('stepwise:sandbox:') && (localStorage.getItem(k) ?? '').includes('$.a'))))
    .toBe(true);
  await page.reload();
  await expect(definitionEditor(page)).toContainText('"ResultPath": "$.a"', RUN_TIMEOUT);
  await expect(page.getByText('Restored your last edit')).toBeVisible();
});

test('a million-item Distributed Map shows items processed, the page stays responsive, and Cancel stops it', async ({ page }) => {
  // Many steps, each waiting on a loaded machine (the trace of a timeout showed every step passing, slowly).
  test.setTimeout(240_000);
  await openSandbox(page);
  await page.getByLabel('Example').selectOption('million');
  await expect(definitionEditor(page)).toContainText('"Mode": "DISTRIBUTED"');
  await expect(node(page, 'CheckOrders')).toBeVisible();
  await runButton(page).click();

  // The worker generates the million-item S3 object, then the Map Run reports items processed of the total.
  const progress = page.getByTestId('map-run-progress');
  await expect(progress).toContainText(/CheckOrders: [1-9][\d,]* of 1,000,000 items processed/, { timeout: 60_000 });
  const count = async () => Number(/([\d,]+) of/.exec((await progress.textContent()) ?? '')?.[1]?.replace(/,/g, '') ?? '0');
  const first = await count();

  // The main thread stays free: timers fire on time while the engine works in its worker.
  const lagMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let worst = 0;
        let last = performance.now();
        let ticks = 0;
        const tick = () => {
          const now = performance.now();
          worst = Math.max(worst, now - last - 50);
          last = now;
          if (++ticks < 40) setTimeout(tick, 50);
          else resolve(worst);
        };
        setTimeout(tick, 50);
      }),
  );
  expect(lagMs).toBeLessThan(1000);

  // Click and type while it runs.
  await page.getByRole('tab', { name: 'Cost' }).click();
  await expect(page.getByRole('tab', { name: 'Cost' })).toHaveAttribute('aria-selected', 'true');
  const faults = page.getByLabel('Simulated faults');
  await faults.pressSequentially('fail Fingerprint once with Oops', { delay: 5 });
  await expect(faults).toHaveValue('fail Fingerprint once with Oops');
  // The editor keeps validating during the run (its own worker).
  await definitionEditor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' x');
  await expect(page.locator('.sb-diag-summary')).toContainText('problem');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(page.locator('.sb-diag-summary')).toContainText('No problems found');

  // Still running, still counting: all of the above happened during the run.
  await expect(progress).toBeVisible();
  await expect.poll(count, { timeout: 10_000 }).toBeGreaterThan(first);
  expect(await count()).toBeLessThan(1_000_000);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(status(page)).toContainText('Run cancelled.');
  await expect(page.getByTestId('run-progress')).toHaveCount(0);

  // A fresh worker runs the next execution.
  await page.getByLabel('Example').selectOption('hello');
  await runButton(page).click();
  await expect(status(page)).toContainText('SUCCEEDED', RUN_TIMEOUT);
});

test('the sandbox page has no serious accessibility violations, light or dark', async ({ page, expectAccessible }) => {
  // Two full axe scans of a large page, on a shared machine.
  test.setTimeout(300_000);
  await openSandbox(page);
  await runButton(page).click();
  await expect(status(page)).toContainText('SUCCEEDED', RUN_TIMEOUT);
  await page.getByRole('button', { name: 'Show states as text' }).click();
  await expectAccessible();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(node(page, '@start')).toBeVisible();
  await runButton(page).click();
  await expect(status(page)).toContainText('SUCCEEDED', RUN_TIMEOUT);
  await expectAccessible();
});

test('YAML: convert, keep the graph and the editor link, complete the fields of a state', async ({ page }) => {
  await openSandbox(page);
  await page.getByRole('button', { name: 'Convert to YAML' }).click();
  await expect(page.getByRole('heading', { name: 'Definition (YAML)' })).toBeVisible();
  await expect(definitionEditor(page)).toContainText('StartAt: Hello');
  await expect(page.getByText('No problems found')).toBeVisible(RUN_TIMEOUT);
  await expect(node(page, 'Decide')).toBeVisible();

  // The cursor in a state's source highlights its node.
  await page.locator('.cm-content').getByText('Choices').first().click();
  await expect(node(page, 'Decide')).toHaveAttribute('aria-pressed', 'true');

  // Completion offers the fields a Choice state accepts.
  await page.locator('.cm-content').getByText('Default').first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Out');
  const options = page.locator('.cm-tooltip-autocomplete li');
  await expect(options.first()).toBeVisible();
  await expect(options).toContainText(['Output', 'OutputPath']);
  await expect(page.locator('.cm-tooltip-autocomplete')).not.toContainText('Resource');
});

test('a lesson shows a light preview and loads the sandbox only when opened', async ({ page }) => {
  await page.goto('/learn/what-is-a-state-machine');
  // The lesson's first example (the lesson has more than one; each opens on its own).
  const open = page.getByRole('button', { name: 'Open in the sandbox' }).first();
  await expect(open).toBeVisible();
  await expect(page.locator('.cm-editor')).toHaveCount(0);
  await open.click();
  await expect(node(page, 'MakeGreeting')).toBeVisible(RUN_TIMEOUT);
  await expect(page.getByText('No problems found')).toBeVisible(RUN_TIMEOUT);
  await runButton(page).click();
  await expect(status(page)).toContainText('SUCCEEDED', RUN_TIMEOUT);
  await expect(node(page, 'Done')).toHaveAttribute('data-outcome', 'succeeded');

  // Breaking the definition afterwards marks the old results and colours as an earlier run's.
  await definitionEditor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' x');
  await expect(page.locator('.sb-diag-summary')).toContainText('problem');
  await expect(page.getByTestId('result-stale')).toContainText('earlier version of the definition');
  await expect(page.getByTestId('graph-stale')).toBeVisible();
  await expect(runButton(page)).toBeDisabled();
});

test('desktop details: the mock test case select shows its text, the tools fit one row, long lines wrap under their indent', async ({ page }) => {
  await openSandbox(page);
  await page.getByLabel('Example').selectOption('five-step-pipeline');
  const select = page.getByLabel('Mock test case');
  await expect(select).toBeVisible();
  const fits = await select.evaluate((el) => {
    const s = el as HTMLSelectElement;
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = getComputedStyle(s).font;
    return [...s.options].every((o) => ctx.measureText(o.text).width + 28 <= s.clientWidth);
  });
  expect(fits).toBe(true);

  const tools = page.getByRole('toolbar', { name: 'Definition tools' }).locator(':scope > *');
  const tops = await tools.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);

  // The Comment line is longer than the editor is wide: it wraps, and its second row starts under its text.
  const line = page.locator('.cm-line', { hasText: 'Nightly pipeline' });
  const box = (await line.boundingBox())!;
  expect(box.height).toBeGreaterThan(30);
  const indent = await line.evaluate((el) => ({ text: parseFloat(getComputedStyle(el).textIndent), padding: parseFloat(getComputedStyle(el).paddingLeft) }));
  expect(indent.text).toBeLessThan(0);
  expect(indent.padding).toBeGreaterThan(-indent.text);
});

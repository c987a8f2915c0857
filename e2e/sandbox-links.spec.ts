import { readFileSync } from 'node:fs';
import LZString from 'lz-string';
import { expect, test } from './fixtures';
import { faultsBox, node, openSandbox, runButton, RUN_TIMEOUT, shareHash, show, status, VIEWPORTS } from './sandbox-helpers';

// Share links: they carry the example's world, mock config and faults so a shared run reproduces; a link is
// written by a stranger, so its handler code reaches nothing of the visitor's, and its run stops at its budget.
test.describe.configure({ timeout: 120_000 });

/** A Lambda handler that tries every way out it can think of and reports what it found. */
const hostileHandler = `function handler(event) {
  const found = {};
  const probe = (name, f) => { try { found[name] = f(); } catch (e) { found[name] = 'blocked: ' + (e && e.name); } };
  probe('fetch', () => typeof fetch === 'function' ? (fetch('/api/progress/what-is-a-state-machine', { method: 'POST', body: 'x' }), 'called') : typeof fetch);
  probe('xhr', () => typeof XMLHttpRequest);
  probe('localStorage', () => typeof localStorage === 'object' ? (localStorage.setItem('pwned', '1'), 'written') : typeof localStorage);
  probe('document', () => typeof document === 'object' ? (document.title = 'pwned', 'written') : typeof document);
  probe('indexedDB', () => typeof indexedDB);
  probe('importScripts', () => typeof importScripts);
  probe('postMessage', () => typeof postMessage);
  return found;
}`;

const hostileDefinition = JSON.stringify(
  {
    StartAt: 'Probe',
    States: {
      Probe: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'probe', 'Payload.$': '$' }, OutputPath: '$.Payload', End: true },
    },
  },
  null,
  2,
);

for (const { name, viewport } of VIEWPORTS) {
  test.describe(name, () => {
    test.use({ viewport });

    test('a link with a mock test case and faults reproduces the run, and carries the example by its id', async ({ page, browser }) => {
      await openSandbox(page);
      await page.getByLabel('Example').selectOption('five-step-pipeline');
      await faultsBox(page).fill('fail NotifyDone once with SNS.InternalError');
      await page.getByLabel('Mock test case').selectOption('GlueFailsTwiceThenSucceeds');
      await runButton(page).click();
      await show(page, 'Result');
      await expect(status(page)).toContainText('SUCCEEDED', RUN_TIMEOUT);
      await show(page, 'Graph');
      await expect(node(page, 'ConvertWithGlue')).toHaveAttribute('data-outcome', 'retried');
      await expect(node(page, 'NotifyDone')).toHaveAttribute('data-outcome', 'retried');
      const original = await status(page).textContent();

      await show(page, 'Edit');
      await page.getByRole('button', { name: 'Share link' }).click();
      const url = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
      const shared = JSON.parse(LZString.decompressFromEncodedURIComponent(url.split('#sb=')[1]!)) as Record<string, unknown>;
      // The example's world and mock config travel as its id: the link stays short.
      expect(shared).toMatchObject({ e: 'five-step-pipeline', c: 'GlueFailsTwiceThenSucceeds', x: 'fail NotifyDone once with SNS.InternalError' });
      expect(shared.w).toBeUndefined();
      expect(shared.m).toBeUndefined();
      const hashOf = (state: Record<string, unknown>) => LZString.compressToEncodedURIComponent(JSON.stringify(state)).length;
      const scenario = (file: string) => JSON.parse(readFileSync(`content/scenarios/five-step-pipeline/${file}`, 'utf8')) as unknown;
      const inlined = hashOf({ ...shared, e: undefined, w: scenario('world.json'), m: scenario('mock-config.json') });
      const hash = url.split('#sb=')[1]!.length;
      // A few dozen characters more than the definition and input alone; far less than the account inlined.
      expect(hash - hashOf({ d: shared.d, i: shared.i })).toBeLessThan(120);
      expect(hash).toBeLessThan(inlined * 0.75);

      const other = await browser.newContext({ viewport });
      const page2 = await other.newPage();
      await page2.goto(url);
      await show(page2, 'Result');
      await expect(status(page2)).toContainText('SUCCEEDED', RUN_TIMEOUT);
      await expect(status(page2)).toHaveText(original!);
      await show(page2, 'Edit');
      await expect(page2.getByLabel('Mock test case')).toHaveValue('GlueFailsTwiceThenSucceeds');
      await expect(faultsBox(page2)).toHaveValue('fail NotifyDone once with SNS.InternalError');
      await show(page2, 'Graph');
      await expect(node(page2, 'ConvertWithGlue')).toHaveAttribute('data-outcome', 'retried');
      await other.close();
    });

    test('a hostile handler in a link reaches neither the network, the storage nor the page', async ({ page }) => {
      const posts: string[] = [];
      page.on('request', (r) => {
        if (r.method() !== 'GET') posts.push(`${r.method()} ${r.url()}`);
      });
      await page.goto('/');
      await page.evaluate(() => localStorage.setItem('mine', 'kept'));
      const title = await page.title();
      const world = { lambda: { functions: { probe: { source: hostileHandler } } } };
      await page.goto(`/sandbox${shareHash({ d: hostileDefinition, i: '{"n": 1}', w: world })}`);
      await show(page, 'Result');
      await expect(status(page)).not.toContainText('Not run yet', RUN_TIMEOUT);
      await expect(status(page)).not.toContainText(/Running|Starting the engine/, RUN_TIMEOUT);
      await page.getByRole('tab', { name: 'Output' }).click();
      const output = page.getByLabel('Execution output');
      // Whatever the run's outcome (the sandbox may refuse the code outright), nothing was reached.
      const text = (await output.textContent()) ?? '';
      expect(text).not.toMatch(/"(called|written)"/);
      for (const reachable of ['"fetch": "function"', '"xhr": "function"', '"importScripts": "function"', '"postMessage": "function"']) expect(text).not.toContain(reachable);
      expect(posts).toEqual([]);
      expect(await page.evaluate(() => [localStorage.getItem('mine'), localStorage.getItem('pwned')])).toEqual(['kept', null]);
      expect(await page.title()).not.toBe('pwned');
      expect(title).not.toBe('pwned');
      const progress = await page.request.get('/api/progress/what-is-a-state-machine');
      expect(await progress.json()).toMatchObject({ completedAt: null });
    });

    test('a link that runs on open stops at its wall-clock budget: the engine ends a long run itself', async ({ page }) => {
      // A loop that would run far longer than the browser's budget (WALL_CLOCK_BUDGET_MS.browser, 15 s).
      const loop = JSON.stringify({
        StartAt: 'Spin',
        States: {
          Spin: { Type: 'Pass', Result: 1, ResultPath: '$.x', Next: 'Again' },
          Again: { Type: 'Choice', Choices: [{ Variable: '$.x', NumericEquals: 1, Next: 'Spin' }], Default: 'Done' },
          Done: { Type: 'Succeed' },
        },
      });
      await page.goto(`/sandbox${shareHash({ d: loop, n: 1_000_000_000_000, r: 0, t: 'EXPRESS' })}`);
      await show(page, 'Result');
      await expect(status(page)).toContainText('Running', RUN_TIMEOUT);
      await expect(status(page)).toContainText('wall-clock budget', { timeout: 60_000 });
      await expect(status(page)).toContainText(/Stopped after [\d,]+ state transitions/);
      await expect(page.getByTestId('run-progress')).toHaveCount(0);
    });

    test('a link whose step never returns is stopped from outside: the run worker is terminated', async ({ page }) => {
      // A JSONata regular expression that backtracks without end: no check between steps can interrupt it.
      const stuck = JSON.stringify({
        QueryLanguage: 'JSONata',
        StartAt: 'Check',
        States: { Check: { Type: 'Pass', Output: '{% $contains($states.input.s, /^(a+)+$/) %}', End: true } },
      });
      await page.clock.install();
      await page.goto(`/sandbox${shareHash({ d: stuck, i: JSON.stringify({ s: `${'a'.repeat(41)}!` }) })}`);
      await show(page, 'Result');
      // 'Running…' shows once the worker has loaded the engine and begun (its 'started' message): only then is
      // the budget timer set, so the clock moves after it (before it, 'Starting the engine…').
      await expect(status(page)).toContainText('Running…', RUN_TIMEOUT);
      // The page's clock (not the worker's) decides when to terminate it: move it past the budget.
      await page.clock.fastForward('00:20');
      await expect(status(page)).toContainText('The run was stopped after 16.5 s, the time limit for one run in the browser');
      await expect(page.getByTestId('run-progress')).toHaveCount(0);
      // A fresh worker runs the next execution.
      await show(page, 'Edit');
      await page.getByLabel('Example').selectOption('hello');
      await runButton(page).click();
      await show(page, 'Result');
      await expect(status(page)).toContainText('SUCCEEDED', RUN_TIMEOUT);
    });
  });
}

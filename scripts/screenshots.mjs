#!/usr/bin/env node
// Screenshots for a look before calling a page done (common rules): home, a lesson with its sandbox open,
// /sandbox after an example run (graph, history, then the Cost tab), and the editor's lint marks and their
// tooltips, at 1280x800 and 390x844, light and dark, in Debian's Chromium against a running production server.
//
//   npx next build && npx next start -p 3208 &
//   node scripts/screenshots.mjs [--base http://127.0.0.1:3208] [--out /tmp/stepwise-shots]
//
// Prints one line per PNG written; a page that fails to reach its state is reported and the rest go on.
import { chromium } from '@playwright/test';
import LZString from 'lz-string';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const base = arg('base', 'http://127.0.0.1:3100');
const out = path.resolve(arg('out', '/tmp/stepwise-shots'));
const LESSON = arg('lesson', '/learn/choice-states');
const EXAMPLE = arg('example', 'five-step-pipeline');
const WAIT = { timeout: 60_000 };
mkdirSync(out, { recursive: true });

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

async function shot(page, name) {
  const file = path.join(out, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}

/** On a phone the sandbox shows one pane at a time behind tabs; on a wide screen the tab is absent. */
async function pane(page, name) {
  const tab = page.getByRole('tab', { name: new RegExp(`^${name}`) });
  if ((await tab.count()) > 0 && (await tab.first().isVisible())) await tab.first().click();
}

/** One error (Next names no state) and one warning (a '.$' key in a Pass state's static Result). */
const LINT_DEFINITION = JSON.stringify(
  {
    Comment: 'An error and a warning, for the editor marks',
    StartAt: 'Prepare',
    States: {
      Prepare: { Type: 'Pass', Result: { 'orderId.$': '$.order.id' }, Next: 'Shipp' },
      Ship: { Type: 'Succeed' },
    },
  },
  null,
  2,
);

const pages = {
  async home(page, tag) {
    await page.goto(`${base}/`);
    await page.waitForLoadState('networkidle');
    await shot(page, `home-${tag}`);
  },
  async lesson(page, tag) {
    await page.goto(base + LESSON);
    await page.getByRole('button', { name: 'Open in the sandbox' }).first().click();
    // On a phone the graph waits behind its tab: the editor's first check says the sandbox is ready.
    await page.getByText('No problems found').first().waitFor(WAIT);
    // A lesson is many screens long: the shot is the opened sandbox, with a little of the lesson around it.
    const sandbox = page.locator('.cm-editor').first();
    await sandbox.scrollIntoViewIfNeeded();
    const box = await sandbox.boundingBox();
    const scrollY = await page.evaluate(() => window.scrollY);
    const y = Math.max(0, box.y + scrollY - 200);
    const file = path.join(out, `lesson-${tag}.png`);
    await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y, width: page.viewportSize().width, height: 1400 } });
    console.log(file);
  },
  async sandbox(page, tag) {
    await page.goto(`${base}/sandbox`);
    await page.getByText('No problems found').waitFor(WAIT);
    await page.getByLabel('Example').selectOption(EXAMPLE);
    await page.getByText('No problems found').waitFor(WAIT);
    await page.getByRole('button', { name: /^Run/ }).click();
    await page.getByTestId('run-status').getByText(/SUCCEEDED|FAILED|TIMED_OUT|ABORTED/).waitFor(WAIT);
    await pane(page, 'Result');
    await shot(page, `sandbox-run-${tag}`);
    await pane(page, 'Graph');
    if (tag.startsWith('phone')) await shot(page, `sandbox-graph-${tag}`);
    await pane(page, 'Result');
    await page.getByRole('tab', { name: 'Cost', exact: true }).click();
    await shot(page, `sandbox-cost-${tag}`);
  },
  // The editor's lint marks (sandbox/editor/theme.ts draws them with CSS): a definition with an error (a
  // Next to no state) and a warning (a '.$' key in a Pass Result), its squiggles and gutter markers, then
  // the tooltip over each. Shots of the editor's band of the window, so the marks are big enough to judge.
  async lint(page, tag) {
    await page.goto(`${base}/sandbox#sb=${LZString.compressToEncodedURIComponent(JSON.stringify({ d: LINT_DEFINITION }))}`);
    const editor = page.locator('.cm-editor').first();
    await editor.locator('.cm-lintRange-error').first().waitFor(WAIT);
    await editor.locator('.cm-lintRange-warning').first().waitFor(WAIT);
    const editorShot = async (name) => {
      const box = await editor.boundingBox();
      const file = path.join(out, `${name}.png`);
      // Across the whole window: a tooltip may stand out of the editor.
      await page.screenshot({ path: file, clip: { x: 0, y: box.y, width: page.viewportSize().width, height: Math.min(box.height, 420) } });
      console.log(file);
    };
    await shot(page, `lint-page-${tag}`);
    await editorShot(`lint-marks-${tag}`);
    for (const severity of ['error', 'warning']) {
      await editor.locator(`.cm-lintRange-${severity}`).first().hover();
      await page.locator('.cm-tooltip-lint').waitFor(WAIT);
      await editorShot(`lint-tooltip-${severity}-${tag}`);
      await page.mouse.move(0, 0);
      await page.locator('.cm-tooltip-lint').waitFor({ state: 'detached', ...WAIT });
    }
    await editor.locator('.cm-lint-marker-error').first().hover();
    await page.locator('.cm-tooltip-lint').waitFor(WAIT);
    await editorShot(`lint-gutter-tooltip-${tag}`);
  },
};

const only = args.flatMap((a, i) => (args[i - 1] === '--page' ? [a] : []));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});
let failed = 0;
try {
  for (const [vpName, viewport] of Object.entries(VIEWPORTS)) {
    for (const colorScheme of ['light', 'dark']) {
      const tag = `${vpName}-${colorScheme}`;
      for (const [name, take] of Object.entries(pages)) {
        if (only.length && !only.includes(name)) continue;
        const phone = vpName === 'phone';
        const context = await browser.newContext({ viewport, colorScheme, hasTouch: phone, isMobile: phone });
        const page = await context.newPage();
        try {
          await take(page, tag);
        } catch (e) {
          failed++;
          console.log(`${name} ${tag}: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
          await shot(page, `${name}-${tag}-FAILED`).catch(() => {});
        } finally {
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
}
if (failed) process.exitCode = 1;

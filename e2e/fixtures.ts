import { createRequire } from 'node:module';
import path from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/**
 * Shared e2e fixtures. Journeys import `test` and `expect` from here instead of @playwright/test:
 *
 *   import { test, expect } from './fixtures';
 *   test('...', async ({ page, expectAccessible }) => { await page.goto('/x'); await expectAccessible(); });
 *
 * `expectAccessible(page?)` runs axe (WCAG 2.0/2.1 A and AA rules plus best practices) on the page as it
 * is now and fails on any serious or critical violation, listing each with its target elements.
 */
export type AccessibilityCheck = (page?: Page, options?: { exclude?: string[] }) => Promise<void>;

export const test = base.extend<{ expectAccessible: AccessibilityCheck }>({
  // Each test is a visitor of its own address. Guest creation and sign-up are rate-limited per address
  // (lib/learner/guest-limits.ts, lib/auth/limits.ts); with two workers the suite would otherwise spend
  // 127.0.0.1's allowance in half the time and fail on whichever test came 61st. Tests that study the
  // limits themselves set their own header on a fresh request context.
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide, testInfo) => {
    await provide({ ...extraHTTPHeaders, 'X-Forwarded-For': visitorAddress(testInfo.testId, testInfo.repeatEachIndex) });
  },
  expectAccessible: async ({ page }, provide) => {
    await provide((target, options) => expectAccessible(target ?? page, options));
  },
});

export { expect };

/**
 * Waits until the page has hydrated. Server-rendered controls are on screen before React attaches their
 * handlers: keys pressed in that moment reach nothing (CI once saw a quiz answer never sent). The theme
 * toggle in the layout gets its label only once mounted, so its label says the page has hydrated.
 */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: /^Switch to (light|dark) theme$/ })).toBeVisible();
}

/**
 * Chooses a quiz option with its key, pressing it until the option is checked. The quiz listens for keys on
 * the window once its own part of the page has hydrated, which can be after the header (`hydrated`): a key
 * pressed before that reaches nothing, and an Enter after it would send no answer.
 */
export async function chooseByKey(page: Page, card: Locator, key: string, option: RegExp): Promise<void> {
  const radio = card.getByRole('radio', { name: option });
  await expect(async () => {
    if (!(await radio.isChecked())) await page.keyboard.press(key);
    await expect(radio).toBeChecked({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

/**
 * A private (RFC 1918) address derived from the test's id, stable across its retries within one run. A page
 * shared by the tests of a describe block (a beforeAll) takes one from the block's name and the worker.
 */
export function visitorAddress(testId: string, repeat: number): string {
  let hash = 2166136261;
  for (const ch of `${testId}#${repeat}`) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  return `10.${(hash >>> 16) & 255}.${(hash >>> 8) & 255}.${(hash & 255) || 1}`;
}

/**
 * axe-core's source, the copy @axe-core/playwright itself injects (resolved through it: axe-core is its
 * dependency, not ours).
 */
const axeSource: string = (() => {
  const fromProject = createRequire(path.resolve('package.json'));
  const fromBuilder = createRequire(fromProject.resolve('@axe-core/playwright'));
  return (fromBuilder('axe-core') as { source: string }).source;
})();

const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  // Only violations are read: passes, incomplete and inapplicable results keep one node each instead of
  // every element they checked.
  resultTypes: ['violations'],
};

/**
 * Runs axe in the page itself, as AxeBuilder's legacy mode does. Its default mode also opens a blank
 * page in the test's context for every scan and injects axe (580 kB) there a second time, to merge the
 * results of cross-origin frames: the app has no frames at all.
 */
async function runAxe(page: Page, exclude: string[]): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // The context AxeBuilder passes: the whole document (an empty include) less the excluded selectors.
  const context = { include: [] as string[], exclude };
  const results = await page.evaluate(
    ([context, options]) => (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run(context, options),
    [context, AXE_OPTIONS] as const,
  );
  return results as AxeResults;
}

export async function expectAccessible(page: Page, options: { exclude?: string[] } = {}): Promise<void> {
  // Next empties <title> for a moment during a soft navigation or a router.refresh() (vercel/next.js#65872,
  // #95268), as the editors' refresh after Publish does: scan the page once it has its title again. A page
  // that never gets one still fails, here or in axe's document-title rule.
  await expect.poll(() => page.title(), { message: `a <title> on ${page.url()}` }).not.toBe('');
  const { violations } = await runAxe(page, options.exclude ?? []);
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map(
    (v) => `${v.impact}: ${v.id} (${v.help})\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
  );
  expect(report, `accessibility violations on ${page.url()}`).toEqual([]);
}

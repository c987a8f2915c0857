import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

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
  expectAccessible: async ({ page }, provide) => {
    await provide((target, options) => expectAccessible(target ?? page, options));
  },
});

export { expect };

export async function expectAccessible(page: Page, options: { exclude?: string[] } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map(
    (v) => `${v.impact}: ${v.id} (${v.help})\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
  );
  expect(report, `accessibility violations on ${page.url()}`).toEqual([]);
}

// What the sandbox journeys share: finding the editors and the graph, typing a definition, opening the page.
import type { Locator, Page } from '@playwright/test';
import LZString from 'lz-string';

// lz-string is CommonJS: Playwright's ESM loader sees only its default export.
const { compressToEncodedURIComponent } = LZString;
import { expect } from './fixtures';

export const RUN_TIMEOUT = { timeout: 30_000 };

export const definitionEditor = (page: Page) => page.getByRole('textbox', { name: 'State machine definition' });
export const inputEditor = (page: Page) => page.getByRole('textbox', { name: 'Execution input (JSON)' });
export const runButton = (page: Page) => page.getByRole('button', { name: /^Run/ });
export const status = (page: Page) => page.getByTestId('run-status');
export const node = (page: Page, id: string): Locator => page.locator(`[data-node-id="${id}"]`);
export const faultsBox = (page: Page) => page.getByLabel('Simulated faults');

export async function replaceText(page: Page, editor: Locator, text: string) {
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  // insertText avoids the editor's auto-closing brackets, as a paste would.
  await page.keyboard.insertText(text);
}

/** Opens /sandbox and waits for the engine worker's first check (a cold worker takes seconds to load). */
export async function openSandbox(page: Page, hash = '') {
  await page.goto(`/sandbox${hash}`);
  await expect(page.getByText('No problems found')).toBeVisible({ timeout: 30_000 });
  await expect(node(page, '@start')).toBeAttached();
}

export const twoStates = (next: string) =>
  JSON.stringify(
    {
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Result: { n: 1 }, ResultPath: '$.a', Next: next },
        B: { Type: 'Pass', End: true },
      },
    },
    null,
    2,
  );

/** A share link's hash, written the way the sandbox writes one (lib/url-state.ts), for links a stranger crafts. */
export function shareHash(state: Record<string, unknown>): string {
  return `#sb=${compressToEncodedURIComponent(JSON.stringify(state))}`;
}

/** The graph canvas and a node's box on screen: the node is in view when its box is inside the canvas's. */
export async function nodeInView(page: Page, id: string): Promise<boolean> {
  const canvas = await page.locator('.sb-graph-canvas').boundingBox();
  const box = await node(page, id).locator('rect').first().boundingBox();
  if (!canvas || !box) return false;
  return box.x >= canvas.x - 1 && box.y >= canvas.y - 1 && box.x + box.width <= canvas.x + canvas.width + 1 && box.y + box.height <= canvas.y + canvas.height + 1;
}

/** The graph's current zoom, from its transform. */
export async function graphScale(page: Page): Promise<number> {
  const transform = await page.getByTestId('graph-content').evaluate((g) => (g as SVGGElement).style.transform);
  return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? NaN);
}

export const VIEWPORTS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

/** On a phone, switches to the pane's tab (Edit, Graph or Result); on a wide screen every pane is shown. */
export async function show(page: Page, pane: 'Edit' | 'Graph' | 'Result') {
  const tab = page.getByRole('tab', { name: new RegExp(`^${pane}`) });
  if ((await tab.count()) > 0 && (await tab.isVisible())) await tab.click();
}

/** The page is no wider than the window (nothing to scroll sideways). */
export async function expectNoHorizontalScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, `page is ${scroll}px wide in a ${client}px window`).toBeLessThanOrEqual(client);
}

/** Waits for the page to draw `count` more frames (what a ResizeObserver sees is applied after one). */
export async function afterFrames(page: Page, count: number) {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
        step(n);
      }),
    count,
  );
}

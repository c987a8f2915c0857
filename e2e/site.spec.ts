import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The site as a whole: a favicon, a header that leads to the course, the practice area and the sandbox
// (without fetching the sandbox on every page), and no page wider than a phone.
test.describe.configure({ timeout: 300_000 });

/** Every page reachable from the home page by the site's own links (the routes of the site, with their
 *  prerendered lessons), at most 80, each visited once: `visit` runs on each page once it is idle. */
async function crawl(page: Page, visit: (path: string) => Promise<void> = async () => {}): Promise<string[]> {
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  const pages: string[] = [];
  while (queue.length && pages.length < 80) {
    const path = queue.shift()!;
    const res = await page.goto(path);
    if (!res || res.status() >= 400) continue;
    pages.push(path);
    await visit(path);
    const links = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const l of links) {
      if (l.startsWith('/api') || l.startsWith('/_next') || /\.\w+$/.test(l) || seen.has(l)) continue;
      seen.add(l);
      queue.push(l);
    }
  }
  return pages;
}

test('no page is wider than a 390 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const tooWide: string[] = [];
  // Measured where the crawl stands, once the page is idle (fonts, hydration, lazy panels), so each page
  // is loaded once: with two workers sharing two cores, loading eighty pages twice outran the timeout.
  const pages = await crawl(page, async (path) => {
    await page.waitForLoadState('networkidle');
    const wide = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    if (wide.scroll > wide.client) tooWide.push(`${path} is ${wide.scroll}px wide at 390`);
  });
  expect(pages).toEqual(expect.arrayContaining(['/', '/learn', '/sandbox']));
  expect(pages.some((p) => p.startsWith('/learn/'))).toBe(true);
  expect(tooWide).toEqual([]);
});

test('every page has a favicon, and the header leads to the course, the practice area and the sandbox', async ({ page, request }) => {
  const missing: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 404 && /icon|favicon/.test(r.url())) missing.push(r.url());
  });
  await page.goto('/learn');
  const hrefs = await page.locator('link[rel="icon"]').evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
  expect(hrefs.some((h) => h.includes('.svg'))).toBe(true);
  for (const href of [...hrefs, '/favicon.ico']) {
    const res = await request.get(href);
    expect(res.status(), href).toBe(200);
    expect(res.headers()['content-type'], href).toMatch(/^image\//);
  }
  expect(missing).toEqual([]);

  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Learn' })).toHaveAttribute('href', '/learn');
  await expect(nav.getByRole('link', { name: 'Practice' })).toHaveAttribute('href', '/practice');
  await expect(nav.getByRole('link', { name: 'Sandbox' })).toHaveAttribute('href', '/sandbox');
});

test('a lesson page does not fetch the sandbox until it is opened', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/sandbox')) fetched.push(r.url());
  });
  await page.goto('/learn/what-is-a-state-machine');
  await page.waitForLoadState('networkidle');
  // Links prefetch when they scroll into view: the header's Sandbox link is always in view.
  await page.mouse.wheel(0, 4000);
  await page.waitForTimeout(1500);
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await expect(page.locator('.cm-editor')).toHaveCount(0);
});

test('the header fits a phone: brand and theme on one row, the navigation on the next', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/learn');
  const header = page.locator('header').first();
  const brand = (await header.getByRole('link', { name: 'Stepwise' }).boundingBox())!;
  const toggle = (await header.getByRole('button', { name: /theme/i }).boundingBox())!;
  const learn = (await header.getByRole('link', { name: 'Learn' }).boundingBox())!;
  const sandbox = (await header.getByRole('link', { name: 'Sandbox' }).boundingBox())!;
  expect(Math.abs(brand.y - toggle.y)).toBeLessThan(20);
  expect(learn.y).toBeGreaterThan(brand.y + 10);
  expect(Math.abs(learn.y - sandbox.y)).toBeLessThan(5);
  const offScreen = () =>
    header.evaluate((h) =>
      [...h.querySelectorAll('a, button, summary')].filter((e) => e.checkVisibility() && (e.getBoundingClientRect().right > 390 || e.getBoundingClientRect().left < 0)).map((e) => e.textContent),
    );
  expect(await offScreen()).toEqual([]);
  // The course map opens within the screen too.
  await header.getByText('Course map').click();
  await expect(header.getByRole('link', { name: /What a state machine is/ })).toBeVisible();
  expect(await offScreen()).toEqual([]);
});

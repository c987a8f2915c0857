import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The site as a whole: a favicon, a header that leads to the course, the practice area and the sandbox
// (without fetching the sandbox on every page), and no page wider than a phone.
test.describe.configure({ timeout: 300_000 });

/** What one visit found: the page's width at 390 px and the site's own links on it. */
interface Visit {
  path: string;
  status: number;
  scroll: number;
  client: number;
  links: string[];
}

async function visit(page: Page, path: string): Promise<Visit> {
  const res = await page.goto(path);
  const status = res?.status() ?? 0;
  if (status >= 400) return { path, status, scroll: 0, client: 0, links: [] };
  // Client components (the sandbox, the course map) lay out after hydration: measure once the page is quiet.
  await page.waitForLoadState('networkidle');
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  const links = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { path, status, scroll, client, links };
}

/**
 * Every page reachable from the home page by the site's own links (lessons, scenarios, every quiz item...),
 * each visited once: measured and crawled in the same visit, by a few tabs at a time. Two passes over 80
 * pages ran past five minutes on the shared machine (and the cap left quiz items unvisited).
 */
async function crawlAndMeasure(pages: Page[], limit: number): Promise<Visit[]> {
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  const visits: Visit[] = [];
  let busy = 0;
  const worker = async (page: Page) => {
    for (;;) {
      const path = queue.shift();
      if (path === undefined) {
        // Another tab may still add links: wait for it before giving up.
        if (busy === 0) return;
        await page.waitForTimeout(100);
        continue;
      }
      busy++;
      try {
        const v = await visit(page, path);
        visits.push(v);
        for (const l of v.links) {
          if (l.startsWith('/api') || l.startsWith('/_next') || /\.\w+$/.test(l) || seen.has(l) || seen.size >= limit) continue;
          seen.add(l);
          queue.push(l);
        }
      } finally {
        busy--;
      }
    }
  };
  await Promise.all(pages.map(worker));
  return visits;
}

test('no page is wider than a 390 px phone', async ({ browser, extraHTTPHeaders }) => {
  // Every page of the site, once each: 3.0 min on the shared machine at a load average of 7.
  test.setTimeout(480_000);
  // Its own context for the three tabs, still the test's own visitor address (fixtures.ts).
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, extraHTTPHeaders });
  const LIMIT = 300;
  try {
    const tabs = await Promise.all([1, 2, 3].map(() => context.newPage()));
    const visits = await crawlAndMeasure(tabs, LIMIT);
    const pages = visits.filter((v) => v.status < 400).map((v) => v.path);
    expect(pages).toEqual(expect.arrayContaining(['/', '/learn', '/sandbox', '/practice']));
    expect(pages.some((p) => p.startsWith('/learn/'))).toBe(true);
    expect(pages.some((p) => p.startsWith('/practice/quizzes/item/'))).toBe(true);
    expect(visits.length, 'the crawl stopped at its limit: raise it').toBeLessThan(LIMIT);
    const wide = visits.filter((v) => v.scroll > v.client).map((v) => `${v.path} is ${v.scroll}px wide at ${v.client}`);
    expect(wide).toEqual([]);
  } finally {
    await context.close();
  }
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
  // Links prefetch when they scroll into view: the header's Sandbox link is always in view, the footer's
  // once the learner reaches the end of the lesson.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'Sandbox' })).toBeInViewport();
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

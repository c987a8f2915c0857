import { getLessons } from '../lib/content';
import { expect, test } from './fixtures';
import { expectFixedHeaders, expectPagePolicy, expectPlainHttp, watchViolations } from './security-policy';
import { crawl, reachable, skipPrefetches } from './site-crawl';

// The site as a whole: a favicon, a header that leads to the course, the practice area and the sandbox
// (without fetching the sandbox on every page), and every page no wider than a phone, with the security
// headers and a policy its scripts run under (issue 14; security-headers.spec.ts has the rest).
test.describe.configure({ timeout: 300_000 });

/** Pages no link leads to from the home page, but which must be covered all the same. */
const UNLINKED = ['/learn', '/sandbox', '/practice', '/practice/quizzes', '/practice/scenarios/preview', ...getLessons().map((l) => `/learn/${l.slug}`)];
const NOT_FOUND = '/no-such-page';
/** More than the site has: a link loop or a generated page per seed would show up as a failure here. */
const LIMIT = 300;

// Every page of the site, visited once in the browser, and every per-page check on that visit. The checks
// come from three crawls that each visited the pages again: the phone-width crawl that was here, and the
// header crawl and the policy-and-hydration crawl of security-headers.spec.ts (issue 14). The pages are
// those reachable by the site's own links from the home page and from UNLINKED (paths only: a query string
// selects content, not another route); pages added later are covered by being linked.
test('every page fits a 390 px phone, carries the security headers and runs its scripts under the policy', async ({ browser, extraHTTPHeaders }) => {
  // Every page of the site, once each: 2.0 min on the shared machine at a load average of 4 to 7 (the three
  // crawls it replaced took 4.2 min, 3.1 min and 43 s).
  test.setTimeout(480_000);
  // Its own context for the three tabs, still the test's own visitor address (fixtures.ts). Dark, so the
  // inline theme script has something to apply before any bundle runs.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark', extraHTTPHeaders });
  try {
    const violations = await watchViolations(context);
    await skipPrefetches(context);
    const tabs = await Promise.all([1, 2, 3].map(() => context.newPage()));
    const visits = await crawl(tabs, ['/', ...UNLINKED, NOT_FOUND], LIMIT, 'Switch to light theme');
    const pages = visits.map((v) => v.path);
    expect(visits.length, 'the crawl stopped at its limit: raise it').toBeLessThan(LIMIT);

    // The home page's links lead to the course, the practice area (quiz items included) and the sandbox.
    const fromHome = [...reachable(visits, '/')];
    expect(fromHome).toEqual(expect.arrayContaining(['/', '/learn', '/sandbox', '/practice']));
    expect(fromHome.some((p) => p.startsWith('/learn/'))).toBe(true);
    expect(fromHome.some((p) => p.startsWith('/practice/quizzes/item/'))).toBe(true);
    // The crawl reached the practice area (quizzes by exam, topic and item; each scenario).
    for (const route of ['/practice/quizzes/all', '/practice/quizzes/exam/', '/practice/quizzes/topic/', '/practice/quizzes/item/', '/practice/scenarios/five-step-pipeline']) {
      expect(pages.some((p) => p.startsWith(route)), route).toBe(true);
    }

    for (const v of visits) {
      // Every page and the 404 page answer with the security headers and the page policy, over plain HTTP.
      expect(v.status, v.path).toBe(v.path === NOT_FOUND ? 404 : 200);
      expectFixedHeaders(v.headers, v.path);
      expectPagePolicy(v.headers, v.path);
      expectPlainHttp(v.headers, v.path);
      // The inline theme script ran before any bundle (dark, as the system asks)...
      expect(v.theme, v.path).toBe('dark');
      // ...and React hydrated under the policy.
      expect(v.hydrated, `${v.path} hydrated`).toBe(true);
    }
    // Soft, so that a failure here still reports the widths below.
    expect.soft(violations, 'Content-Security-Policy violations').toEqual([]);
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

import type { APIRequestContext, APIResponse, Page } from '@playwright/test';
import { getLessons } from '../lib/content';
import { expect, test } from './fixtures';

// Issue 14: security headers on every page, and a Content-Security-Policy that lets the app (theme
// script, hydration, the sandbox's worker and runs with a Lambda handler) work with no violation.

/** Pages no link leads to from the home page, but which must be covered all the same. */
const UNLINKED = ['/learn', '/sandbox', '/practice', '/practice/quizzes', '/practice/scenarios/preview', ...getLessons().map((l) => `/learn/${l.slug}`)];
const NOT_FOUND = '/no-such-page';
/** More than the site has: a link loop or a generated page per seed would show up as a failure here. */
const MAX_PAGES = 300;

/**
 * Every page of the site: the pages above and every same-origin page they link to, transitively (paths
 * only: a query string selects content, not another route). Pages added later are covered by being linked.
 */
async function sitePages(request: APIRequestContext): Promise<string[]> {
  const seen = new Set<string>(['/', ...UNLINKED]);
  const queue = [...seen];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await request.get(path);
    if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;
    for (const m of (await response.text()).matchAll(/href="(\/[^"#?]*)/g)) {
      const link = m[1]!.replace(/\/+$/, '') || '/';
      if (/^\/(_next|api)\//.test(link) || /\.[a-z0-9]+$/i.test(link) || seen.has(link)) continue;
      seen.add(link);
      queue.push(link);
    }
    expect(seen.size, 'pages found by following links').toBeLessThanOrEqual(MAX_PAGES);
  }
  return [...seen].sort();
}

/** One page of each route (the first lesson, the first quiz item...), plus every lesson and scenario. */
function oneOfEachRoute(pages: string[]): string[] {
  const byRoute = new Map<string, string>();
  for (const path of pages) {
    const segments = path.split('/');
    const keepAll = path.startsWith('/learn/') || path.startsWith('/practice/scenarios/');
    const route = keepAll || segments.length <= 3 ? path : `${segments.slice(0, -1).join('/')}/*`;
    if (!byRoute.has(route)) byRoute.set(route, path);
  }
  return [...byRoute.values()];
}

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

function expectFixedHeaders(response: APIResponse) {
  const h = response.headers();
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['x-frame-options']).toBe('DENY');
  expect(h['cross-origin-opener-policy']).toBe('same-origin');
  expect(h['permissions-policy']).toContain('camera=()');
}

function expectPagePolicy(response: APIResponse) {
  const policy = response.headers()['content-security-policy'];
  expect(policy, `CSP on ${response.url()}`).toBeTruthy();
  const d = directives(policy!);
  expect(d.get('default-src')).toEqual(["'self'"]);
  const script = d.get('script-src')!;
  expect(script).toContain("'self'");
  expect(script).toContain("'wasm-unsafe-eval'");
  // Inline scripts only by hash or nonce; never eval, never any inline script.
  expect(script).not.toContain("'unsafe-inline'");
  expect(script).not.toContain("'unsafe-eval'");
  expect(script.some((s) => s.startsWith("'sha256-") || s.startsWith("'nonce-"))).toBe(true);
  // Inline styles are allowed (CodeMirror writes its theme into a <style> element: see lib/security/csp.ts).
  expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  expect(d.get('img-src')).toEqual(["'self'"]);
  expect(d.get('font-src')).toEqual(["'self'"]);
  expect(d.get('connect-src')).toEqual(["'self'"]);
  expect(d.get('worker-src')).toEqual(["'self'"]);
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('base-uri')).toEqual(["'none'"]);
  expect(d.get('frame-ancestors')).toEqual(["'none'"]);
  expect(d.get('form-action')).toEqual(["'self'"]);
  return d;
}

test('every page, the 404 page and the API answer with the security headers', async ({ request }) => {
  test.setTimeout(300_000);
  const pages = await sitePages(request);
  // The crawl reached the practice area (quizzes by exam, topic and item; each scenario).
  for (const route of ['/practice/quizzes/all', '/practice/quizzes/exam/', '/practice/quizzes/topic/', '/practice/quizzes/item/', '/practice/scenarios/five-step-pipeline']) {
    expect(pages.some((p) => p.startsWith(route)), route).toBe(true);
  }
  for (const path of [...pages, NOT_FOUND]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(path === NOT_FOUND ? 404 : 200);
    expectFixedHeaders(response);
    expectPagePolicy(response);
    // Served over plain HTTP here: no HSTS, no upgrade-insecure-requests (it would break http://localhost).
    expect(response.headers()['strict-transport-security']).toBeUndefined();
    expect(response.headers()['content-security-policy']).not.toContain('upgrade-insecure-requests');
  }
  const api = await request.get('/api/progress/what-is-a-state-machine');
  expectFixedHeaders(api);
  expect(api.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('static pages stay static: their inline scripts are allowed by hash, pages rendered per request get a nonce', async ({ request }) => {
  // Lessons and the sandbox are prerendered (the home page reads the learner's progress since the course map).
  for (const path of [`/learn/${getLessons()[0]!.slug}`, '/sandbox']) {
    const page = await request.get(path);
    expect(page.headers()['x-nextjs-prerender'], path).toBeTruthy();
    expect(page.headers()['content-security-policy'], path).not.toContain("'nonce-");
  }

  const list = await request.get('/learn'); // reads the learner's progress: rendered per request
  const nonce = /'nonce-([^']+)'/.exec(list.headers()['content-security-policy'] ?? '')?.[1];
  expect(nonce).toBeTruthy();
  expect(await list.text()).toContain(`nonce="${nonce}"`);
  const again = await request.get('/learn');
  expect(again.headers()['content-security-policy']).not.toContain(`'nonce-${nonce}'`); // fresh per request
});

test('static files get the fixed headers too', async ({ page, request }) => {
  await page.goto('/');
  const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  expect(stylesheet).toMatch(/^\/_next\/static\//);
  expectFixedHeaders(await request.get(stylesheet!));
});

test('over HTTPS (as a TLS proxy reports it) responses add HSTS and upgrade insecure requests', async ({ request }) => {
  const response = await request.get('/', { headers: { 'X-Forwarded-Proto': 'https' } });
  expect(response.headers()['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
  expect(response.headers()['content-security-policy']).toContain('upgrade-insecure-requests');
});

/** Records CSP violations the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.push(message.text());
  });
  await page.exposeFunction('__reportCspViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return seen;
}

test('every page runs its scripts under the policy with no violation: theme script, hydration', async ({ page, request }) => {
  test.setTimeout(600_000);
  const pages = oneOfEachRoute(await sitePages(request));
  const violations = await watchViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of [...pages, NOT_FOUND]) {
    await page.goto(path);
    // The inline theme script ran before paint...
    expect(await page.evaluate(() => document.documentElement.dataset.theme), path).toBe('dark');
    // ...and React hydrated (the toggle's label is only set once it is mounted).
    await expect(page.getByRole('button', { name: 'Switch to light theme' }), path).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test('the sandbox validates and runs under the policy, its worker and a Lambda handler included', async ({ page }) => {
  test.setTimeout(180_000);
  const violations = await watchViolations(page);
  await page.goto('/sandbox');
  await expect(page.getByText('No problems found')).toBeVisible({ timeout: 60_000 });
  // An example whose Task calls a Lambda handler written in the example (run in the engine worker).
  await page.getByLabel('Example').selectOption('retry-catch');
  await expect(page.getByText('No problems found')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: /^Run/ }).click();
  await expect(page.getByTestId('run-status')).toContainText('SUCCEEDED', { timeout: 60_000 });
  // The handler ran: the Task succeeded after the two simulated throttles, and the Catch never fired.
  await expect(page.locator('[data-node-id="CallApi"]')).toHaveAttribute('aria-label', /succeeded after retries/);
  await expect(page.locator('[data-node-id="Fallback"]')).not.toHaveAttribute('data-outcome', 'succeeded');
  expect(violations).toEqual([]);
});

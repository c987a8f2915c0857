import { getLessons } from '../lib/content';
import { expect, test } from './fixtures';
import { expectFixedHeaders, watchViolations } from './security-policy';

// Issue 14: security headers on every page, and a Content-Security-Policy that lets the app (theme
// script, hydration, the sandbox's worker and runs with a Lambda handler) work with no violation.
// Every page's headers, policy, theme script and hydration under the policy are checked by the one crawl
// of the site in site.spec.ts (each page visited once); this file covers the rest.

test('the API answers with the security headers', async ({ request }) => {
  const api = await request.get('/api/progress/what-is-a-state-machine');
  expectFixedHeaders(api.headers(), api.url());
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
  const response = await request.get(stylesheet!);
  expectFixedHeaders(response.headers(), stylesheet!);
});

test('over HTTPS (as a TLS proxy reports it) responses add HSTS and upgrade insecure requests', async ({ request }) => {
  const response = await request.get('/', { headers: { 'X-Forwarded-Proto': 'https' } });
  expect(response.headers()['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
  expect(response.headers()['content-security-policy']).toContain('upgrade-insecure-requests');
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

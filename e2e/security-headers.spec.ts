import type { APIResponse, Page } from '@playwright/test';
import { getLessons } from '../lib/content';
import { expect, test } from './fixtures';

// Issue 14: security headers on every page, and a Content-Security-Policy that lets the app (theme
// script, hydration, the sandbox's worker and runs) work with no violation.

const PAGES = ['/', '/learn', '/sandbox', ...getLessons().map((l) => `/learn/${l.slug}`)];
const NOT_FOUND = '/no-such-page';

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
  for (const path of [...PAGES, NOT_FOUND]) {
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
  const home = await request.get('/');
  expect(home.headers()['x-nextjs-prerender']).toBeTruthy();
  expect(home.headers()['content-security-policy']).not.toContain("'nonce-");

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

test('every page runs its scripts under the policy with no violation: theme script, hydration', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of [...PAGES, NOT_FOUND]) {
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

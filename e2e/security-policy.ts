// The security headers every response carries and the Content-Security-Policy every page carries (issue 14),
// as checks on a response's headers: the site crawl (site.spec.ts) runs them on each page it visits, and
// security-headers.spec.ts on the API, static files and the HTTPS variant.
import type { BrowserContext, ConsoleMessage, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Header names lower-cased, as Playwright gives them (APIResponse.headers(), Response.allHeaders()). */
export type Headers = Record<string, string>;

export function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

export function expectFixedHeaders(h: Headers, where: string) {
  expect(h['x-content-type-options'], where).toBe('nosniff');
  expect(h['referrer-policy'], where).toBe('strict-origin-when-cross-origin');
  expect(h['x-frame-options'], where).toBe('DENY');
  expect(h['cross-origin-opener-policy'], where).toBe('same-origin');
  expect(h['permissions-policy'], where).toContain('camera=()');
}

export function expectPagePolicy(h: Headers, where: string) {
  const policy = h['content-security-policy'];
  expect(policy, `CSP on ${where}`).toBeTruthy();
  const d = directives(policy!);
  expect(d.get('default-src'), where).toEqual(["'self'"]);
  const script = d.get('script-src')!;
  expect(script, where).toContain("'self'");
  expect(script, where).toContain("'wasm-unsafe-eval'");
  // Inline scripts only by hash or nonce; never eval, never any inline script.
  expect(script, where).not.toContain("'unsafe-inline'");
  expect(script, where).not.toContain("'unsafe-eval'");
  expect(script.some((s) => s.startsWith("'sha256-") || s.startsWith("'nonce-")), where).toBe(true);
  // Inline styles are allowed (CodeMirror writes its theme into a <style> element: see lib/security/csp.ts).
  expect(d.get('style-src'), where).toEqual(["'self'", "'unsafe-inline'"]);
  expect(d.get('img-src'), where).toEqual(["'self'"]);
  expect(d.get('font-src'), where).toEqual(["'self'"]);
  expect(d.get('connect-src'), where).toEqual(["'self'"]);
  expect(d.get('worker-src'), where).toEqual(["'self'"]);
  expect(d.get('object-src'), where).toEqual(["'none'"]);
  expect(d.get('base-uri'), where).toEqual(["'none'"]);
  expect(d.get('frame-ancestors'), where).toEqual(["'none'"]);
  expect(d.get('form-action'), where).toEqual(["'self'"]);
  return d;
}

/** Served over plain HTTP here: no HSTS, no upgrade-insecure-requests (it would break http://localhost). */
export function expectPlainHttp(h: Headers, where: string) {
  expect(h['strict-transport-security'], where).toBeUndefined();
  expect(h['content-security-policy'], where).not.toContain('upgrade-insecure-requests');
}

/**
 * Records CSP violations that pages report, from before their first script runs: on one page, or on every
 * page of a context.
 */
export async function watchViolations(target: Page | BrowserContext): Promise<string[]> {
  const seen: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.push(`${message.page()?.url() ?? ''}: ${message.text()}`);
  };
  target.on('console', onConsole);
  await target.exposeBinding('__reportCspViolation', ({ page }, text: string) => seen.push(`${page.url()}: ${text}`));
  await target.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return seen;
}

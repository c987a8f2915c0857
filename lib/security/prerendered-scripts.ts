import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inlineScripts } from './csp';

/**
 * CSP hashes of the inline scripts in the pages `next build` prerendered, read from the build output.
 *
 * Why: a prerendered page is one HTML file served to everyone, so it cannot carry a per-request nonce.
 * Its inline scripts (the theme script, Turbopack's bootstrap and the React Server Components payload)
 * are fixed at build time, so the policy names each by hash instead and the page stays static (issue 14).
 * Read once per server process: a new build needs a new `next start` anyway.
 */
export type PrerenderedScripts = {
  /** Hashes for a prerendered path, or null when the path is rendered per request (use a nonce). */
  forPath(pathname: string): readonly string[] | null;
  /** Hashes of the pages Next.js may answer with for any path (404 and the global error page). */
  fallback: readonly string[];
};

export function cspHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

const FALLBACK_ROUTES = ['/_not-found', '/_global-error'];

export function loadPrerenderedScripts(distDir: string): PrerenderedScripts {
  const manifestFile = path.join(distDir, 'prerender-manifest.json');
  const routes = existsSync(manifestFile)
    ? Object.keys((JSON.parse(readFileSync(manifestFile, 'utf8')) as { routes?: Record<string, unknown> }).routes ?? {})
    : []; // `next dev` prerenders nothing: every page gets a nonce
  const hashes = new Map<string, string[]>();
  for (const route of routes) {
    const file = path.join(distDir, 'server', 'app', `${route === '/' ? '/index' : route}.html`);
    if (!existsSync(file)) continue; // a route handler or data-only entry
    hashes.set(route, [...new Set(inlineScripts(readFileSync(file, 'utf8')).map(cspHash))]);
  }
  const fallback = [...new Set(FALLBACK_ROUTES.flatMap((r) => hashes.get(r) ?? []))];
  return {
    forPath: (pathname) => hashes.get(pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname) ?? null,
    fallback,
  };
}

let cached: PrerenderedScripts | undefined;

/** The running server's build (`<cwd>/.next`), loaded on first use. */
export function prerenderedScripts(): PrerenderedScripts {
  cached ??= loadPrerenderedScripts(path.join(process.cwd(), '.next'));
  return cached;
}

// One crawl of the whole site in the browser, each page visited once, with every per-page check done on that
// visit (site.spec.ts). It replaced two crawls that visited the same pages again: the phone-width crawl
// (site.spec) and the per-route policy crawl in the browser plus a per-page header crawl by HTTP
// (security-headers.spec).
import type { BrowserContext, Page, Request } from '@playwright/test';
import type { Headers } from './security-policy';

/** What one visit found. */
export interface Visit {
  path: string;
  status: number;
  /** Every header of the page's response (Response.allHeaders(): the security-related ones included). */
  headers: Headers;
  /** document.documentElement.dataset.theme as soon as the page loaded. */
  theme: string | undefined;
  /** Whether React hydrated: the theme toggle's label is only set once it is mounted. */
  hydrated: boolean;
  scroll: number;
  client: number;
  /** The site's own pages this one links to (paths, trailing slash dropped). */
  links: string[];
}

/** Same-origin links that are pages, not files or API routes. */
export function isPageLink(path: string): boolean {
  return !/^\/(_next|api)\//.test(path) && !/\.[a-z0-9]+$/i.test(path);
}

/**
 * Next prefetches every <Link> that scrolls into view (~15 requests a page, each a server render): the crawl
 * only loads pages, so it answers none of them. Client navigations would also fetch `?_rsc=`, but the crawl
 * only navigates with page.goto.
 */
export async function skipPrefetches(context: BrowserContext) {
  await context.route(
    (url) => url.searchParams.has('_rsc'),
    (route) => (route.request().headers()['next-router-prefetch'] ? route.abort() : route.fallback()),
  );
}

/** Requests that can change the layout once the page has hydrated: code split off with lazy() or dynamic(), styles, fonts, images. */
const LAYOUT_RESOURCES = new Set(['script', 'stylesheet', 'font', 'image']);

/**
 * Loads a page and waits until it is laid out: hydrated (the theme toggle's label) and no script, style,
 * font or image still loading. Unlike `networkidle` this does not wait 500 ms of quiet per page.
 */
export async function visit(page: Page, path: string, hydratedLabel: string): Promise<Visit> {
  const pending = new Set<Request>();
  const onRequest = (r: Request) => {
    if (LAYOUT_RESOURCES.has(r.resourceType())) pending.add(r);
  };
  const onDone = (r: Request) => pending.delete(r);
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  try {
    // Not 'load': the wait below covers what lays out, and React may hydrate before the last image arrives.
    const response = await page.goto(path, { waitUntil: 'domcontentloaded' });
    const status = response?.status() ?? 0;
    const headers = (await response?.allHeaders()) ?? {};
    const theme = await page.evaluate(() => document.documentElement.dataset.theme);
    const hydrated = await page
      .getByRole('button', { name: hydratedLabel })
      .waitFor({ timeout: 20_000 })
      .then(() => true, () => false);
    // Quiet: nothing that lays out is loading, two checks a frame apart (a lazy chunk that just arrived may
    // request another).
    for (let quiet = 0; quiet < 2; ) {
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      quiet = pending.size === 0 ? quiet + 1 : 0;
      if (pending.size > 0) await Promise.race([...pending].map((r) => r.response().catch(() => null)));
    }
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    const links = await page
      .locator('a[href^="/"]')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/\/+$/, '') || '/'));
    return { path, status, headers, theme, hydrated, scroll, client, links };
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onDone);
    page.off('requestfailed', onDone);
  }
}

/**
 * Every page reachable from `start` by the site's own links, each visited once by a few tabs at a time.
 * Returns the visits in the order they finished.
 */
export async function crawl(tabs: Page[], start: string[], limit: number, hydratedLabel: string): Promise<Visit[]> {
  const seen = new Set<string>(start);
  const queue = [...start];
  const visits: Visit[] = [];
  let busy = 0;
  const worker = async (page: Page) => {
    for (;;) {
      const path = queue.shift();
      if (path === undefined) {
        // Another tab may still add links: wait for it before giving up.
        if (busy === 0) return;
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      busy++;
      try {
        const v = await visit(page, path, hydratedLabel);
        visits.push(v);
        for (const l of v.links) {
          if (!isPageLink(l) || seen.has(l) || seen.size >= limit) continue;
          seen.add(l);
          queue.push(l);
        }
      } finally {
        busy--;
      }
    }
  };
  await Promise.all(tabs.map(worker));
  return visits;
}

/** The pages reachable from `from` by following the links the visits found. */
export function reachable(visits: Visit[], from: string): Set<string> {
  const links = new Map(visits.map((v) => [v.path, v.links]));
  const found = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    for (const l of links.get(queue.shift()!) ?? []) {
      if (!found.has(l) && links.has(l)) {
        found.add(l);
        queue.push(l);
      }
    }
  }
  return found;
}

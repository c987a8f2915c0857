import { randomInt } from 'node:crypto';
import { test, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';

/**
 * A new browser context (another device, with no cookies) and its page, at an address of its own: guest
 * creation and sign-up are rate-limited per address (fixtures.ts gives each test's own context one the same
 * way), and contexts made here would otherwise all be 127.0.0.1. The project's browser options are passed
 * explicitly, since a context made in beforeAll does not get them from the test's fixtures.
 */
export async function device(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = test.info().project.use;
  const address = `10.${randomInt(256)}.${randomInt(256)}.${1 + randomInt(254)}`;
  const context = await browser.newContext({
    baseURL,
    viewport,
    userAgent,
    deviceScaleFactor,
    isMobile,
    hasTouch,
    ...options,
    extraHTTPHeaders: { ...options.extraHTTPHeaders, 'X-Forwarded-For': address },
  });
  return context.newPage();
}

/** Closes the contexts of the pages given (those made by `device`), skipping any never made. */
export async function closeDevices(...pages: (Page | undefined)[]) {
  const contexts = new Set<BrowserContext>(pages.filter((p): p is Page => !!p).map((p) => p.context()));
  await Promise.all([...contexts].map((c) => c.close()));
}

/**
 * One device for all the tests of a spec file, in the order they run: made (and handed to `ready`, which
 * may sign it in) before the first, closed after the last. Cheaper than a context per test, which
 * downloads and compiles the app's scripts again. A test that fails ends its worker; the tests after it
 * get a new device.
 */
export function deviceForTheFile(ready: (page: Page) => void | Promise<void>, options: BrowserContextOptions = {}) {
  let page: Page | undefined;
  test.beforeAll(async ({ browser }) => {
    page = await device(browser, options);
    await ready(page);
  });
  test.afterAll(() => closeDevices(page));
}

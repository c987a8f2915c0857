import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './e2e',
  // Two workers, one per core: spec files run side by side against the one server (tests within a file
  // stay in order). A test gets a fresh context (a new guest) at its own address (fixtures.ts), unless its
  // spec shares one device for the file (e2e/support/devices.ts); no test assumes the database is empty.
  // E2E_WORKERS=1 to debug one spec at a time.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Generous: the machine is shared by several jobs, and axe scans take seconds under load.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    baseURL,
    // A failed test keeps a screenshot of its page. Traces are recorded only when asked (E2E_TRACE=1 while
    // debugging a failure): 'retain-on-failure' records one for every test, passing or not, and its
    // screencast and DOM snapshots cost CPU on every action of every test.
    trace: process.env.E2E_TRACE === '1' ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    // No service worker is registered by the app; blocking them spares Chromium the lookup per navigation.
    serviceWorkers: 'block',
    launchOptions: {
      // Debian's Chromium: `npx playwright install` cannot download browsers here (web-stack.md).
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Playwright already passes --disable-background-networking, --disable-extensions,
      // --disable-renderer-backgrounding, --disable-background-timer-throttling, --disable-component-update,
      // --disable-default-apps, --disable-sync, --mute-audio and --no-first-run to every Chromium it launches.
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // Its own database folder (data/e2e-pglite, emptied and migrated on start), then `next start`.
    command: 'node scripts/e2e-server.mjs',
    url: baseURL,
    // A fresh server per run unless asked (E2E_REUSE=1 while iterating on tests): a stale server would
    // serve an old build.
    reuseExistingServer: process.env.E2E_REUSE === '1',
    timeout: 120_000,
    env: { DATABASE_URL: 'file:./data/e2e-pglite', NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1', E2E_PORT: String(port) },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

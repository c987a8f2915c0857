import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getLessons } from '../lib/content';
import { expect, test } from './fixtures';

// Issue 14: two servers on one embedded database destroyed it. The server Playwright started holds the
// folder (playwright.config.ts: DATABASE_URL=file:./data/e2e-pglite); a second one must refuse to start.
const DATA_DIR = path.resolve('data/e2e-pglite');
const lesson = getLessons()[0]!;

test('a second server on the same data folder refuses to start, and the first keeps serving its data', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`/learn/${lesson.slug}`);
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.getByRole('status')).toContainText('You completed this lesson on');
  const holder = (JSON.parse(readFileSync(`${DATA_DIR}.lock`, 'utf8')) as { pid: number }).pid;

  // The second server: same build, same folder, a port of its own.
  const second = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', '0', '-H', '127.0.0.1'], {
    env: { ...process.env, DATABASE_URL: `file:${DATA_DIR}`, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  second.stdout.on('data', (d) => (output += d));
  second.stderr.on('data', (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => second.kill('SIGKILL'), 120_000);
    second.on('exit', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  expect(code, output).toBe(1);
  expect(output).toContain(`Not starting: PGlite ${DATA_DIR} is in use.`);
  expect(output).toContain(`is already open in another process: pid ${holder}`);
  expect(output).toContain(`stop that process (kill ${holder})`);
  expect(output).toContain('DATABASE_URL=postgres://');

  // The first server still reads and writes, with everything it had.
  expect((JSON.parse(readFileSync(`${DATA_DIR}.lock`, 'utf8')) as { pid: number }).pid).toBe(holder);
  await page.reload();
  await expect(page.getByRole('status')).toContainText('You completed this lesson on');
  await page.getByRole('button', { name: 'Mark as not complete' }).click();
  await expect(page.getByRole('button', { name: 'Mark as complete' })).toBeVisible();
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.getByRole('status')).toContainText('You completed this lesson on');
  await page.goto('/learn');
  await expect(page.getByText(/\b1 of \d+ completed/)).toBeVisible();
});

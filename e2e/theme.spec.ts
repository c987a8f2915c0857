import { expect, test } from './fixtures';

const theme = (page: import('@playwright/test').Page) => page.evaluate(() => document.documentElement.dataset.theme);

test('the theme follows the system until the learner picks one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(await theme(page)).toBe('dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => theme(page)).toBe('light');
});

test('the theme toggle switches, is remembered across pages and reloads, and applies before paint', async ({
  page,
  expectAccessible,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  expect(await theme(page)).toBe('light');
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const lightBackground = await background();

  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  expect(await theme(page)).toBe('dark');
  expect(await background()).not.toBe(lightBackground);
  await expectAccessible(); // contrast holds in dark mode too

  // No flash of the light theme: the stored choice is applied by the inline script in <head>, before
  // any bundle runs. Prove it by loading a page with every JavaScript bundle blocked.
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.goto('/learn');
  expect(await theme(page)).toBe('dark');
  expect(await background()).not.toBe(lightBackground);
  await page.unroute('**/_next/static/**/*.js');
  await page.reload();
  expect(await theme(page)).toBe('dark');
  await expectAccessible();

  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  expect(await theme(page)).toBe('light');
  await page.reload();
  expect(await theme(page)).toBe('light');
});

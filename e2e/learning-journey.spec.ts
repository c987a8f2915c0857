import { expect, test } from './fixtures';

const LESSON = '/learn/what-is-a-state-machine';

test('home page introduces the course and leads to the first lesson', async ({ page, expectAccessible }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('state machines');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' })).toBeVisible();
  await expectAccessible();

  await page.getByRole('link', { name: /start learning/i }).click();
  await expect(page).toHaveURL(LESSON);
  await expect(page.getByRole('heading', { level: 1, name: 'What a state machine is' })).toBeVisible();
});

test('the lesson list shows lessons in order with their summaries', async ({ page, expectAccessible }) => {
  await page.goto('/learn');
  await expect(page.getByRole('heading', { level: 1, name: 'The course' })).toBeVisible();
  const items = page.getByRole('main').getByRole('listitem');
  await expect(items.first()).toContainText('What a state machine is');
  await expectAccessible();
});

test('the course map in the header lists every lesson', async ({ page, expectAccessible }) => {
  await page.goto('/');
  await page.getByText('Course map').click();
  const map = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /what a state machine is/i });
  await expect(map).toBeVisible();
  await expectAccessible();
  await map.click();
  await expect(page).toHaveURL(LESSON);
  await expect(map).toBeHidden(); // the map closes after navigating
});

test('a lesson renders its MDX body without the frontmatter, with its diagram', async ({ page, expectAccessible }) => {
  await page.goto(LESSON);
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 2, name: 'The same machine, written down' })).toBeVisible();
  await expect(article.locator('pre code').first()).toContainText('"StartAt": "MakeGreeting"');
  await expect(article.getByRole('img', { name: /shop order as a state machine/i })).toBeVisible();
  // remark-frontmatter strips the YAML block: none of it may leak into the page as text.
  await expect(page.getByText('objectives:')).toHaveCount(0);
  await expect(page.getByText('order: 1')).toHaveCount(0);
  await expectAccessible();
});

test('marking a lesson complete is saved and survives a reload', async ({ page, expectAccessible }) => {
  await page.goto(LESSON);
  const panel = page.getByRole('region', { name: 'Your progress' });
  const markButton = panel.getByRole('button', { name: 'Mark as complete' });
  await expect(markButton).toBeVisible();
  await expectAccessible();

  await markButton.click();
  await expect(panel.getByRole('status')).toContainText('You completed this lesson on');
  await expect(panel.getByRole('button', { name: 'Mark as not complete' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('region', { name: 'Your progress' }).getByRole('status')).toContainText('You completed this lesson on');
  await expectAccessible();

  // The lesson list (rendered per request from the database) agrees.
  await page.goto('/learn');
  await expect(page.getByText(/\b1 of \d+ lessons completed/)).toBeVisible();
  await expect(page.getByRole('main').getByText('Completed', { exact: true })).toBeVisible();

  // And it can be undone.
  await page.goto(LESSON);
  await page.getByRole('button', { name: 'Mark as not complete' }).click();
  await expect(page.getByRole('button', { name: 'Mark as complete' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Mark as complete' })).toBeVisible();
});

test('another visitor (a new cookie jar) does not see someone else’s progress', async ({ page, browser }) => {
  await page.goto(LESSON);
  const panel = page.getByRole('region', { name: 'Your progress' });
  await expect(panel.getByRole('status')).toContainText('Finished reading?');
  await panel.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(panel.getByRole('status')).toContainText('You completed');

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(LESSON);
  await expect(otherPage.getByRole('button', { name: 'Mark as complete' })).toBeVisible();
  await other.close();
});

test('an unknown lesson is a proper 404 page', async ({ page, expectAccessible }) => {
  const response = await page.goto('/learn/no-such-lesson');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('not part of the course');
  await expect(page.getByRole('link', { name: 'See all lessons' })).toBeVisible();
  await expectAccessible();

  const other = await page.goto('/definitely/not/here');
  expect(other?.status()).toBe(404);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/learn');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

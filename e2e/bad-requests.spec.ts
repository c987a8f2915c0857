import { getLessons } from '../lib/content';
import { expect, test } from './fixtures';
import { actionId, actionResult, PROGRESS_ACTION, progressActionBody } from './server-actions';

// Issue 14, "Bad requests": each answered with a proper status and a short clear message, never a 500.
const lesson = getLessons()[0]!.slug;

test('a server action called with something other than form data answers a clear error, not a 500', async ({ request }) => {
  for (const body of ['["$undefined",{"slug":"x","get":1}]', '[{"status":"idle"},"slug=x&intent=complete"]', '[]']) {
    const response = await request.post(`/learn/${lesson}`, {
      headers: { 'Next-Action': actionId(PROGRESS_ACTION), 'Content-Type': 'text/plain;charset=UTF-8' },
      data: body,
    });
    expect(response.status(), body).toBe(200);
    const text = await response.text();
    expect(actionResult(text), body).toMatchObject({ status: 'error', message: 'This request was not a form submission.' });
    expect(text).not.toContain('is not a function');
  }
});

test('a server action body that is not an argument list answers 400, not a 500', async ({ request }) => {
  for (const body of ['"just text"', '{"slug":"x"}', 'not json at all']) {
    const response = await request.post(`/learn/${lesson}`, {
      headers: { 'Next-Action': actionId(PROGRESS_ACTION), 'Content-Type': 'text/plain;charset=UTF-8' },
      data: body,
    });
    expect(response.status(), body).toBe(400);
    expect(await response.text()).toBe('Bad request: a server action takes a list of arguments, sent as React sends them.\n');
  }
});

test('a request body over 1 MB answers 413 with a short message', async ({ request }) => {
  const response = await request.post(`/learn/${lesson}`, {
    headers: { 'Next-Action': actionId(PROGRESS_ACTION) },
    multipart: progressActionBody({ slug: lesson, intent: 'complete', padding: 'x'.repeat(1_100_000) }),
  });
  expect(response.status()).toBe(413);
  const text = await response.text();
  expect(text).toMatch(/^Request too large: the body is [\d,]+ bytes, and the limit is 1 MB\.\n$/);
  expect(response.headers()['x-content-type-options']).toBe('nosniff');

  // Just under the limit is processed normally (and an unknown extra field changes nothing).
  const fine = await request.post(`/learn/${lesson}`, {
    headers: { 'Next-Action': actionId(PROGRESS_ACTION) },
    multipart: progressActionBody({ slug: lesson, intent: 'reset', padding: 'x'.repeat(900_000) }),
  });
  expect(fine.status()).toBe(200);
  expect(actionResult(await fine.text())).toMatchObject({ status: 'saved' });
});

test('a malformed percent-encoding in the address answers 400 with a short message', async ({ request }) => {
  for (const path of ['/learn/%E0%A4%A', '/%', '/learn/%ZZ', '/api/progress/%C3%28']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    const text = await response.text();
    expect(text.length, path).toBeLessThan(200);
    expect(text).toContain('Bad request: the address contains a "%"');
  }
});

test('a 5,000-character slug gets a short 404 that does not repeat it', async ({ request }) => {
  const slug = 'x'.repeat(5_000);
  const page = await request.get(`/learn/${slug}`);
  expect(page.status()).toBe(404);
  const html = await page.text();
  expect(html).toContain('This page is not part of the course');
  expect(html).not.toContain('x'.repeat(100));
  expect(html.length).toBeLessThan(40_000);

  const api = await request.get(`/api/progress/${slug}`);
  expect(api.status()).toBe(404);
  expect(await api.json()).toEqual({ error: 'No lesson has this address.' });
});

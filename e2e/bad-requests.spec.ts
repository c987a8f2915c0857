import { readFileSync } from 'node:fs';
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

test('the scenario submissions API reads up to 2 MB (a 1 MB definition in JSON) and answers 413 past it', async ({ request }) => {
  // Past 1 MB but within 2 MB: the route itself reads it and names the field that is too big.
  const big = await request.post('/api/scenarios/five-step-pipeline/submissions', { data: { definition: 'x'.repeat(1_500_000) } });
  expect(big.status()).toBe(400);
  expect(await big.json()).toMatchObject({ status: 'invalid', fieldErrors: { definition: ['the definition is larger than 1 MB, the most AWS accepts'] } });

  const huge = await request.post('/api/scenarios/five-step-pipeline/submissions', { data: { definition: 'x'.repeat(2_200_000) } });
  expect(huge.status()).toBe(413);
  expect(await huge.text()).toMatch(/^Request too large: the body is [\d,]+ bytes, and the limit is 2 MB\.\n$/);
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

test('the scenario workbench answers a definition just under 1 MB with a verdict, and a body past 1 MB with 413', async ({ request }) => {
  // The workbench's Submit is a server action (form data): its body limit is the 1 MB of every action.
  const solution = JSON.parse(readFileSync('content/scenarios/five-step-pipeline/solution.asl.json', 'utf8')) as Record<string, unknown>;
  const submit = (definition: string) => {
    const body = new FormData();
    body.append('_1_scenarioId', 'five-step-pipeline');
    body.append('_1_definition', definition);
    body.append('0', JSON.stringify([{ status: 'idle' }, '$K1']));
    return request.post('/practice/scenarios/five-step-pipeline', { headers: { 'Next-Action': actionId('submitScenarioAction') }, multipart: body });
  };
  // A real solution with a long Comment: 1,040,000 bytes, so the whole form stays under 1 MiB.
  const padded = JSON.stringify({ ...solution, Comment: '' });
  const nearLimit = JSON.stringify({ ...solution, Comment: 'x'.repeat(1_040_000 - padded.length) });
  expect(Buffer.byteLength(nearLimit)).toBe(1_040_000);
  const graded = await submit(nearLimit);
  expect(graded.status()).toBe(200);
  const text = await graded.text();
  expect(text).toContain('"status":"graded"');
  expect(text).toContain('"passed":true');

  const tooBig = await submit(JSON.stringify({ ...solution, Comment: 'x'.repeat(1_100_000) }));
  expect(tooBig.status()).toBe(413);
  expect(await tooBig.text()).toMatch(/^Request too large: the body is [\d,]+ bytes, and the limit is 1 MB\.\n$/);
});

// Setup steps done over HTTP instead of in the browser, for journeys whose subject is something else: the
// same server actions the forms call, with the cookies of the context whose `request` is passed (a page's
// `page.request` or a context's `context.request`), so the page signed in this way is signed in. Each step
// keeps one real UI journey elsewhere: signing up and in (accounts.spec.ts), the instructor signing in,
// creating a class and joining it (classes.spec.ts).
import { expect, type APIRequestContext } from '@playwright/test';
import { actionId } from '../server-actions';

export interface ActionReply {
  status: number;
  /** The React Server Components response: the action's state, or the page redirected to. */
  body: string;
  /** Where the action redirected to (its `x-action-redirect` header), if it did. */
  redirect: string | null;
}

/**
 * Calls a form action as React does from `useActionState`: the form's fields prefixed `_1_` (form data
 * reference $K1), then the argument list (previous state, form) as JSON in field "0", posted with the
 * action's id to a page that imports it.
 */
export async function callFormAction(request: APIRequestContext, page: string, action: string, fields: Record<string, string>): Promise<ActionReply> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(`_1_${key}`, value);
  form.append('0', JSON.stringify([{ status: 'idle' }, '$K1']));
  const response = await request.post(page, { headers: { 'Next-Action': actionId(action) }, multipart: form });
  const redirect = response.headers()['x-action-redirect']?.split(';')[0] ?? null;
  return { status: response.status(), body: await response.text(), redirect };
}

/** An action that must redirect to `to`; otherwise fails with the state it answered. */
async function expectRedirect(reply: ActionReply, to: RegExp | string, what: string) {
  expect(reply.status, what).toBe(200);
  expect(reply.redirect, `${what}: ${reply.body.slice(0, 400)}`).toMatch(typeof to === 'string' ? new RegExp(`^${to}$`) : to);
}

// Where sign-in and sign-up send the browser; the server renders it into the action's answer, so a small page.
const AFTER_SIGN_IN = '/account';

export async function signInByHttp(request: APIRequestContext, account: { email: string; password: string }) {
  const reply = await callFormAction(request, '/sign-in', 'signIn', { email: account.email, password: account.password, next: AFTER_SIGN_IN });
  await expectRedirect(reply, AFTER_SIGN_IN, `signing in as ${account.email}`);
}

export async function signUpByHttp(request: APIRequestContext, account: { name: string; email: string; password: string }) {
  const reply = await callFormAction(request, '/sign-up', 'signUp', { ...account, next: AFTER_SIGN_IN });
  await expectRedirect(reply, AFTER_SIGN_IN, `signing up as ${account.email}`);
}

// The join code as the dashboard shows it, in its HTML or in the Server Components payload.
const JOIN_CODE = /tracking-widest text-text(?:">|","children":")([A-Z0-9-]{4,})/;

/** Creates a class as its signed-in instructor; the dashboard it redirects to gives its id and join code. */
export async function createClassByHttp(request: APIRequestContext, name: string): Promise<{ id: string; code: string }> {
  const reply = await callFormAction(request, '/teach', 'createClassAction', { name });
  await expectRedirect(reply, /^\/teach\/[^/]+$/, `creating class ${name}`);
  const path = reply.redirect!;
  // Next streams the dashboard with the answer; if it could not, the page itself has the code.
  const code = JOIN_CODE.exec(reply.body)?.[1] ?? JOIN_CODE.exec(await (await request.get(path)).text())?.[1];
  expect(code, `the join code of ${name}`).toMatch(/^[A-Z0-9-]{4,}$/);
  return { id: path.split('/').at(-1)!, code: code! };
}

/** Joins a class as the signed-in learner; answers the action's message ("You joined …"). */
export async function joinClassByHttp(request: APIRequestContext, code: string): Promise<string> {
  const reply = await callFormAction(request, '/classes', 'joinClassAction', { code });
  expect(reply.status, `joining ${code}`).toBe(200);
  return reply.body;
}

'use server';

import { APIError } from 'better-auth/api';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { AUTH_LIMIT_KEYS, AUTH_LIMITS, tooManyAttemptsMessage } from '@/lib/auth/limits';
import { signInSchema, signUpSchema, type AuthFormState } from '@/lib/auth/forms';
import { auth, sessions } from '@/lib/auth/server';
import { db } from '@/lib/db/client';
import { consumeRateLimit } from '@/lib/db/rate-limit';
import { parseForm } from '@/lib/forms/parse-form';
import { GUEST_COOKIE } from '@/lib/learner/cookie';
import { clientAddress } from '@/lib/learner/guest-limits';
import { accountLearnerId } from '@/lib/learner/session';

const text = (form: unknown, key: string) => (form instanceof FormData && typeof form.get(key) === 'string' ? String(form.get(key)).slice(0, 254) : undefined);

/** Creates an account; the guest learner this browser studied as becomes the account's (lib/auth/server.ts). */
export async function signUp(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  const values = { name: text(form, 'name'), email: text(form, 'email') };
  const parsed = parseForm(signUpSchema, form);
  if (!parsed.ok) return { status: 'error', message: parsed.message || 'Check the highlighted fields.', fieldErrors: parsed.fieldErrors, values };
  const { name, email, password, next } = parsed.data;
  const requestHeaders = await headers();
  const limit = await consumeRateLimit(db, AUTH_LIMIT_KEYS.signUpPerAddress(clientAddress(requestHeaders)), AUTH_LIMITS.signUpPerAddress);
  if (!limit.allowed) return { status: 'error', message: tooManyAttemptsMessage(limit.retryAfterMs), values };
  try {
    await auth.api.signUpEmail({ body: { name, email, password }, headers: requestHeaders });
  } catch (error) {
    if (error instanceof APIError && /ALREADY_EXISTS/.test(String(error.body?.code))) {
      return { status: 'error', fieldErrors: { email: ['An account with this email already exists. Sign in instead.'] }, values };
    }
    if (error instanceof APIError && error.statusCode < 500) return { status: 'error', message: error.body?.message ?? 'The account could not be created.', values };
    console.error('signUp failed', error);
    return { status: 'error', message: 'The account could not be created just now. Please try again.', values };
  }
  // The guest's learner now belongs to the account and its token was released: the cookie opens nothing.
  (await cookies()).delete(GUEST_COOKIE);
  redirect(next);
}

/** Signs in; progress made as a guest on this browser is merged into the account (idempotently). */
export async function signIn(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  const values = { email: text(form, 'email') };
  const parsed = parseForm(signInSchema, form);
  if (!parsed.ok) return { status: 'error', message: parsed.message || 'Check the highlighted fields.', fieldErrors: parsed.fieldErrors, values };
  const { email, password, next } = parsed.data;
  const requestHeaders = await headers();
  for (const [key, rule] of [
    [AUTH_LIMIT_KEYS.signInPerEmail(email), AUTH_LIMITS.signInPerEmail],
    [AUTH_LIMIT_KEYS.signInPerAddress(clientAddress(requestHeaders)), AUTH_LIMITS.signInPerAddress],
  ] as const) {
    const limit = await consumeRateLimit(db, key, rule);
    if (!limit.allowed) return { status: 'error', message: tooManyAttemptsMessage(limit.retryAfterMs), values };
  }
  let userId: string;
  try {
    const result = await auth.api.signInEmail({ body: { email, password }, headers: requestHeaders });
    userId = result.user.id;
  } catch (error) {
    if (error instanceof APIError && error.statusCode < 500) return { status: 'error', message: 'Incorrect email or password.', values };
    console.error('signIn failed', error);
    return { status: 'error', message: 'Signing in failed just now. Please try again.', values };
  }
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, learnerId: true } });
  if (user) await accountLearnerId(user);
  redirect(next);
}

export async function signOut(): Promise<void> {
  const requestHeaders = await headers();
  // This process stops answering from its memo of these cookies at once (lib/auth/session-memo.ts).
  await sessions.forget(requestHeaders);
  try {
    await auth.api.signOut({ headers: requestHeaders });
  } catch (error) {
    // Signing out without a session is not an error worth showing: the outcome is the same.
    if (!(error instanceof APIError)) throw error;
  }
  redirect('/');
}

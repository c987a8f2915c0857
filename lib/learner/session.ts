import 'server-only';
import { cookies, headers } from 'next/headers';
import { getCurrentUser } from '../auth/current';
import { attachNewLearner, findUnclaimedGuest, mergeGuestIntoLearner } from '../db/accounts';
import { db } from '../db/client';
import { ensureGuestLearner, findLearnerIdByGuestTokenHash } from '../db/progress';
import { consumeRateLimit } from '../db/rate-limit';
import { GUEST_COOKIE, guestCookieOptions } from './cookie';
import { clientAddress, GUEST_CREATION_LIMITS, GuestLimitError, RATE_LIMIT_KEYS } from './guest-limits';
import { appSecret } from '../auth/app-secret';
import { hashGuestToken, isGuestToken, isIssuedGuestToken, issueGuestToken } from './token';

export { GuestLimitError };

async function guestTokenFromCookie(): Promise<string | null> {
  const value = (await cookies()).get(GUEST_COOKIE)?.value;
  return value && isGuestToken(value) ? value : null;
}

/**
 * The current learner's id: the signed-in account's learner, else the guest's, or null for a visitor
 * with nothing saved. Never creates anything.
 */
export async function readLearnerId(): Promise<string | null> {
  const user = await getCurrentUser();
  if (user) return user.learnerId;
  const token = await guestTokenFromCookie();
  return token ? findLearnerIdByGuestTokenHash(db, hashGuestToken(token)) : null;
}

/**
 * For a signed-in account: its learner, after folding in any guest progress this browser still carries
 * (a guest cookie left from before signing in, when the merge at sign-in did not happen). Idempotent.
 */
export async function accountLearnerId(user: { id: string; learnerId: string | null }): Promise<string> {
  const learnerId = user.learnerId ?? (await attachNewLearner(db, user.id));
  await absorbGuestCookie(learnerId);
  return learnerId;
}

/** Moves the progress behind this browser's guest cookie into the account's learner and drops the cookie. */
export async function absorbGuestCookie(intoLearnerId: string): Promise<void> {
  const token = await guestTokenFromCookie();
  const jar = await cookies();
  if (!jar.get(GUEST_COOKIE)) return;
  if (token) {
    const guestId = await findUnclaimedGuest(db, hashGuestToken(token));
    if (guestId) await mergeGuestIntoLearner(db, guestId, intoLearnerId);
  }
  jar.delete(GUEST_COOKIE);
}

/**
 * The current learner, created as a guest (and remembered in a cookie) when there is something to keep:
 * call it only once a write is certain to happen. Only callable where cookies may be set (server actions
 * and route handlers). Throws GuestLimitError when guests are being created too fast.
 *
 * A visitor's pages already carry a signed token (proxy.ts issues it with the first page), so the guest
 * is created by that token's hash, once, however many first writes arrive together. A request without
 * one (a script, a cookie the client made up) gets a fresh token here.
 */
export async function ensureLearnerId(): Promise<string> {
  const user = await getCurrentUser();
  if (user) return accountLearnerId(user);
  const token = await guestTokenFromCookie();
  const existing = token ? await findLearnerIdByGuestTokenHash(db, hashGuestToken(token)) : null;
  if (existing) return existing;
  const address = clientAddress(await headers());
  for (const [key, rule] of [
    [RATE_LIMIT_KEYS.guestPerAddress(address), GUEST_CREATION_LIMITS.perAddress],
    [RATE_LIMIT_KEYS.guestGlobal, GUEST_CREATION_LIMITS.global],
  ] as const) {
    const verdict = await consumeRateLimit(db, key, rule);
    if (!verdict.allowed) throw new GuestLimitError(verdict.retryAfterMs);
  }
  // Only a token this app signed is adopted: one the client made up (or an unsigned one whose row is
  // gone) is replaced, so no one can choose the token a victim's progress will be saved under.
  if (token && isIssuedGuestToken(token, appSecret())) return (await ensureGuestLearner(db, hashGuestToken(token))).id;
  const fresh = issueGuestToken(appSecret());
  const { id } = await ensureGuestLearner(db, hashGuestToken(fresh));
  (await cookies()).set(GUEST_COOKIE, fresh, guestCookieOptions());
  return id;
}

import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits: the guest cookie is a bearer secret, so it is as unguessable as a session id. */
export const GUEST_TOKEN_BYTES = 32;

const RANDOM_PART = /^[A-Za-z0-9_-]{43}$/; // 32 bytes in unpadded base64url
const SIGNED = /^([A-Za-z0-9_-]{43})\.([A-Za-z0-9_-]{43})$/; // random part, then its HMAC-SHA256

/** An unsigned token (the form issued before the guest race fix; still found by lookup, never adopted). */
export function newGuestToken(): string {
  return randomBytes(GUEST_TOKEN_BYTES).toString('base64url');
}

/**
 * A fresh token for the cookie, signed: `<256 random bits>.<HMAC-SHA256 of them>`. The proxy gives one to a
 * visitor before any write, so concurrent first writes from one page carry the same token and meet on
 * one learner row (created by the token's hash, ON CONFLICT DO NOTHING). The signature is what lets the
 * server adopt a token that has no row yet without adopting one the client made up (session fixation).
 */
export function issueGuestToken(secret: string): string {
  const random = newGuestToken();
  return `${random}.${mac(random, secret)}`;
}

/** True when this token was issued by this app (its signature matches); only such a token may create a learner. */
export function isIssuedGuestToken(value: string, secret: string): boolean {
  const m = SIGNED.exec(value);
  if (!m) return false;
  const expected = Buffer.from(mac(m[1]!, secret));
  const given = Buffer.from(m[2]!);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** True for a value shaped like a token we issue (signed, or the older unsigned form); anything else is ignored unread. */
export function isGuestToken(value: string): boolean {
  return RANDOM_PART.test(value) || SIGNED.test(value);
}

/**
 * What the database stores instead of the token (lib/db Learner.guestTokenHash). A plain SHA-256 is
 * enough: the token already carries 256 bits of randomness, so there is nothing to brute-force.
 */
export function hashGuestToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function mac(random: string, secret: string): string {
  // A key of its own, derived from the app secret, so this HMAC can never be confused with Better Auth's.
  const key = createHmac('sha256', secret).update('stepwise guest token v1').digest();
  return createHmac('sha256', key).update(random).digest('base64url');
}

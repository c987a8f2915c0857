import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits: the guest cookie is a bearer secret, so it is as unguessable as a session id. */
export const GUEST_TOKEN_BYTES = 32;

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/; // 32 bytes in unpadded base64url

/** A fresh guest token for the cookie. */
export function newGuestToken(): string {
  return randomBytes(GUEST_TOKEN_BYTES).toString('base64url');
}

/** True for a value shaped like a token we issue; anything else in the cookie is ignored unread. */
export function isGuestToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/**
 * What the database stores instead of the token (lib/db Learner.guestTokenHash). A plain SHA-256 is
 * enough: the token already carries 256 bits of randomness, so there is nothing to brute-force.
 */
export function hashGuestToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

import { createHash } from 'node:crypto';
import type { RateLimitRule } from '../db/rate-limit';

/**
 * Rate limits on signing in and up (issue 16), counted in the database so every server process sharing
 * it enforces one budget. Per address, generous enough for a classroom behind one NAT; per email, tight
 * enough that guessing one account's password stalls after a handful of tries.
 */
export const AUTH_LIMITS = {
  signInPerEmail: { limit: 10, windowMs: 15 * 60 * 1000 },
  signInPerAddress: { limit: 100, windowMs: 15 * 60 * 1000 },
  signUpPerAddress: { limit: 60, windowMs: 60 * 60 * 1000 },
} as const satisfies Record<string, RateLimitRule>;

const digest = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32);

/** Keys hash the address and the email, so the RateLimit table stores neither. */
export const AUTH_LIMIT_KEYS = {
  signInPerEmail: (email: string) => `auth-signin:email:${digest(email.trim().toLowerCase())}`,
  signInPerAddress: (address: string) => `auth-signin:addr:${digest(address)}`,
  signUpPerAddress: (address: string) => `auth-signup:addr:${digest(address)}`,
} as const;

export function tooManyAttemptsMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many attempts. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`;
}

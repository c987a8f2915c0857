import { createHash } from 'node:crypto';
import type { RateLimitRule } from '../db/rate-limit';

/**
 * How fast new guests may be created (issue 14: 1,645 learners in 20 s from one script). Generous enough
 * for a classroom behind one address (30 learners starting at once), tight enough that a flood stops
 * within a minute. The global cap bounds the damage when addresses are forged (see clientAddress).
 */
export const GUEST_CREATION_LIMITS = {
  perAddress: { limit: 60, windowMs: 10 * 60 * 1000 },
  global: { limit: 1_000, windowMs: 10 * 60 * 1000 },
} as const satisfies Record<string, RateLimitRule>;

export const RATE_LIMIT_KEYS = {
  guestPerAddress: (address: string) => `guest-create:addr:${createHash('sha256').update(address).digest('hex').slice(0, 32)}`,
  guestGlobal: 'guest-create:global',
} as const;

/**
 * The client's address as the server was told it. `next start` puts the socket address in
 * X-Forwarded-For unless the request already carries one; behind a reverse proxy that sets the header
 * (nginx `proxy_add_x_forwarded_for`, a load balancer), the last entry is the one the proxy saw. A client
 * that talks to `next start` directly can forge it, which is why the global cap exists.
 */
export function clientAddress(headers: { get(name: string): string | null }): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).at(-1);
  return last || headers.get('x-real-ip') || 'unknown';
}

import { randomBytes } from 'node:crypto';

/**
 * A new primary key for a row written with raw SQL, where Prisma's `@default(cuid())` (computed by the
 * client, not the database) does not run. Shaped like the cuids Prisma makes, so every pattern that checks
 * an id in a URL (`/^c[a-z0-9]{20,31}$/`, the review card id) accepts both: "c", the time in base 36
 * (8 characters until 2059, so ids sort roughly by creation like cuids), then 80 random bits in base 36.
 */
export function newRowId(now: number = Date.now()): string {
  const time = now.toString(36).padStart(8, '0');
  const random = BigInt(`0x${randomBytes(10).toString('hex')}`).toString(36).padStart(16, '0');
  return `c${time}${random}`;
}

import { PrismaClient } from '../generated/prisma/client';
import { createAdapterFactory } from './adapter';
import type { DbTarget } from './config';

export type Db = PrismaClient;

/**
 * Builds a Prisma client for a target. Nothing connects until the first query, so importing the app's
 * client during `next build` does not open the PGlite folder (only one process may; pitfall 5).
 * `$disconnect()` disposes the adapter, which gives back the PGlite lease or ends the pg pool.
 */
export function createPrismaClient(target: DbTarget): Db {
  return new PrismaClient({ adapter: createAdapterFactory(target, 'app') });
}

import 'server-only';
import { env } from '../env';
import { resolveDbTarget } from './config';
import { createPrismaClient, type Db } from './create-client';

/**
 * The app's one Prisma client. Cached on globalThis because `next dev` re-evaluates modules on every
 * change: a new client per reload would open the same PGlite folder again, and two open instances of one
 * folder corrupt it (prisma-offline.md, pitfall 4). `server-only` keeps it out of client bundles.
 */
const cache = globalThis as { __stepwiseDb?: Db };

export const db: Db = (cache.__stepwiseDb ??= createPrismaClient(resolveDbTarget(env.DATABASE_URL)));

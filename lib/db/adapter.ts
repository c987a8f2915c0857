import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DbTarget } from './config';
import { pgliteAdapterFactory } from './pglite-adapter';
import { postgresAdapterFactory, type PgPurpose } from './pg-adapter';

/** The one place that decides which driver adapter serves a target. */
export function createAdapterFactory(target: DbTarget, purpose: PgPurpose = 'app'): SqlMigrationAwareDriverAdapterFactory {
  return target.kind === 'postgres' ? postgresAdapterFactory(target.url, purpose) : pgliteAdapterFactory(target.dataDir);
}

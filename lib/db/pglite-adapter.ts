import { PGlite } from '@electric-sql/pglite';
import { DriverAdapterError, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { withFixes } from './adapter-fixes';
import { acquirePGlite } from './pglite-registry';

/**
 * pglite-prisma-adapter 0.6.1 calls `exec(script)` without awaiting it (prisma-offline.md, pitfall 4):
 * a migration could be reported as applied before it ran, and its errors went unseen. This runs the
 * script and waits, converting PostgreSQL errors the way the adapter does for queries.
 */
export function scriptRunner(db: PGlite) {
  return async (script: string) => {
    try {
      await db.exec(script);
    } catch (error) {
      throw toDriverError(error);
    }
  };
}

function toDriverError(error: unknown): unknown {
  const e = error as { code?: string; severity?: string; message?: string; detail?: string; hint?: string; column?: string };
  if (error instanceof Error && typeof e.code === 'string' && typeof e.severity === 'string') {
    return new DriverAdapterError({
      kind: 'postgres',
      code: e.code,
      severity: e.severity,
      message: e.message ?? String(error),
      detail: e.detail,
      column: e.column,
      hint: e.hint,
    });
  }
  return error;
}

/**
 * Driver adapter factory for an embedded PGlite folder. Each connection leases the folder's single
 * shared PGlite instance and gives it back on dispose; the shadow database (used by `migrate dev` and
 * `migrate diff`) is a fresh in-memory PGlite that is closed on dispose.
 */
/**
 * pglite-prisma-adapter 0.6.1 is typed against its own nested copy of @prisma/driver-adapter-utils
 * (a minor version apart); the shapes used at runtime are the same, only the ArgType union differs.
 */
async function connectStock(db: PGlite): Promise<SqlDriverAdapter> {
  return (await new PrismaPGlite(db).connect()) as unknown as SqlDriverAdapter;
}

export function pgliteAdapterFactory(dataDir: string): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: 'postgres',
    adapterName: 'pglite-prisma-adapter',
    async connect() {
      const lease = await acquirePGlite(dataDir);
      try {
        const inner = await connectStock(lease.db);
        return withFixes(inner, { runScript: scriptRunner(lease.db), afterDispose: lease.release });
      } catch (error) {
        await lease.release();
        throw error;
      }
    },
    async connectToShadowDb() {
      const shadow = new PGlite(); // in memory, private to this connection
      await shadow.waitReady;
      const inner = await connectStock(shadow);
      return withFixes(inner, {
        runScript: scriptRunner(shadow),
        routeParameterlessToScript: true,
        afterDispose: () => shadow.close(),
      });
    },
  };
}

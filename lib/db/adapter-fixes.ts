import type { SqlDriverAdapter, SqlQuery } from '@prisma/driver-adapter-utils';
import { measure, profiling } from '../perf/profile';

export type AdapterFixes = {
  /** Runs a whole SQL script (several statements, no parameters) and waits for it to finish. */
  runScript?: (script: string) => Promise<void>;
  /**
   * Route parameterless `executeRaw` calls to the script runner. Only for shadow databases: `migrate dev`
   * and `migrate diff --from-migrations` replay each whole migration file there as ONE prepared
   * statement, which pg and PGlite reject with "cannot insert multiple commands into a prepared
   * statement" (prisma-offline.md, pitfall 2).
   */
  routeParameterlessToScript?: boolean;
  /** Called once after the wrapped adapter is disposed (give back the PGlite lease, drop a database...). */
  afterDispose?: () => Promise<void>;
};

/**
 * Wraps a driver adapter with the fixes the stock adapters lack; every other call goes straight through.
 * A plain object (not a subclass) because the stock adapter classes are not exported.
 */
export function withFixes(inner: SqlDriverAdapter, fixes: AdapterFixes): SqlDriverAdapter {
  const runScript = fixes.runScript ?? ((script: string) => inner.executeScript(script));
  let disposed = false;
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    // `measure` records the time in the driver (opt-in, lib/perf/profile.ts; a plain call otherwise).
    queryRaw: (query: SqlQuery) => measure('adapter', () => inner.queryRaw(query)),
    executeRaw: async (query: SqlQuery) => {
      if (fixes.routeParameterlessToScript && query.args.length === 0) {
        await runScript(query.sql);
        return 0;
      }
      return measure('adapter', () => inner.executeRaw(query));
    },
    executeScript: (script: string) => runScript(script),
    startTransaction: async (isolationLevel) => {
      const tx = await inner.startTransaction(isolationLevel);
      return profiling ? measuredTransaction(tx) : tx;
    },
    getConnectionInfo: inner.getConnectionInfo ? () => inner.getConnectionInfo!() : undefined,
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      try {
        await inner.dispose();
      } finally {
        await fixes.afterDispose?.();
      }
    },
  } as SqlDriverAdapter;
}

type Transaction = Awaited<ReturnType<SqlDriverAdapter['startTransaction']>>;

/** A transaction whose queries count as driver time too (profiling only; see lib/perf/profile.ts). */
function measuredTransaction(tx: Transaction): Transaction {
  return new Proxy(tx, {
    get(target, prop) {
      if (prop === 'queryRaw' || prop === 'executeRaw') {
        return (query: SqlQuery) => measure('adapter', () => (target[prop] as (q: SqlQuery) => Promise<unknown>).call(target, query));
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

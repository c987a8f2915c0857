import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { withFixes } from './adapter-fixes';
import { parsePostgresUrl } from './config';
import { NameAsTextClient } from './pg-name-type';

export type PgPurpose = 'app' | 'migrate';

/** pg.Pool settings for a postgres:// URL. Exported for tests. */
export function poolConfig(url: string, purpose: PgPurpose, database?: string): pg.PoolConfig {
  const fields = parsePostgresUrl(url);
  return {
    // Separate fields, not `connectionString`: with a connection string adapter-pg ignores the database
    // it is told to use for the shadow and runs the shadow work on the main database (pitfall 3).
    host: fields.host,
    port: fields.port,
    user: fields.user,
    password: fields.password,
    database: database ?? fields.database,
    ssl: fields.ssl,
    // Migrations take a session-level advisory lock and release it later: with more than one connection
    // the unlock can land on another session and the lock leaks (pitfall 3). The app may use a few.
    max: purpose === 'migrate' ? 1 : 5,
    // The schema engine does not always dispose its adapter: an idle pooled connection would keep a CLI
    // command alive for pg's 10 s idle timeout after its work is done.
    allowExitOnIdle: purpose === 'migrate',
    Client: NameAsTextClient,
  } as pg.PoolConfig;
}

export const SHADOW_PREFIX = 'prisma_shadow_';

/**
 * Driver adapter factory for a PostgreSQL server. The shadow database is created and dropped here
 * instead of by adapter-pg, which drops it while its own pool still holds a connection to it, so the
 * DROP fails and shadow databases pile up (pitfall 3).
 */
export function postgresAdapterFactory(url: string, purpose: PgPurpose = 'app'): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    async connect() {
      return new PrismaPg(poolConfig(url, purpose)).connect();
    },
    async connectToShadowDb() {
      const name = `${SHADOW_PREFIX}${randomUUID().replace(/-/g, '')}`;
      await adminScript(url, `CREATE DATABASE "${name}"`);
      try {
        const inner = await new PrismaPg(poolConfig(url, 'migrate', name)).connect();
        return withFixes(inner, {
          routeParameterlessToScript: true,
          // inner.dispose() has ended the shadow pool by now, so nothing is connected to it any more.
          afterDispose: () => adminScript(url, `DROP DATABASE IF EXISTS "${name}"`),
        });
      } catch (error) {
        await adminScript(url, `DROP DATABASE IF EXISTS "${name}"`);
        throw error;
      }
    },
  };
}

/** Runs one statement on its own short-lived connection to the main database. */
async function adminScript(url: string, sql: string): Promise<void> {
  const { max: _max, Client: _client, ...config } = poolConfig(url, 'migrate') as pg.PoolConfig & { Client?: unknown };
  const client = new pg.Client(config);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// Helpers for the data-layer tests (lib/db/*.test.ts). Not imported by the app.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Role } from '../auth/roles';
import { parsePostgresUrl, resolveDbTarget, type DbTarget } from './config';
import { createPrismaClient, type Db } from './create-client';
import { poolConfig } from './pg-adapter';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The database kind this run tests: PostgreSQL when DATABASE_URL is postgres://, else PGlite. */
export const baseTarget: DbTarget = resolveDbTarget(process.env.DATABASE_URL);
export const onPostgres = baseTarget.kind === 'postgres';

export type TestDatabase = { url: string; target: DbTarget; cleanup: () => Promise<void> };

/**
 * A brand-new empty database of the kind under test: a temporary PGlite folder, or a fresh database on
 * the PostgreSQL server named by DATABASE_URL (dropped again by `cleanup`).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (baseTarget.kind === 'pglite') {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'stepwise-db-')), 'nested', 'pglite');
    return {
      url: `file:${dir}`,
      target: resolveDbTarget(`file:${dir}`),
      cleanup: async () => rmSync(path.dirname(path.dirname(dir)), { recursive: true, force: true }),
    };
  }
  const name = `stepwise_test_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const u = new URL(baseTarget.url);
  u.pathname = `/${name}`;
  const url = u.toString();
  return {
    url,
    target: resolveDbTarget(url),
    cleanup: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** The database test-template.ts migrated once for the whole run (a PGlite folder or a PostgreSQL database). */
export type MigratedTemplate = { url: string };

/**
 * A new database with every migration applied, copied from the run's template (test-template.ts): a copy
 * of the template's PGlite folder, or `CREATE DATABASE ... TEMPLATE` on PostgreSQL. Each file still gets
 * a database of its own.
 */
export async function createMigratedTestDatabase(): Promise<TestDatabase> {
  const templateUrl = inject('migratedTemplate').url;
  const template = resolveDbTarget(templateUrl);
  if (template.kind === 'pglite') {
    const database = await createTestDatabase();
    if (database.target.kind !== 'pglite') throw new Error('the template is PGlite but the run is not');
    cpSync(template.dataDir, database.target.dataDir, { recursive: true });
    return database;
  }
  const name = `stepwise_test_${Math.random().toString(36).slice(2, 10)}`;
  const templateName = parsePostgresUrl(templateUrl).database;
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`);
  const u = new URL(templateUrl); // same server, another database
  u.pathname = `/${name}`;
  const url = u.toString();
  return {
    url,
    target: resolveDbTarget(url),
    cleanup: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** Runs one query on the server named by DATABASE_URL (PostgreSQL runs only). */
export async function adminQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, values?: unknown[]) {
  if (baseTarget.kind !== 'postgres') throw new Error('adminQuery needs DATABASE_URL=postgres://...');
  const { max: _m, Client: _c, ...config } = poolConfig(baseTarget.url, 'migrate') as pg.PoolConfig & { Client?: unknown };
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await client.query<T>(sql, values);
  } finally {
    await client.end();
  }
}

export type CliResult = { code: number | null; stdout: string; stderr: string; ms: number };

/** Runs the Prisma CLI (as `npm run db:setup` does) against a database URL. */
export function runPrisma(args: string[], databaseUrl: string): Promise<CliResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/prisma/build/index.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

let accounts = 0;

/** A signed-up account with a learner row of its own (ids and emails unique across files sharing a database). */
export async function createAccount(db: Db, role: Role = 'learner'): Promise<{ id: string; role: Role; learnerId: string; email: string; name: string }> {
  const learner = await db.learner.create({ data: {} });
  const i = ++accounts;
  const suffix = Math.random().toString(36).slice(2);
  const user = await db.user.create({ data: { id: `u${i}-${suffix}`, name: `Person ${i}`, email: `p${i}-${suffix}@example.com`, role, learnerId: learner.id } });
  return { id: user.id, role, learnerId: learner.id, email: user.email, name: user.name };
}

/** A form as a browser posts it; `files` go in as file:<name> fields (the scenario editor's). */
export function form(fields: Record<string, string>, files: Record<string, string> = {}): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  for (const [k, v] of Object.entries(files)) f.set(`file:${k}`, v);
  return f;
}

/**
 * The calling file's own migrated database (createMigratedTestDatabase), opened before its tests and
 * dropped after them. The client is returned at once, for the file's top level, and forwards to the real
 * one once beforeAll has opened it.
 */
export function migratedTestDb(): Db {
  let database: TestDatabase | undefined;
  let client: Db | undefined;
  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    client = createPrismaClient(database.target);
  }, 120_000);
  afterAll(async () => {
    await client?.$disconnect();
    await database?.cleanup();
  });
  return new Proxy({} as Db, {
    get(_target, key) {
      if (!client) throw new Error('the test database opens in beforeAll: use it inside a test');
      const value: unknown = Reflect.get(client, key);
      return typeof value === 'function' ? value.bind(client) : value;
    },
  });
}

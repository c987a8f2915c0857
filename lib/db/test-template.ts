// Vitest global setup of the data-layer tests (vitest.db.config.ts): migrates ONE database of the kind
// under test, once per run, which each test file then copies (createMigratedTestDatabase in
// test-support.ts) instead of running `prisma migrate deploy` itself. A deploy costs 10-15 s on PGlite
// (the Prisma CLI plus every migration through the WASM schema engine) and ran once per file: about half
// of the step's time. A copy is a folder copy on PGlite (the folder's lock lives beside it, not in it:
// folder-lock.mjs) and `CREATE DATABASE ... TEMPLATE` on PostgreSQL.
// lib/db/migrations.test.ts still deploys onto an empty database, so the migrations themselves stay tested.
import type { TestProject } from 'vitest/node';
import { createTestDatabase, runPrisma, type MigratedTemplate } from './test-support';

declare module 'vitest' {
  export interface ProvidedContext {
    migratedTemplate: MigratedTemplate;
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase();
  const run = await runPrisma(['migrate', 'deploy'], database.url);
  if (run.code !== 0) {
    await database.cleanup();
    throw new Error(`migrate deploy of the template database failed:\n${run.stdout}\n${run.stderr}`);
  }
  project.provide('migratedTemplate', { url: database.url });
  return () => database.cleanup();
}

#!/usr/bin/env node
// Creates or migrates the database, then generates the Prisma client. What `npm start` and `npm test`
// run first; safe to run again (migrate deploy applies only what is missing).
//
// The database is the one DATABASE_URL names (unset or empty: the embedded PGlite folder ./data/pglite,
// created here on first run). Only one process may open a PGlite folder (prisma-offline.md, pitfall 5):
// while a server has it open this refuses, naming that server, before anything runs. The Prisma CLI it
// starts takes the folder's lock itself (prisma.config.ts -> lib/db/pglite-registry.ts), so a server
// started in between is refused in turn.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertFolderFree, LOCK_ERROR_CODE } from '../lib/db/folder-lock.mjs';
import { describeDbTarget, resolveDbTarget } from '../lib/db/target.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const prismaCli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');

export function prismaEnv(extra = {}) {
  return {
    ...process.env,
    CHECKPOINT_DISABLE: '1', // no update check against Prisma's servers (pitfall 10)
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    NEXT_TELEMETRY_DISABLED: '1',
    ...extra,
  };
}

function prisma(args, env) {
  const r = spawnSync(process.execPath, [prismaCli, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) {
    const output = r.stdout + r.stderr;
    // Another process took the folder between our check and the CLI's own lock: say so plainly.
    const refusal = output.match(/The database folder [\s\S]*?serves many processes at once\./);
    if (refusal) throw Object.assign(new Error(refusal[0]), { code: LOCK_ERROR_CODE });
    process.stderr.write(output);
    throw new Error(`prisma ${args.join(' ')} failed (exit ${r.status})`);
  }
  return r.stdout;
}

export function describeTarget(url) {
  return describeDbTarget(resolveDbTarget(url, root));
}

/** Generates the client (always: npm 11 may skip postinstall scripts, pitfall 8), then migrates. */
export function dbSetup({ databaseUrl = process.env.DATABASE_URL, quiet = false } = {}) {
  const target = resolveDbTarget(databaseUrl, root);
  // Refuse before generating or migrating anything while another process has the folder open.
  if (target.kind === 'pglite') assertFolderFree(target.dataDir);
  const env = prismaEnv(databaseUrl === undefined ? {} : { DATABASE_URL: databaseUrl });
  const log = quiet ? () => {} : (m) => console.log(m);
  let t = Date.now();
  prisma(['generate'], env);
  log(`  prisma client generated (${Date.now() - t} ms)`);
  t = Date.now();
  const out = prisma(['migrate', 'deploy'], env);
  const applied = /No pending migrations/i.test(out) ? 'already up to date' : 'migrations applied';
  log(`  database ${describeTarget(databaseUrl)}: ${applied} (${Date.now() - t} ms)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log('Database setup');
    dbSetup();
  } catch (error) {
    console.error(String(error?.message ?? error));
    process.exit(1);
  }
}

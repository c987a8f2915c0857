#!/usr/bin/env node
// Starts a throwaway PostgreSQL server (Debian's `postgresql` package) in a temporary folder on
// 127.0.0.1 and a free port, runs a command with DATABASE_URL pointing at it, then stops and removes it.
//
//   node scripts/pg-server.mjs -- npx vitest run ...     exit code = the command's
//   node scripts/pg-server.mjs --check                   exit 0 if a server can be started here
//
// initdb and pg_ctl refuse to run as root, so as root they run as the `postgres` user (prisma-offline.md).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const INSTALL_HINT = 'apt-get install -y postgresql';

/** The newest /usr/lib/postgresql/<version>/bin holding initdb and pg_ctl, or null. */
export function findPgBin() {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv && existsSync(path.join(fromEnv, 'initdb'))) return fromEnv;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(path.join(base, v, 'bin', 'initdb')) && existsSync(path.join(base, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0], 'bin') : null;
}

function postgresIds() {
  const r = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const g = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (r.status !== 0 || g.status !== 0) return null;
  return { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL binary, as `postgres` when we are root. Throws with its output on failure. */
function runPg(bin, tool, args, asPostgres) {
  const exe = path.join(bin, tool);
  const [cmd, argv] = asPostgres ? ['runuser', ['-u', 'postgres', '--', exe, ...args]] : [exe, args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', cwd: '/' });
  if (r.status !== 0) throw new Error(`${tool} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Starts a server; returns its URL and a stop function. Throws with a reason when it cannot. */
export async function startPostgres() {
  const bin = findPgBin();
  if (!bin) throw new Error(`PostgreSQL is not installed (no /usr/lib/postgresql/<v>/bin/initdb). Install it: ${INSTALL_HINT}`);
  const isRoot = process.getuid?.() === 0;
  const ids = isRoot ? postgresIds() : null;
  if (isRoot && !ids) throw new Error(`running as root but there is no "postgres" user to run initdb as. Install: ${INSTALL_HINT}`);

  const dir = mkdtempSync(path.join(os.tmpdir(), 'stepwise-pg-'));
  const dataDir = path.join(dir, 'data');
  if (ids) {
    chownSync(dir, ids.uid, ids.gid);
    chmodSync(dir, 0o700);
  }
  const stop = () => {
    try {
      runPg(bin, 'pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop'], !!ids);
    } catch {
      // already stopped or never started
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    runPg(bin, 'initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--no-instructions'], !!ids);
    const port = await freePort();
    const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    runPg(bin, 'pg_ctl', ['-D', dataDir, '-o', opts, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start'], !!ids);
    runPg(bin, 'createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'stepwise'], !!ids);
    return { url: `postgres://postgres@127.0.0.1:${port}/stepwise`, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

async function main(argv) {
  if (argv[0] === '--check') {
    const bin = findPgBin();
    console.log(bin ? `PostgreSQL binaries: ${bin}` : `PostgreSQL not found. Install it: ${INSTALL_HINT}`);
    process.exit(bin ? 0 : 1);
  }
  const sep = argv.indexOf('--');
  const command = sep >= 0 ? argv.slice(sep + 1) : argv;
  if (command.length === 0) {
    console.error('usage: node scripts/pg-server.mjs -- <command> [args...]');
    process.exit(2);
  }
  const server = await startPostgres();
  let stopped = false;
  const stopOnce = () => {
    if (!stopped) {
      stopped = true;
      server.stop();
    }
  };
  console.log(`PostgreSQL started: ${server.url}`);
  const child = spawn(command[0], command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: server.url },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      child.kill(signal);
    });
  }
  const code = await new Promise((resolve) => child.on('close', (c, s) => resolve(c ?? (s ? 1 : 0))));
  stopOnce();
  console.log('PostgreSQL stopped');
  process.exit(code);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(String(error?.message ?? error));
    process.exit(1);
  });
}

import path from 'node:path';

/** Where the data lives: an embedded PGlite folder or a PostgreSQL server. */
export type DbTarget =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; url: string };

export const DEFAULT_PGLITE_DIR = './data/pglite';

/**
 * Reads DATABASE_URL. Unset or empty means the embedded default; an empty string is treated like an
 * unset variable because PGlite given an empty folder path fails obscurely (prisma-offline.md, 11).
 * `file:./data/x`, `file:///abs/x` and a bare folder path select a PGlite folder; `postgres://` or
 * `postgresql://` select a server. Relative folders resolve against `cwd`.
 */
export function resolveDbTarget(databaseUrl: string | undefined, cwd: string = process.cwd()): DbTarget {
  const raw = databaseUrl?.trim() ?? '';
  if (raw === '') return { kind: 'pglite', dataDir: path.resolve(cwd, DEFAULT_PGLITE_DIR) };
  if (/^postgres(ql)?:\/\//i.test(raw)) return { kind: 'postgres', url: raw };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) && !raw.startsWith('file://')) {
    throw new Error(
      `DATABASE_URL: unsupported scheme in "${redact(raw)}"; use postgres://..., file:./folder or a folder path`,
    );
  }
  let folder = raw;
  if (raw.startsWith('file://')) folder = decodeURIComponent(new URL(raw).pathname);
  else if (raw.startsWith('file:')) folder = raw.slice('file:'.length);
  if (folder.trim() === '') return { kind: 'pglite', dataDir: path.resolve(cwd, DEFAULT_PGLITE_DIR) };
  return { kind: 'pglite', dataDir: path.resolve(cwd, folder) };
}

/** Hides the password of a connection string before it goes into a message. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:***@');
}

/** Splits a postgres:// URL into the separate fields @prisma/adapter-pg needs (see pg-adapter.ts). */
export function parsePostgresUrl(url: string) {
  const u = new URL(url);
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres';
  const sslmode = u.searchParams.get('sslmode');
  return {
    host: decodeURIComponent(u.hostname) || 'localhost',
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database,
    ssl: sslmode && sslmode !== 'disable' ? { rejectUnauthorized: sslmode === 'verify-full' } : undefined,
  };
}

// Which database DATABASE_URL names. Plain JavaScript (typed by target.d.mts) so the bare-Node setup
// scripts (scripts/db-setup.mjs, scripts/e2e-server.mjs) decide exactly as the app does (lib/db/config.ts).
import path from 'node:path';

export const DEFAULT_PGLITE_DIR = './data/pglite';

/**
 * Reads DATABASE_URL. Unset or empty means the embedded default; an empty string is treated like an
 * unset variable because PGlite given an empty folder path fails obscurely (prisma-offline.md, 11).
 * `file:./data/x`, `file:///abs/x` and a bare folder path select a PGlite folder; `postgres://` or
 * `postgresql://` select a server. Relative folders resolve against `cwd`.
 */
export function resolveDbTarget(databaseUrl, cwd = process.cwd()) {
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
export function redact(url) {
  return url.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:***@');
}

/** A one-line description for logs: "PGlite /abs/folder" or "PostgreSQL postgres://user:***@host/db". */
export function describeDbTarget(target) {
  return target.kind === 'pglite' ? `PGlite ${target.dataDir}` : `PostgreSQL ${redact(target.url)}`;
}

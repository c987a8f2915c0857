// The target rule lives in target.mjs so the bare-Node setup scripts share it; re-exported here for the app.
export { DEFAULT_PGLITE_DIR, describeDbTarget, redact, resolveDbTarget, type DbTarget } from './target.mjs';

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

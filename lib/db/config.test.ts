import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PGLITE_DIR, parsePostgresUrl, redact, resolveDbTarget } from './config';

const cwd = '/srv/app';

describe('resolveDbTarget', () => {
  it('uses the embedded folder when DATABASE_URL is unset', () => {
    expect(resolveDbTarget(undefined, cwd)).toEqual({ kind: 'pglite', dataDir: path.resolve(cwd, DEFAULT_PGLITE_DIR) });
  });

  it('treats an empty or blank DATABASE_URL like an unset one (PGlite fails obscurely on "")', () => {
    const fallback = { kind: 'pglite', dataDir: '/srv/app/data/pglite' };
    expect(resolveDbTarget('', cwd)).toEqual(fallback);
    expect(resolveDbTarget('   ', cwd)).toEqual(fallback);
    expect(resolveDbTarget('file:', cwd)).toEqual(fallback);
  });

  it('reads file: URLs and bare folders as PGlite folders, relative to cwd', () => {
    expect(resolveDbTarget('file:./data/e2e-pglite', cwd)).toEqual({ kind: 'pglite', dataDir: '/srv/app/data/e2e-pglite' });
    expect(resolveDbTarget('file:///var/lib/sw', cwd)).toEqual({ kind: 'pglite', dataDir: '/var/lib/sw' });
    expect(resolveDbTarget('data/other', cwd)).toEqual({ kind: 'pglite', dataDir: '/srv/app/data/other' });
  });

  it('selects PostgreSQL for postgres:// and postgresql:// URLs', () => {
    expect(resolveDbTarget('postgres://u:p@db:5432/x', cwd)).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/x' });
    expect(resolveDbTarget('postgresql://db/x', cwd).kind).toBe('postgres');
  });

  it('rejects other schemes with a message that hides the password', () => {
    expect(() => resolveDbTarget('mysql://root:secret@db/x', cwd)).toThrow(/DATABASE_URL: unsupported scheme.*root:\*\*\*@/);
    expect(() => resolveDbTarget('mysql://root:secret@db/x', cwd)).not.toThrow(/secret/);
  });
});

describe('parsePostgresUrl', () => {
  it('splits a URL into separate connection fields', () => {
    expect(parsePostgresUrl('postgres://me:p%40ss@127.0.0.1:6543/course?sslmode=disable')).toEqual({
      host: '127.0.0.1',
      port: 6543,
      user: 'me',
      password: 'p@ss',
      database: 'course',
      ssl: undefined,
    });
  });

  it('fills defaults for port and database', () => {
    const f = parsePostgresUrl('postgresql://localhost');
    expect(f.port).toBe(5432);
    expect(f.database).toBe('postgres');
    expect(f.user).toBeUndefined();
  });

  it('turns sslmode=require into an ssl option', () => {
    expect(parsePostgresUrl('postgres://h/db?sslmode=require').ssl).toEqual({ rejectUnauthorized: false });
  });
});

describe('redact', () => {
  it('masks only the password', () => {
    expect(redact('postgres://me:hunter2@h/db')).toBe('postgres://me:***@h/db');
    expect(redact('postgres://h/db')).toBe('postgres://h/db');
  });
});

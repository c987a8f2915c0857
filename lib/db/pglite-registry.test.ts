import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquirePGlite, openReferences } from './pglite-registry';

const root = mkdtempSync(path.join(os.tmpdir(), 'stepwise-registry-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('acquirePGlite', () => {
  it('creates missing parent folders (PGlite does not) and opens the database', async () => {
    const dir = path.join(root, 'a', 'b', 'pglite');
    const lease = await acquirePGlite(dir);
    expect(existsSync(dir)).toBe(true);
    expect((await lease.db.query<{ one: number }>('SELECT 1 AS one')).rows[0]?.one).toBe(1);
    await lease.release();
  });

  it('shares one instance per folder, whatever the spelling of the path, and closes it on the last release', async () => {
    const dir = path.join(root, 'shared');
    const first = await acquirePGlite(dir);
    const second = await acquirePGlite(`${dir}/./`);
    expect(second.db).toBe(first.db);
    expect(openReferences(dir)).toBe(2);

    await first.release();
    expect(first.db.closed).toBe(false); // still used by `second`
    await first.release(); // a double release must not steal second's reference
    expect(openReferences(dir)).toBe(1);
    expect(first.db.closed).toBe(false);

    await second.release();
    expect(openReferences(dir)).toBe(0);
    expect(first.db.closed).toBe(true);
  });

  it('opens a fresh instance after the last release, and the data written before is still there', async () => {
    const dir = path.join(root, 'reopen');
    const a = await acquirePGlite(dir);
    await a.db.exec('CREATE TABLE note (body text); INSERT INTO note VALUES ($$kept$$);');
    await a.release();
    const b = await acquirePGlite(dir);
    expect(b.db).not.toBe(a.db);
    expect((await b.db.query<{ body: string }>('SELECT body FROM note')).rows).toEqual([{ body: 'kept' }]);
    await b.release();
  });

  it('concurrent acquisitions of a new folder still get a single instance', async () => {
    const dir = path.join(root, 'race');
    const leases = await Promise.all([acquirePGlite(dir), acquirePGlite(dir), acquirePGlite(dir)]);
    expect(new Set(leases.map((l) => l.db)).size).toBe(1);
    await Promise.all(leases.map((l) => l.release()));
    expect(leases[0]!.db.closed).toBe(true);
  });
});

describe('acquirePGlite across processes (issue 14)', () => {
  it('refuses a second process while the first has the folder open, and the first one’s data stays intact', async () => {
    const { spawnSync } = await import('node:child_process');
    const dir = path.join(root, 'two-processes');
    const first = await acquirePGlite(dir);
    await first.db.exec('CREATE TABLE note (body text); INSERT INTO note VALUES ($$first$$);');

    const registry = path.resolve(import.meta.dirname, 'pglite-registry.ts');
    const script = `
      import { acquirePGlite } from ${JSON.stringify(registry)};
      try {
        const lease = await acquirePGlite(${JSON.stringify(dir)});
        await lease.db.exec("INSERT INTO note VALUES ('second')");
        console.log('opened');
      } catch (error) {
        console.log(error.code + ': ' + error.message);
      }
    `;
    const scriptFile = path.join(root, 'second-opener.mts');
    writeFileSync(scriptFile, script);
    const tsx = path.resolve(import.meta.dirname, '../../node_modules/tsx/dist/cli.mjs');
    const run = spawnSync(process.execPath, [tsx, scriptFile], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stdout).toContain('STEPWISE_DB_LOCKED');
    expect(run.stdout).toContain(`pid ${process.pid}`);
    expect(run.stdout).not.toContain('opened');

    // The first process still reads and writes, and nothing of the second reached the folder.
    await first.db.exec("INSERT INTO note VALUES ('still writable')");
    expect((await first.db.query<{ body: string }>('SELECT body FROM note ORDER BY body')).rows.map((r) => r.body)).toEqual([
      'first',
      'still writable',
    ]);
    await first.release();
    const reopened = await acquirePGlite(dir);
    expect((await reopened.db.query<{ n: number }>('SELECT count(*)::int AS n FROM note')).rows[0]?.n).toBe(2);
    await reopened.release();
  }, 90_000);
});

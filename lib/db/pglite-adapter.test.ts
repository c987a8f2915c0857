import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pgliteAdapterFactory } from './pglite-adapter';
import { openReferences } from './pglite-registry';

const root = mkdtempSync(path.join(os.tmpdir(), 'stepwise-adapter-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const twoStatements = 'CREATE TABLE t (id int primary key);\nINSERT INTO t VALUES (1), (2);';

describe('pgliteAdapterFactory', () => {
  it('waits for executeScript to finish (the stock adapter does not await exec)', async () => {
    const adapter = await pgliteAdapterFactory(path.join(root, 'script')).connect();
    await adapter.executeScript(twoStatements);
    // Read immediately: with a fire-and-forget exec the table might not exist yet.
    const res = await adapter.queryRaw({ sql: 'SELECT count(*)::int AS n FROM t', args: [], argTypes: [] });
    expect(res.rows).toEqual([[2]]);
    await adapter.dispose();
  });

  it('reports a failing script as a rejected promise instead of an unhandled error', async () => {
    const adapter = await pgliteAdapterFactory(path.join(root, 'bad')).connect();
    await expect(adapter.executeScript('CREATE TABLE x (a int); SELECT * FROM missing_table;')).rejects.toMatchObject({
      name: 'DriverAdapterError',
    });
    await adapter.dispose();
  });

  it('gives its folder reference back on dispose, so the folder is closed when nothing else holds it', async () => {
    const dir = path.join(root, 'lease');
    const factory = pgliteAdapterFactory(dir);
    const a = await factory.connect();
    const b = await factory.connect();
    expect(openReferences(dir)).toBe(2);
    await a.dispose();
    await a.dispose();
    expect(openReferences(dir)).toBe(1);
    await b.dispose();
    expect(openReferences(dir)).toBe(0);
  });

  it('shadow database: a whole migration file sent as one parameterless executeRaw runs as a script', async () => {
    const shadow = await pgliteAdapterFactory(path.join(root, 'unused')).connectToShadowDb();
    // This is how migrate dev replays migrations; as a prepared statement PGlite rejects it with
    // "cannot insert multiple commands into a prepared statement".
    await shadow.executeRaw({ sql: twoStatements, args: [], argTypes: [] });
    const res = await shadow.queryRaw({ sql: 'SELECT count(*)::int FROM t', args: [], argTypes: [] });
    expect(res.rows).toEqual([[2]]);
    await shadow.dispose();
    expect(openReferences(path.join(root, 'unused'))).toBe(0); // the shadow never touches the folder
  });

  it('the main database keeps prepared-statement semantics for executeRaw', async () => {
    const adapter = await pgliteAdapterFactory(path.join(root, 'main')).connect();
    await expect(adapter.executeRaw({ sql: twoStatements, args: [], argTypes: [] })).rejects.toThrow(/multiple commands/);
    await adapter.dispose();
  });
});

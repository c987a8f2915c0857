import type { SqlDriverAdapter, SqlQuery } from '@prisma/driver-adapter-utils';
import { describe, expect, it, vi } from 'vitest';
import { withFixes } from './adapter-fixes';

function fakeAdapter() {
  const calls: string[] = [];
  const inner = {
    provider: 'postgres',
    adapterName: 'fake',
    queryRaw: vi.fn(async () => ({ columnNames: [], columnTypes: [], rows: [] })),
    executeRaw: vi.fn(async (q: SqlQuery) => {
      calls.push(`executeRaw:${q.sql}`);
      return 7;
    }),
    executeScript: vi.fn(async (s: string) => {
      calls.push(`executeScript:${s}`);
    }),
    startTransaction: vi.fn(),
    dispose: vi.fn(async () => {
      calls.push('dispose');
    }),
  } as unknown as SqlDriverAdapter;
  return { inner, calls };
}

const q = (sql: string, args: unknown[] = []): SqlQuery => ({ sql, args, argTypes: [] });

describe('withFixes', () => {
  it('routes parameterless executeRaw to the script runner when asked (shadow databases)', async () => {
    const { inner, calls } = fakeAdapter();
    const runScript = vi.fn(async () => {});
    const adapter = withFixes(inner, { runScript, routeParameterlessToScript: true });
    const script = 'CREATE TABLE a (x int);\nCREATE TABLE b (y int);';
    expect(await adapter.executeRaw(q(script))).toBe(0);
    expect(runScript).toHaveBeenCalledWith(script);
    expect(calls).toEqual([]);
    // Statements with parameters are real prepared statements: they still go to executeRaw.
    expect(await adapter.executeRaw(q('DELETE FROM a WHERE x = $1', [1]))).toBe(7);
    expect(calls).toEqual(['executeRaw:DELETE FROM a WHERE x = $1']);
  });

  it('leaves executeRaw alone without the routing flag (the main database)', async () => {
    const { inner, calls } = fakeAdapter();
    const adapter = withFixes(inner, {});
    expect(await adapter.executeRaw(q('SELECT 1'))).toBe(7);
    expect(calls).toEqual(['executeRaw:SELECT 1']);
  });

  it('uses the given script runner for executeScript', async () => {
    const { inner } = fakeAdapter();
    const runScript = vi.fn(async () => {});
    await withFixes(inner, { runScript }).executeScript('SELECT 1; SELECT 2');
    expect(runScript).toHaveBeenCalledWith('SELECT 1; SELECT 2');
    expect(inner.executeScript).not.toHaveBeenCalled();
  });

  it('disposes once, then runs afterDispose even when dispose fails', async () => {
    const { inner } = fakeAdapter();
    const afterDispose = vi.fn(async () => {});
    const adapter = withFixes(inner, { afterDispose });
    await adapter.dispose();
    await adapter.dispose();
    expect(inner.dispose).toHaveBeenCalledTimes(1);
    expect(afterDispose).toHaveBeenCalledTimes(1);

    const failing = fakeAdapter().inner;
    (failing.dispose as ReturnType<typeof vi.fn>).mockRejectedValueOnce(new Error('pool gone'));
    const after2 = vi.fn(async () => {});
    await expect(withFixes(failing, { afterDispose: after2 }).dispose()).rejects.toThrow('pool gone');
    expect(after2).toHaveBeenCalledTimes(1);
  });
});

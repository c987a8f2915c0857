import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const root = mkdtempSync(path.join(os.tmpdir(), 'stepwise-client-'));
const dataDir = path.join(root, 'pglite');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the app’s db client (lib/db/client.ts)', () => {
  it('is created once per process, surviving module re-evaluation (hot reload), and opens nothing until queried', async () => {
    vi.stubEnv('DATABASE_URL', `file:${dataDir}`);
    const first = (await import('./client')).db;
    vi.resetModules(); // what `next dev` does to changed modules
    const second = (await import('./client')).db;
    expect(second).toBe(first);
    // Importing must not open the folder: `next build` imports this module while prerendering.
    expect(existsSync(dataDir)).toBe(false);

    // The first query opens (and creates) the folder.
    await expect(first.$queryRawUnsafe('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
    expect(existsSync(dataDir)).toBe(true);
    await first.$disconnect();
    vi.unstubAllEnvs();
  });
});

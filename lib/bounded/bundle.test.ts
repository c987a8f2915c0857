import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BoundedBundleMissing, ensureBundle, staleReason } from './bundle';

const saved = { root: process.env.STEPWISE_ROOT, env: process.env.NODE_ENV };
afterEach(() => {
  if (saved.root === undefined) delete process.env.STEPWISE_ROOT;
  else process.env.STEPWISE_ROOT = saved.root;
  (process.env as Record<string, string | undefined>).NODE_ENV = saved.env;
});

function fakeRoot(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bounded-root-'));
  mkdirSync(path.join(root, 'build', 'bounded'), { recursive: true });
  mkdirSync(path.join(root, 'src'));
  return root;
}

describe('worker bundles', () => {
  it('refuses clearly in production when a bundle was never built', () => {
    process.env.STEPWISE_ROOT = fakeRoot();
    (process.env as Record<string, string>).NODE_ENV = 'production';
    expect(() => ensureBundle('engine-run')).toThrow(BoundedBundleMissing);
    expect(() => ensureBundle('engine-run')).toThrow(/build\/bounded\/engine-run\.mjs is missing .*npm run build/);
  });

  it('uses a built bundle in production without looking at sources', () => {
    const root = fakeRoot();
    writeFileSync(path.join(root, 'build', 'bounded', 'engine-run.mjs'), '');
    process.env.STEPWISE_ROOT = root;
    (process.env as Record<string, string>).NODE_ENV = 'production';
    expect(ensureBundle('engine-run')).toBe(path.join(root, 'build', 'bounded', 'engine-run.mjs'));
  });

  it('notices a source newer than its bundle, or gone', () => {
    const root = fakeRoot();
    const out = path.join(root, 'build', 'bounded', 'engine-run.mjs');
    writeFileSync(path.join(root, 'src', 'a.ts'), '');
    writeFileSync(out, '');
    writeFileSync(path.join(root, 'build', 'bounded', 'engine-run.meta.json'), JSON.stringify({ inputs: ['src/a.ts'] }));
    const past = new Date(Date.now() - 60_000);
    utimesSync(path.join(root, 'src', 'a.ts'), past, past);
    expect(staleReason('engine-run', root)).toBeNull();
    utimesSync(path.join(root, 'src', 'a.ts'), new Date(), new Date(Date.now() + 60_000));
    expect(staleReason('engine-run', root)).toBe('src/a.ts changed');
    writeFileSync(path.join(root, 'build', 'bounded', 'engine-run.meta.json'), JSON.stringify({ inputs: ['src/gone.ts'] }));
    expect(staleReason('engine-run', root)).toBe('src/gone.ts is gone');
  });

  it('says why when it cannot build outside production', () => {
    process.env.STEPWISE_ROOT = fakeRoot();
    (process.env as Record<string, string>).NODE_ENV = 'test';
    expect(() => ensureBundle('engine-run')).toThrow(/scripts\/build-bounded\.mjs is not under/);
  });
});

import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAuthSecret } from './secret';

const tmp = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'stepwise-secret-')), 'data', 'auth-secret');

describe('resolveAuthSecret', () => {
  it('prefers the environment and writes nothing', () => {
    const file = tmp();
    expect(resolveAuthSecret('e'.repeat(40), file)).toBe('e'.repeat(40));
    expect(() => statSync(file)).toThrow();
  });

  it('generates a secret once, private to the owner, and keeps it across restarts', () => {
    const file = tmp();
    const first = resolveAuthSecret(undefined, file);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveAuthSecret(undefined, file)).toBe(first);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
  });

  it('refuses a secret file that was truncated, saying what to do', () => {
    const file = tmp();
    resolveAuthSecret(undefined, file);
    writeFileSync(file, 'short\n');
    expect(() => resolveAuthSecret(undefined, file)).toThrow(/shorter than 32 characters; delete the file/);
  });
});

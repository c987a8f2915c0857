// Issue 15: every dependency install script is a reviewed decision in package.json's allowScripts, so
// `npm install` prints no "not yet covered by allowScripts" warning. A new dependency with an install
// script fails this test until someone decides (README, "Quick start", says what each one does).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

describe('install scripts', () => {
  it('are all covered by allowScripts', () => {
    const out = execFileSync('npm', ['install-scripts', 'ls', '--json', '--offline'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(JSON.parse(out)).toEqual({ allowScripts: [] });
  }, 90_000);
});

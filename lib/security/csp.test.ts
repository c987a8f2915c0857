import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScripts } from './csp';
import { cspHash, loadPrerenderedScripts } from './prerendered-scripts';

const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((d) => d.split(' ')[0] === name)
    ?.split(' ')
    .slice(1);

describe('contentSecurityPolicy', () => {
  it('allows scripts only from our origin, by nonce or hash, plus WebAssembly compilation', () => {
    const policy = contentSecurityPolicy({ nonce: 'abc123==', scriptHashes: ["'sha256-x'", "'sha256-x'", "'sha256-y'"] });
    expect(directive(policy, 'script-src')).toEqual(["'self'", "'nonce-abc123=='", "'sha256-x'", "'sha256-y'", "'wasm-unsafe-eval'"]);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  });

  it('closes everything the app does not use', () => {
    const policy = contentSecurityPolicy({});
    expect(directive(policy, 'default-src')).toEqual(["'self'"]);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(directive(policy, 'frame-src')).toEqual(["'none'"]);
    expect(directive(policy, 'frame-ancestors')).toEqual(["'none'"]);
    expect(directive(policy, 'base-uri')).toEqual(["'none'"]);
    expect(directive(policy, 'form-action')).toEqual(["'self'"]);
    expect(directive(policy, 'worker-src')).toEqual(["'self'"]);
    for (const fetch of ['img-src', 'font-src', 'connect-src']) expect(directive(policy, fetch)).toEqual(["'self'"]);
    expect(directive(policy, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it('adds eval only for next dev, and upgrade-insecure-requests only over HTTPS', () => {
    expect(directive(contentSecurityPolicy({ dev: true }), 'script-src')).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({})).not.toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy({ https: true })).toMatch(/; upgrade-insecure-requests$/);
  });
});

describe('inlineScripts', () => {
  it('finds inline scripts, skipping external ones and data blocks', () => {
    const html = [
      '<head><script>one()</script><script src="/a.js"></script>',
      '<script id="_R_" async="">two()</script><script type="application/ld+json">{"x":1}</script>',
      '<script type="module">three()</script><SCRIPT>\nfour()\n</SCRIPT ></head>',
    ].join('');
    expect(inlineScripts(html)).toEqual(['one()', 'two()', 'three()', '\nfour()\n']);
  });
});

describe('loadPrerenderedScripts', () => {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'stepwise-csp-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  mkdirSync(path.join(dist, 'server', 'app', 'learn'), { recursive: true });
  writeFileSync(
    path.join(dist, 'prerender-manifest.json'),
    JSON.stringify({ routes: { '/': {}, '/learn/a': {}, '/_not-found': {}, '/api/x': {} } }),
  );
  writeFileSync(path.join(dist, 'server', 'app', 'index.html'), '<script>home()</script><script>shared()</script>');
  writeFileSync(path.join(dist, 'server', 'app', 'learn', 'a.html'), '<script>lesson()</script><script>shared()</script>');
  writeFileSync(path.join(dist, 'server', 'app', '_not-found.html'), '<script>missing()</script>');

  it('hashes each prerendered page’s inline scripts, and knows which paths are rendered per request', () => {
    const scripts = loadPrerenderedScripts(dist);
    expect(scripts.forPath('/')).toEqual([cspHash('home()'), cspHash('shared()')]);
    expect(scripts.forPath('/learn/a')).toEqual([cspHash('lesson()'), cspHash('shared()')]);
    expect(scripts.forPath('/learn/a/')).toEqual(scripts.forPath('/learn/a'));
    expect(scripts.forPath('/learn')).toBeNull();
    expect(scripts.forPath('/api/x')).toBeNull(); // in the manifest, but no HTML
    expect(scripts.fallback).toEqual([cspHash('missing()')]);
  });

  it('matches the hash browsers compute (base64 SHA-256 of the UTF-8 text)', () => {
    // echo -n 'alert(1)' | openssl sha256 -binary | base64
    expect(cspHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('gives every path a nonce under next dev (nothing prerendered)', () => {
    const scripts = loadPrerenderedScripts(path.join(dist, 'missing'));
    expect(scripts.forPath('/')).toBeNull();
    expect(scripts.fallback).toEqual([]);
  });
});

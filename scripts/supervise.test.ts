// Stopping `npm start` stops the server (issue 15). Real processes: npm, sh, a supervisor built like
// scripts/start.mjs (scripts/lib/supervise.mjs) and a stand-in server that listens on a port.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(os.tmpdir(), 'stepwise-supervise-'));
const supervise = pathToFileURL(path.resolve(import.meta.dirname, 'lib/supervise.mjs')).href;
const started: ChildProcess[] = [];
const pidsToReap = new Set<number>();

afterEach(() => {
  for (const pid of pidsToReap) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone: what the tests want
    }
  }
  pidsToReap.clear();
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The stand-in server: listens, records its pid, and exits on SIGTERM the way `next start` does. The pid file
// is written aside and renamed into place: the test polls for it, and a plain write let it read the file
// created but still empty ("Unexpected end of JSON input").
writeFileSync(
  path.join(dir, 'server.mjs'),
  `import http from 'node:http';
   import { renameSync, writeFileSync } from 'node:fs';
   const server = http.createServer((_q, r) => r.end('ok')).listen(0, '127.0.0.1', () => {
     writeFileSync(process.argv[2] + '.tmp', JSON.stringify({ pid: process.pid, port: server.address().port }));
     renameSync(process.argv[2] + '.tmp', process.argv[2]);
   });
   process.on('SIGTERM', () => server.close(() => process.exit(0)));`,
);
writeFileSync(
  path.join(dir, 'start.mjs'),
  `import { superviseNode } from ${JSON.stringify(supervise)};
   import { writeFileSync } from 'node:fs';
   writeFileSync(process.argv[2] + '.supervisor', String(process.pid));
   superviseNode([${JSON.stringify(path.join(dir, 'server.mjs'))}, process.argv[2]], { log: () => {} });`,
);
writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'supervise-fixture', private: true, scripts: { start: 'node start.mjs "$PIDFILE"' } }));

let n = 0;
async function waitFor<T>(probe: () => T | undefined, what: string, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function startFixture(viaNpm: boolean) {
  const pidFile = path.join(dir, `server-${++n}.json`);
  const child = viaNpm
    ? spawn('npm', ['start', '--silent'], { cwd: dir, env: { ...process.env, PIDFILE: pidFile }, stdio: 'ignore' })
    : spawn(process.execPath, ['start.mjs', pidFile], { cwd: dir, stdio: 'ignore' });
  started.push(child);
  const server = await waitFor(() => (existsSync(pidFile) ? (JSON.parse(readFileSync(pidFile, 'utf8')) as { pid: number; port: number }) : undefined), 'the server to listen');
  const supervisor = Number(readFileSync(`${pidFile}.supervisor`, 'utf8'));
  pidsToReap.add(server.pid).add(supervisor);
  expect(await (await fetch(`http://127.0.0.1:${server.port}/`)).text()).toBe('ok');
  return { child, server, supervisor };
}

async function expectGone(pid: number, what: string) {
  await waitFor(() => (alive(pid) ? undefined : true), `${what} (pid ${pid}) to exit`, 15_000);
}

describe('a supervised server (scripts/lib/supervise.mjs, used by npm start)', () => {
  it('stops when `npm start` itself is killed (npm forwards SIGTERM only to sh, which dies without passing it on)', async () => {
    const { child, server, supervisor } = await startFixture(true);
    child.kill('SIGTERM'); // child is npm
    await expectGone(supervisor, 'the supervisor');
    await expectGone(server.pid, 'the server');
    await expect(fetch(`http://127.0.0.1:${server.port}/`)).rejects.toThrow();
  }, 60_000);

  it('forwards SIGINT and SIGTERM to the server and exits with its code', async () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const { child, server, supervisor } = await startFixture(false);
      const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      process.kill(supervisor, signal);
      expect(await exit).toBe(0);
      await expectGone(server.pid, 'the server');
    }
  }, 60_000);

  it('takes the server down even when the supervisor is killed with SIGKILL', async () => {
    const { server, supervisor } = await startFixture(false);
    process.kill(supervisor, 'SIGKILL');
    await expectGone(server.pid, 'the server');
  }, 60_000);
});

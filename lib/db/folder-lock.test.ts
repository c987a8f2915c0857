// The cross-process lock on a PGlite data folder (issue 14): real child processes hold and contend for it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  acquireFolderLock,
  DataFolderLockedError,
  folderLockHolder,
  heldLockReferences,
  lockPathFor,
  processStartTicks,
  type LockHolder,
} from './folder-lock.mjs';

const root = mkdtempSync(path.join(os.tmpdir(), 'stepwise-lock-'));
const lockModule = pathToFileURL(path.resolve(import.meta.dirname, 'folder-lock.mjs')).href;
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
const folder = () => path.join(root, `db-${++n}`, 'pglite');

/** Runs a Node child that takes the lock, prints "locked" (or the refusal), then waits or exits. */
function lockInChild(dataDir: string, then: 'hold' | 'exit' = 'hold') {
  const code = `
    import { acquireFolderLock } from ${JSON.stringify(lockModule)};
    try {
      acquireFolderLock(${JSON.stringify(dataDir)});
      console.log('locked ' + process.pid);
    } catch (error) {
      console.log('refused ' + error.code + ' ' + JSON.stringify(error.message));
    }
    ${then === 'hold' ? 'setInterval(() => {}, 1000);' : ''}
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const firstLine = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.on('exit', () => resolve(out.split('\n')[0] ?? ''));
    child.on('error', reject);
  });
  return { child, firstLine };
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()));

function writeLock(dataDir: string, info: Partial<LockHolder>) {
  const full: LockHolder = {
    pid: 1,
    host: os.hostname(),
    startTicks: null,
    since: new Date().toISOString(),
    command: 'test',
    token: 'feedface',
    ...info,
  };
  mkdirSync(path.dirname(dataDir), { recursive: true });
  writeFileSync(lockPathFor(dataDir), JSON.stringify(full));
}

/** The pid of a process that has just exited (so no process has it, for a while at least). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await exited(child);
  return child.pid!;
}

describe('acquireFolderLock', () => {
  it('writes a lock beside the folder naming this process, and removes it on the last release', () => {
    const dir = folder();
    const first = acquireFolderLock(dir);
    const lockPath = lockPathFor(dir);
    expect(lockPath).toBe(`${dir}.lock`);
    const info = JSON.parse(readFileSync(lockPath, 'utf8')) as LockHolder;
    expect(info.pid).toBe(process.pid);
    expect(info.host).toBe(os.hostname());
    expect(info.startTicks).toBe(processStartTicks(process.pid));

    const second = acquireFolderLock(`${dir}/./`); // the same folder, spelled differently
    expect(heldLockReferences(dir)).toBe(2);
    first.release();
    first.release(); // a double release must not drop the other reference
    expect(existsSync(lockPath)).toBe(true);
    second.release();
    expect(heldLockReferences(dir)).toBe(0);
    expect(existsSync(lockPath)).toBe(false);
  });

  it('refuses while another live process holds it, naming that process and what to do', async () => {
    const dir = folder();
    const holder = lockInChild(dir);
    expect(await holder.firstLine).toBe(`locked ${holder.child.pid}`);
    const before = readFileSync(lockPathFor(dir), 'utf8');

    let error: unknown;
    try {
      acquireFolderLock(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataFolderLockedError);
    const message = (error as Error).message;
    expect(message).toContain(`pid ${holder.child.pid}`);
    expect(message).toContain(dir);
    expect(message).toContain(`kill ${holder.child.pid}`);
    expect(message).toContain('DATABASE_URL=postgres://');
    expect((error as DataFolderLockedError).code).toBe('STEPWISE_DB_LOCKED');
    // The refusal changed nothing: the holder's lock is untouched.
    expect(readFileSync(lockPathFor(dir), 'utf8')).toBe(before);
    expect(folderLockHolder(dir)?.pid).toBe(holder.child.pid);
  });

  it('gives the lock back when its process exits normally', async () => {
    const dir = folder();
    const { child, firstLine } = lockInChild(dir, 'exit');
    expect(await firstLine).toMatch(/^locked /);
    await exited(child);
    expect(existsSync(lockPathFor(dir))).toBe(false);
  });

  it('takes over the lock of a process that was killed (SIGKILL leaves the file behind)', async () => {
    const dir = folder();
    const { child, firstLine } = lockInChild(dir);
    expect(await firstLine).toMatch(/^locked /);
    child.kill('SIGKILL');
    await exited(child);
    expect(existsSync(lockPathFor(dir))).toBe(true);
    expect(folderLockHolder(dir)).toBeNull();

    const handle = acquireFolderLock(dir);
    expect((JSON.parse(readFileSync(lockPathFor(dir), 'utf8')) as LockHolder).pid).toBe(process.pid);
    handle.release();
  });

  it('treats a live pid that started at another time as a reused pid: the lock is stale', async () => {
    const dir = folder();
    const { child, firstLine } = lockInChild(folder()); // any live process will do
    expect(await firstLine).toMatch(/^locked /);
    expect(processStartTicks(child.pid!)).not.toBeNull();
    writeLock(dir, { pid: child.pid!, startTicks: '1' });
    const handle = acquireFolderLock(dir);
    handle.release();
    // With the right start time the same pid is the owner, and the lock holds.
    writeLock(dir, { pid: child.pid!, startTicks: processStartTicks(child.pid!) });
    expect(() => acquireFolderLock(dir)).toThrow(DataFolderLockedError);
  });

  it('does not take over an empty lock file at once: its owner may still be writing it', () => {
    const dir = folder();
    mkdirSync(path.dirname(dir), { recursive: true });
    writeFileSync(lockPathFor(dir), ''); // created this instant, content not written yet
    const started = Date.now();
    const handle = acquireFolderLock(dir);
    // Only once the file is older than the grace period (2 s) is its owner presumed dead.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
    expect((JSON.parse(readFileSync(lockPathFor(dir), 'utf8')) as LockHolder).pid).toBe(process.pid);
    handle.release();
  });

  it('takes over a lock file left empty by a crash', async () => {
    const dir = folder();
    const lockPath = lockPathFor(dir);
    writeLock(dir, { pid: await deadPid() });
    writeFileSync(lockPath, ''); // the owner died between creating and writing it
    utimesSync(lockPath, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const handle = acquireFolderLock(dir);
    expect((JSON.parse(readFileSync(lockPath, 'utf8')) as LockHolder).pid).toBe(process.pid);
    handle.release();
  });

  it('lets exactly one of many processes take over the same stale lock', async () => {
    const dir = folder();
    writeLock(dir, { pid: await deadPid(), token: 'stale' });
    const contenders = Array.from({ length: 6 }, () => lockInChild(dir));
    const lines = await Promise.all(contenders.map((c) => c.firstLine));
    const winners = lines.filter((l) => l.startsWith('locked '));
    expect(winners).toHaveLength(1);
    const winnerPid = Number(winners[0]!.split(' ')[1]);
    for (const line of lines.filter((l) => !l.startsWith('locked '))) {
      expect(line).toContain('refused STEPWISE_DB_LOCKED');
      expect(line).toContain(`pid ${winnerPid}`);
    }
    expect((JSON.parse(readFileSync(lockPathFor(dir), 'utf8')) as LockHolder).pid).toBe(winnerPid);
  });
});

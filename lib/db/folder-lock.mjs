// An exclusive, cross-process lock on an embedded PGlite data folder.
//
// Why: two processes with one PGlite folder open destroy it. With `npm start` running, a second
// `npm start` in the same checkout started without complaint, its writes failed with
// `RuntimeError: Aborted()`, and after both stopped the folder no longer opened (issue 14;
// prisma-offline.md, pitfalls 4 and 5). PGlite takes no lock of its own, so every opener (the app's
// Prisma client, the migration CLI through prisma.config.ts, scripts, tests) takes this one first.
//
// Plain JavaScript (typed by folder-lock.d.mts) because the setup scripts (scripts/db-setup.mjs,
// scripts/e2e-server.mjs) run on bare Node, which cannot import TypeScript.
//
// The lock is a file beside the folder (`<folder>.lock`, so deleting or recreating the folder never
// deletes a live lock), created with O_EXCL and holding the owner's pid, host, process start time and a
// random token. A lock whose process is gone (or whose pid now belongs to another process) is stale and
// is taken over; all synchronous, so it also works from an `exit` handler.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, rmdirSync, statSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOCK_ERROR_CODE = 'STEPWISE_DB_LOCKED';

/** A lock file younger than this with no readable content is still being written by its owner. */
const WRITING_GRACE_MS = 2_000;
/** A takeover guard older than this belongs to a process that died in the middle of a takeover. */
const GUARD_STALE_MS = 10_000;
const MAX_ATTEMPTS = 200;

/** Where the lock for a data folder lives. */
export function lockPathFor(dataDir) {
  const folder = path.resolve(dataDir);
  return `${folder}.lock`;
}

/** This process's locks, kept on globalThis so Next's module re-evaluation still sees them. */
const held = (globalThis.__stepwiseFolderLocks ??= new Map());

/** Linux: the process start time in clock ticks since boot (field 22 of /proc/<pid>/stat); else null. */
export function processStartTicks(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may contain spaces: count from the last ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function describeSelf() {
  const argv = process.argv.slice(1).map((a) => (a.length > 60 ? `…${a.slice(-40)}` : a));
  return `${process.title === 'node' ? 'node' : process.title} ${argv.join(' ')}`.trim().slice(0, 200);
}

function readLock(lockPath) {
  let raw;
  try {
    raw = readFileSync(lockPath, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return { raw: null, info: null, missing: true };
    throw error;
  }
  try {
    const info = JSON.parse(raw);
    if (typeof info?.pid === 'number' && typeof info?.token === 'string') return { raw, info, missing: false };
  } catch {
    // half-written or damaged: decided by its age below
  }
  return { raw, info: null, missing: false };
}

/**
 * Whether the process named in a lock still runs. A pid that exists but started at another time than
 * the lock's owner is a reused pid (after a reboot or a long uptime), so the lock is stale.
 */
export function holderIsAlive(info) {
  if (info.host !== os.hostname()) return true; // cannot look at another machine's processes: assume it runs
  try {
    process.kill(info.pid, 0);
  } catch (error) {
    if (error.code === 'ESRCH') return false;
    // EPERM: it exists but belongs to another user
  }
  if (info.startTicks) {
    const now = processStartTicks(info.pid);
    if (now !== null && now !== info.startTicks) return false;
  }
  return true;
}

export class DataFolderLockedError extends Error {
  constructor(dataDir, lockPath, info) {
    const since = info.since ? `, since ${info.since}` : '';
    const where = info.host === os.hostname() ? '' : ` on host ${info.host}`;
    const stop =
      info.host === os.hostname()
        ? `stop that process (kill ${info.pid}) and try again`
        : `stop it on ${info.host}; if nothing runs there any more, delete ${lockPath}`;
    super(
      `The database folder ${dataDir} is already open in another process: pid ${info.pid}${where} ` +
        `(${info.command || 'unknown command'}${since}).\n` +
        `Only one process may open an embedded PGlite folder (two corrupt it), so this one will not.\n` +
        `To go on: ${stop}, or give this process a folder of its own (DATABASE_URL=file:./data/another-folder), ` +
        `or use PostgreSQL (DATABASE_URL=postgres://...), which serves many processes at once.`,
    );
    this.name = 'DataFolderLockedError';
    this.code = LOCK_ERROR_CODE;
    this.dataDir = dataDir;
    this.lockPath = lockPath;
    this.holder = info;
  }
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms) {
  Atomics.wait(sleepCell, 0, 0, ms);
}

function ageMs(file) {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Removes a stale lock, but only if it is still the one judged stale: two processes finding the same
 * stale lock must not both remove it (the second would delete the first one's fresh lock). A guard
 * directory (mkdir is atomic) lets one of them at a time re-check and remove it.
 */
function removeStale(lockPath, staleRaw) {
  const guard = `${lockPath}.takeover`;
  try {
    mkdirSync(guard);
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
    if (ageMs(guard) > GUARD_STALE_MS) {
      try {
        rmdirSync(guard);
      } catch {
        // someone else cleared it
      }
    }
    return;
  }
  try {
    const now = readLock(lockPath);
    if (!now.missing && now.raw === staleRaw) unlinkSync(lockPath);
  } finally {
    rmdirSync(guard);
  }
}

function tryCreate(lockPath, info) {
  let fd;
  try {
    fd = openSync(lockPath, 'wx', 0o644);
  } catch (error) {
    if (error.code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(info, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

function makeHandle(key) {
  let released = false;
  return {
    lockPath: held.get(key).lockPath,
    release() {
      if (released) return; // a double release must not drop a reference someone else holds
      released = true;
      const entry = held.get(key);
      if (!entry) return;
      entry.refs -= 1;
      if (entry.refs > 0) return;
      held.delete(key);
      removeIfOurs(entry);
    },
  };
}

function removeIfOurs(entry) {
  const now = readLock(entry.lockPath);
  if (now.info?.token === entry.token) {
    try {
      unlinkSync(entry.lockPath);
    } catch {
      // already gone
    }
  }
}

let exitHookInstalled = globalThis.__stepwiseFolderLockExitHook === true;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = globalThis.__stepwiseFolderLockExitHook = true;
  // A clean exit (including Next's SIGTERM/SIGINT handlers, which call process.exit) gives the lock
  // back. A crash or SIGKILL leaves the file behind, and the next opener finds its process gone.
  process.on('exit', () => {
    for (const entry of held.values()) removeIfOurs(entry);
    held.clear();
  });
}

/**
 * Takes the lock on a data folder for this process, or throws DataFolderLockedError naming the process
 * that holds it. Re-entrant: within one process each call adds a reference, and the lock is given back
 * when every handle is released (or the process exits).
 */
export function acquireFolderLock(dataDir) {
  const folder = path.resolve(dataDir);
  const lockPath = lockPathFor(folder);
  const mine = held.get(folder);
  if (mine) {
    mine.refs += 1;
    return makeHandle(folder);
  }
  mkdirSync(path.dirname(lockPath), { recursive: true });
  const info = {
    pid: process.pid,
    host: os.hostname(),
    startTicks: processStartTicks(process.pid),
    since: new Date().toISOString(),
    command: describeSelf(),
    token: randomBytes(16).toString('hex'),
  };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    if (tryCreate(lockPath, info)) {
      held.set(folder, { refs: 1, token: info.token, lockPath });
      installExitHook();
      return makeHandle(folder);
    }
    const found = readLock(lockPath);
    if (found.missing) continue; // released between our attempt and the read: try again
    if (!found.info) {
      if (ageMs(lockPath) < WRITING_GRACE_MS) sleepSync(25);
      else removeStale(lockPath, found.raw);
      continue;
    }
    if (found.info.pid === process.pid && found.info.startTicks === info.startTicks && found.info.host === info.host) {
      // Our own process wrote it (state lost to a module reload): adopt it.
      held.set(folder, { refs: 1, token: found.info.token, lockPath });
      installExitHook();
      return makeHandle(folder);
    }
    if (holderIsAlive(found.info)) throw new DataFolderLockedError(folder, lockPath, found.info);
    removeStale(lockPath, found.raw);
    sleepSync(5);
  }
  throw new Error(`Could not take the lock ${lockPath} after ${MAX_ATTEMPTS} attempts (it keeps changing hands).`);
}

/**
 * Who holds a folder's lock, without taking it: the holder's details if a live process other than this
 * one holds it, else null (free, stale, or ours). For scripts that want to refuse before doing anything.
 */
export function folderLockHolder(dataDir) {
  const lockPath = lockPathFor(dataDir);
  const found = readLock(lockPath);
  if (!found.info) return null;
  if (found.info.pid === process.pid && found.info.host === os.hostname()) return null;
  return holderIsAlive(found.info) ? found.info : null;
}

/** Throws DataFolderLockedError when another live process holds the folder. */
export function assertFolderFree(dataDir) {
  const holder = folderLockHolder(dataDir);
  if (holder) throw new DataFolderLockedError(path.resolve(dataDir), lockPathFor(dataDir), holder);
}

/** How many references this process holds on a folder's lock (tests and diagnostics). */
export function heldLockReferences(dataDir) {
  return held.get(path.resolve(dataDir))?.refs ?? 0;
}

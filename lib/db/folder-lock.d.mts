// Types for folder-lock.mjs (plain JavaScript so the bare-Node setup scripts can import it too).

export declare const LOCK_ERROR_CODE: 'STEPWISE_DB_LOCKED';

/** What a lock file records about the process that holds it. */
export type LockHolder = {
  pid: number;
  host: string;
  /** Linux process start time (clock ticks since boot), to tell a reused pid from the owner. */
  startTicks: string | null;
  since: string;
  command: string;
  token: string;
};

export type FolderLockHandle = { lockPath: string; release(): void };

export declare function lockPathFor(dataDir: string): string;
export declare function processStartTicks(pid: number): string | null;
export declare function holderIsAlive(info: LockHolder): boolean;

export declare class DataFolderLockedError extends Error {
  readonly code: typeof LOCK_ERROR_CODE;
  readonly dataDir: string;
  readonly lockPath: string;
  readonly holder: LockHolder;
  constructor(dataDir: string, lockPath: string, info: LockHolder);
}

export declare function acquireFolderLock(dataDir: string): FolderLockHandle;
export declare function folderLockHolder(dataDir: string): LockHolder | null;
export declare function assertFolderFree(dataDir: string): void;
export declare function heldLockReferences(dataDir: string): number;

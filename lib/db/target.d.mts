// Types for target.mjs.

/** Where the data lives: an embedded PGlite folder or a PostgreSQL server. */
export type DbTarget = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

export declare const DEFAULT_PGLITE_DIR: './data/pglite';
export declare function resolveDbTarget(databaseUrl: string | undefined, cwd?: string): DbTarget;
export declare function redact(url: string): string;
export declare function describeDbTarget(target: DbTarget): string;

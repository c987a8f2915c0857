import pg from 'pg';

/** PostgreSQL type ids: `name` (pg_catalog identifiers), `"char"` (one-byte codes such as relkind), `text`. */
export const NAME_OID = 19;
export const CHAR_OID = 18;
export const TEXT_OID = 25;
const CATALOG_OIDS = new Set([NAME_OID, CHAR_OID]);

type FieldLike = { dataTypeID: number };
type ResultLike = { fields?: FieldLike[] };

/**
 * Reports `name` and `"char"` columns as `text`. @prisma/adapter-pg 6.19 maps neither, so the schema
 * engine's catalog queries (pg_namespace.nspname, pg_class.relkind...) fail during migrations on a real
 * server with "Unsupported column type name" (prisma/orm#27403, prisma-offline.md pitfall 3) or, in
 * `migrate diff`, "Column type 'char' could not be deserialized". The values already arrive as plain
 * strings; only the reported type id is wrong for Prisma.
 */
export function nameColumnsAsText<T>(result: T): T {
  const results = Array.isArray(result) ? result : [result];
  for (const r of results as ResultLike[]) {
    for (const field of r?.fields ?? []) {
      if (CATALOG_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

type QueryFn = (...args: unknown[]) => unknown;

/**
 * A pg.Client whose results report `name` as `text`. Given to pg.Pool through its `Client` option, so
 * pooled queries, transactions and the shadow database all get it, and nothing else in the process is
 * patched. Handles both the promise form and the callback form pg-pool uses internally.
 */
export class NameAsTextClient extends pg.Client {}

const baseQuery = pg.Client.prototype.query as unknown as QueryFn;
(NameAsTextClient.prototype as unknown as { query: QueryFn }).query = function query(this: pg.Client, ...args: unknown[]) {
  const callbackAt = args.findIndex((a) => typeof a === 'function');
  if (callbackAt >= 0) {
    const callback = args[callbackAt] as (err: unknown, res: unknown) => void;
    args[callbackAt] = (err: unknown, res: unknown) => callback(err, err ? res : nameColumnsAsText(res));
    return baseQuery.apply(this, args);
  }
  const returned = baseQuery.apply(this, args);
  if (returned && typeof (returned as Promise<unknown>).then === 'function') {
    return (returned as Promise<unknown>).then(nameColumnsAsText);
  }
  return returned; // a Submittable (cursor, stream): left as is
};

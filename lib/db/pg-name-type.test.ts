import { describe, expect, it } from 'vitest';
import { CHAR_OID, NAME_OID, NameAsTextClient, TEXT_OID, nameColumnsAsText } from './pg-name-type';
import pg from 'pg';

describe('nameColumnsAsText', () => {
  it('reports pg_catalog name columns as text and leaves other types', () => {
    const result = { rows: [['public', 1]], fields: [{ name: 'nspname', dataTypeID: NAME_OID }, { name: 'n', dataTypeID: 23 }] };
    expect(nameColumnsAsText(result).fields.map((f) => f.dataTypeID)).toEqual([TEXT_OID, 23]);
  });

  it('reports the one-byte "char" catalog type (relkind, contype) as text too', () => {
    const result = { fields: [{ dataTypeID: CHAR_OID }, { dataTypeID: 1042 }] };
    expect(nameColumnsAsText(result).fields.map((f) => f.dataTypeID)).toEqual([TEXT_OID, 1042]);
  });

  it('handles the array of results a multi-statement query returns, and results without fields', () => {
    const results = [{ fields: [{ dataTypeID: NAME_OID }] }, { fields: [] }, {}];
    nameColumnsAsText(results);
    expect(results[0]!.fields![0]!.dataTypeID).toBe(TEXT_OID);
  });

  it('is used by the pool client class given to pg.Pool', () => {
    expect(new NameAsTextClient()).toBeInstanceOf(pg.Client);
    expect(NameAsTextClient.prototype.query).not.toBe(pg.Client.prototype.query);
  });
});

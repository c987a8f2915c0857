import { describe, expect, it } from 'vitest';
import { newRowId } from './row-id';

describe('newRowId', () => {
  it('is shaped like a Prisma cuid, so the id patterns in URLs accept it', () => {
    const id = newRowId();
    expect(id).toHaveLength(25);
    expect(id).toMatch(/^c[a-z0-9]{20,31}$/);
    expect(id).toMatch(/^[a-z0-9]{10,40}$/); // lib/review CARD_ID_PATTERN
  });

  it('starts with the time, so later ids sort after earlier ones', () => {
    expect(newRowId(Date.UTC(2026, 0, 1)) < newRowId(Date.UTC(2026, 0, 2))).toBe(true);
    expect(newRowId(Date.UTC(2026, 0, 1)).slice(1, 9)).toBe(Date.UTC(2026, 0, 1).toString(36));
  });

  it('does not repeat, even within one millisecond', () => {
    const at = Date.now();
    const ids = new Set(Array.from({ length: 10_000 }, () => newRowId(at)));
    expect(ids.size).toBe(10_000);
  });
});

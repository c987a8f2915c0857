import { describe, expect, it } from 'vitest';
import { RequestIds } from './request-ids';

describe('RequestIds', () => {
  it('reuses the id for the same content from the same slot until it is settled', () => {
    let n = 0;
    const ids = new RequestIds(() => `id-${++n}`);
    expect(ids.idFor('q0', 'a')).toBe('id-1');
    expect(ids.idFor('q0', 'a')).toBe('id-1');
    expect(ids.idFor('q1', 'a')).toBe('id-2');
    expect(ids.idFor('q0', 'b')).toBe('id-3');
    ids.settle('q0');
    expect(ids.idFor('q0', 'b')).toBe('id-4');
  });

  it('makes UUIDs by default', () => {
    expect(new RequestIds().idFor('s', 'x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

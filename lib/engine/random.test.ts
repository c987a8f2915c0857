import { describe, expect, it } from 'vitest';
import { createRandom } from './random';

describe('createRandom', () => {
  it('replays the same stream for the same seed and differs across seeds', () => {
    const a = createRandom(123);
    const b = createRandom(123);
    const c = createRandom(124);
    const sa = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(sa);
  });

  it('stays in [0, 1) and spreads evenly', () => {
    const r = createRandom(9);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 20000; i++) {
      const v = r.next();
      expect(v >= 0 && v < 1).toBe(true);
      buckets[Math.floor(v * 10)]++;
    }
    for (const n of buckets) expect(Math.abs(n - 2000)).toBeLessThan(250);
  });

  it('int() stays below its bound', () => {
    const r = createRandom(1);
    for (let i = 0; i < 1000; i++) expect(r.int(3)).toBeLessThan(3);
  });

  it('makes v4-shaped UUIDs', () => {
    const r = createRandom(77);
    const seen = new Set<string>();
    for (let i = 0; i < 100; i++) {
      const u = r.uuid();
      expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      seen.add(u);
    }
    expect(seen.size).toBe(100);
  });
});

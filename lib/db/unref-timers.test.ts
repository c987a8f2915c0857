import { describe, expect, it } from 'vitest';
import { LONG_TIMER_MS, unrefLongTimers } from './unref-timers';

function fakeTimers() {
  const made: { ms: number | undefined; unrefed: boolean }[] = [];
  const make = (_h: unknown, ms?: number) => {
    const t = { ms, unrefed: false, unref() { t.unrefed = true; return t; } };
    made.push(t);
    return t;
  };
  return { target: { setTimeout: make as unknown, setInterval: make as unknown }, made };
}

describe('unrefLongTimers', () => {
  it('unrefs the schema engine idle timers (10 s, 60 s) so the CLI can exit, and keeps short ones', () => {
    const { target, made } = fakeTimers();
    unrefLongTimers(target);
    const st = target.setTimeout as (h: () => void, ms?: number) => unknown;
    const si = target.setInterval as (h: () => void, ms?: number) => unknown;
    st(() => {}, 10_000);
    si(() => {}, 60_000);
    st(() => {}, 50);
    st(() => {});
    expect(made.map((t) => t.unrefed)).toEqual([true, true, false, false]);
    expect(LONG_TIMER_MS).toBeLessThanOrEqual(10_000);
  });

  it('patches only once', () => {
    const { target, made } = fakeTimers();
    unrefLongTimers(target);
    const once = target.setTimeout;
    unrefLongTimers(target);
    expect(target.setTimeout).toBe(once);
    (target.setTimeout as (h: () => void, ms: number) => unknown)(() => {}, 20_000);
    expect(made).toHaveLength(1);
  });
});

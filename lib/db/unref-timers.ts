/** Timers at least this long are the schema engine's idle timers, not work anyone waits for. */
export const LONG_TIMER_MS = 5_000;

type TimerFn = (handler: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => unknown;

/**
 * Makes long timers stop keeping the process alive (`unref`), so a CLI command exits as soon as its work
 * is done. Short timers are untouched. Idempotent. Only call it in short-lived CLI processes.
 */
export function unrefLongTimers(target: { setTimeout: unknown; setInterval: unknown } = globalThis): void {
  const marked = target as { __unrefLongTimers?: boolean };
  if (marked.__unrefLongTimers) return;
  marked.__unrefLongTimers = true;
  for (const key of ['setTimeout', 'setInterval'] as const) {
    const original = target[key] as TimerFn;
    target[key] = ((handler, ms, ...args) => {
      const timer = original(handler, ms, ...args) as { unref?: () => unknown };
      if (typeof ms === 'number' && ms >= LONG_TIMER_MS) timer?.unref?.();
      return timer;
    }) as TimerFn;
  }
}

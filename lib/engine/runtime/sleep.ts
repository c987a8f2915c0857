// Time passing on the virtual clock is a value a state yields, not a call that moves the clock. Whoever runs
// the state decides what it means: the top of an execution moves the clock (ownClock), while a Parallel or
// a Map (lanes.ts) lets its other branches or iterations run first until their turn comes. So branches and
// iterations run side by side on the virtual clock, and history events come out in time order.

import type { Execution } from './execution';

/** "Resume me `ms` later on the virtual clock." */
export class Sleep {
  constructor(readonly ms: number) {}
}

/** What a running state machine yields: a pending task handler answer, or a sleep. */
export type Yielded = Promise<unknown> | Sleep;

/** Waits `ms` on the virtual clock (nothing happens for 0, a negative or a NaN duration). */
export function* sleep(ms: number): Generator<Yielded, void, unknown> {
  if (ms > 0) yield new Sleep(ms);
}

/**
 * Thrown into a branch or iteration that is stopped because a sibling failed (AWS stops the other branches
 * of a Parallel and the other iterations of a Map when one fails). The state it was in records
 * `<Type>StateAborted`, linked to `anchor`: the last event of the branch that failed.
 */
export class BranchAbort {
  constructor(readonly anchor: number) {}
}

/**
 * Moves `exec`'s clock on by `sleep`: undefined, or, when that passes the run's deadline, the halt to throw
 * into the state that was waiting. The one place a sleep becomes a clock move: ownClock below and the top of
 * an execution (start.ts's driver) both use it.
 */
export function sleepOn(exec: Execution, sleep: Sleep): { halt: unknown } | undefined {
  try {
    exec.advance(sleep.ms);
    return undefined;
  } catch (halt) {
    return { halt };
  }
}

/**
 * Runs `gen` on `exec`'s own clock: sleeps move the clock (sleepOn), pending answers are passed up to whoever
 * awaits them. Each Distributed Map child (an execution of its own) runs this way; the top of an execution
 * does the same in start.ts's driver, without this extra generator.
 */
export function* ownClock<T>(exec: Execution, gen: Generator<Yielded, T, unknown>): Generator<Promise<unknown>, T, unknown> {
  let throwing = false;
  let value: unknown;
  for (;;) {
    const r = throwing ? gen.throw(value) : gen.next(value);
    if (r.done) return r.value;
    const y = r.value;
    if (y instanceof Sleep) {
      const stopped = sleepOn(exec, y);
      throwing = stopped !== undefined;
      value = stopped?.halt;
      continue;
    }
    try {
      value = yield y;
      throwing = false;
    } catch (e) {
      value = e;
      throwing = true;
    }
  }
}

// Parallel branches and Map iterations, side by side on the virtual clock. Each lane (a branch or an
// iteration) runs until it sleeps; the lane that wakes earliest runs next (ties in the order they went to
// sleep), so a branch that polls forever cannot starve a sibling that fails at 15 s, and events are written
// in time order. When one lane fails, the others are stopped as AWS stops them (their current state records
// <Type>StateAborted) and the failure goes up at the time it happened. Runs are deterministic for a seed.
//
// A lane keeps a history chain (slot): up to `limit` slots are made, each starting at the event before the
// lanes; a lane started later reuses the slot freed first, continuing its chain. With MaxConcurrency 1 this
// gives the single chain AWS records; with no limit every iteration chains from MapStateStarted.

import type { JsonValue } from '../types';
import type { Execution } from './execution';
import type { Thread } from './history';
import { RunHalt } from './outcome';
import { BranchAbort, Sleep, type Yielded } from './sleep';

type LaneGenerator = Generator<Yielded, JsonValue, unknown>;

export interface LaneSpec {
  count: number;
  /** How many lanes run at once (count for no limit). */
  limit: number;
  /** A new history chain for a lane. */
  newSlot(): Thread;
  /** Starts lane `index` on `slot` (called at the virtual time it starts). */
  start(index: number, slot: Thread): LaneGenerator;
  /** Lane `index` finished with `output` (called at the time it finished). */
  done(index: number, output: JsonValue, slot: Thread): void;
  /** Lane `index` is about to be stopped because a sibling failed (Map: MapIterationAborted). */
  aborting?(index: number, anchor: number): void;
  /** Lane `index` failed and its siblings were stopped; `error` is thrown on after this. */
  failed?(index: number, slot: Thread, error: unknown): void;
}

interface Lane {
  index: number;
  slot: Thread;
  gen: LaneGenerator;
  wake: number;
  order: number;
}

const DONE = 0;
const SLEPT = 1;
const AWAITING = 2;

/** Runs every lane to the end, or until one fails (then throws what it threw). */
export function* runLanes(exec: Execution, spec: LaneSpec): Generator<Yielded, void, unknown> {
  const sleeping = new LaneHeap();
  // Slots freed by finished lanes, reused once `limit` slots exist (never, without a limit).
  const free: Thread[] = [];
  const reuse = spec.limit < spec.count;
  let next = 0;
  let active = 0;
  let slotsMade = 0;
  let order = 0;
  /** The answer a lane awaits (its task handler's Promise), passed up to whoever drives the run. */
  let awaited: Promise<unknown> | undefined;

  /** Runs a lane until it sleeps, ends, fails or awaits an answer; no allocation on the common paths. */
  const step = (lane: Lane, throwing: boolean, value: unknown): number => {
    let r: IteratorResult<Yielded, JsonValue>;
    try {
      r = throwing ? lane.gen.throw(value) : lane.gen.next(value);
    } catch (e) {
      active--;
      return fail(lane, e);
    }
    if (r.done) {
      active--;
      if (reuse) free.push(lane.slot);
      spec.done(lane.index, r.value, lane.slot);
      return DONE;
    }
    const y = r.value;
    if (y instanceof Sleep) {
      lane.wake = exec.clock.now + y.ms;
      lane.order = order++;
      sleeping.push(lane);
      return SLEPT;
    }
    awaited = y;
    return AWAITING;
  };

  const fail = (lane: Lane, e: unknown): never => {
    // A halt (timeout, abort, engine limit) ends the whole execution: nothing to record per lane.
    if (e instanceof RunHalt) throw e;
    abortAll(lane.slot.prev);
    spec.failed?.(lane.index, lane.slot, e);
    throw e;
  };

  /** Stops every sleeping lane, in index order; their events link to `anchor`. */
  const abortAll = (anchor: number): void => {
    const lanes = sleeping.drain().sort((a, b) => a.index - b.index);
    for (const lane of lanes) {
      spec.aborting?.(lane.index, anchor);
      try {
        lane.gen.throw(new BranchAbort(anchor));
      } catch {
        // The lane rethrows the abort once its state has recorded it.
      }
    }
    active -= lanes.length;
  };

  for (;;) {
    let lane: Lane;
    // New lanes start when a place is free and no sleeping lane is due now: lanes in flight go first.
    if (next < spec.count && active < spec.limit && !(sleeping.size > 0 && sleeping.peek().wake <= exec.clock.now)) {
      const index = next++;
      let slot: Thread;
      if (slotsMade < spec.limit) {
        slotsMade++;
        slot = spec.newSlot();
      } else slot = free.shift()!;
      active++;
      lane = { index, slot, gen: spec.start(index, slot), wake: 0, order: 0 };
    } else {
      if (sleeping.size === 0) return;
      lane = sleeping.peek();
      if (lane.wake > exec.clock.now) {
        try {
          yield new Sleep(lane.wake - exec.clock.now);
        } catch (e) {
          // This Parallel or Map is itself being stopped (a sibling of ours failed), or the run is over.
          if (e instanceof BranchAbort) abortAll(e.anchor);
          throw e;
        }
        continue;
      }
      sleeping.pop();
    }
    let state = step(lane, false, undefined);
    while (state === AWAITING) {
      let throwing = false;
      let value: unknown;
      try {
        value = yield awaited!;
      } catch (e) {
        throwing = true;
        value = e;
      }
      state = step(lane, throwing, value);
    }
  }
}

/** Sleeping lanes by wake time, then by the order they went to sleep. */
class LaneHeap {
  private readonly items: Lane[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): Lane {
    return this.items[0]!;
  }

  push(lane: Lane): void {
    const h = this.items;
    let i = h.length;
    h.push(lane);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  pop(): Lane {
    const h = this.items;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }

  drain(): Lane[] {
    return this.items.splice(0, this.items.length);
  }
}

function before(a: Lane, b: Lane): boolean {
  return a.wake < b.wake || (a.wake === b.wake && a.order < b.order);
}

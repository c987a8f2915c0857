// How many bounded workers run at once in this process. Each worker may hold up to its heap cap (256 MiB by
// default) and a whole core; without a cap, fifty submissions sent at once started fifty workers, enough
// to take the server's memory and starve every other request. Past the cap, runs wait their turn (in order);
// a run's wall-clock budget starts when its worker does, so waiting never eats into it.

import { availableParallelism } from 'node:os';

export class Slots {
  private active = 0;
  private readonly queue: (() => void)[] = [];

  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError(`Slots: max must be a positive integer, not ${max}`);
  }

  /** Runs in flight now. */
  get running(): number {
    return this.active;
  }

  /** Runs waiting for a slot. */
  get waiting(): number {
    return this.queue.length;
  }

  /** Resolves when a slot is free, with the function that gives it back (call it exactly once). */
  acquire(): Promise<() => void> {
    return new Promise((resolve) => {
      const grant = () => {
        this.active++;
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          this.active--;
          this.queue.shift()?.();
        });
      };
      if (this.active < this.max) grant();
      else this.queue.push(grant);
    });
  }
}

/**
 * The process's limit: one worker per core (at least two), or STEPWISE_BOUNDED_WORKERS when set to a
 * positive integer (a server with more memory than cores may allow more).
 */
export function boundedWorkerLimit(env: Record<string, string | undefined> = process.env, cores = availableParallelism()): number {
  const configured = Number(env.STEPWISE_BOUNDED_WORKERS);
  return Number.isInteger(configured) && configured > 0 ? configured : Math.max(2, cores);
}

/** Shared by every runBounded call in this process. */
export const boundedSlots = new Slots(boundedWorkerLimit());

// The concurrency pool on the virtual clock. Children run one after another in real time, but each starts
// when one of the MaxConcurrency slots frees up on the virtual clock, so the Map Run lasts the makespan of
// the schedule (what the parent's duration shows), not the sum of the children's durations.

/** AWS runs up to 10,000 child executions at once when MaxConcurrency is 0 (or absent). */
export const DISTRIBUTED_MAX_PARALLEL = 10_000;

export class SlotPool {
  private readonly heap: Float64Array;
  private size = 0;
  private readonly slots: number;
  /** Latest end time seen: the makespan once every child has run. */
  end: number;

  constructor(
    maxConcurrency: number,
    private readonly start: number,
  ) {
    this.slots = maxConcurrency > 0 ? Math.min(maxConcurrency, DISTRIBUTED_MAX_PARALLEL) : DISTRIBUTED_MAX_PARALLEL;
    this.heap = new Float64Array(this.slots);
    this.end = start;
  }

  /** When the next child can start: at once while a slot was never used, else when the earliest frees up. */
  nextStart(): number {
    if (this.size < this.slots) return this.start;
    return this.heap[0]!;
  }

  /** Records that the child that took the next slot ends at `endMs`. */
  occupy(endMs: number): void {
    if (endMs > this.end) this.end = endMs;
    const h = this.heap;
    if (this.size < this.slots) {
      let i = this.size++;
      h[i] = endMs;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (h[p]! <= h[i]!) break;
        const t = h[p]!;
        h[p] = h[i]!;
        h[i] = t;
        i = p;
      }
      return;
    }
    // Replace the root (the slot just reused) and sift down.
    h[0] = endMs;
    let i = 0;
    const n = this.size;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && h[l]! < h[m]!) m = l;
      if (r < n && h[r]! < h[m]!) m = r;
      if (m === i) break;
      const t = h[m]!;
      h[m] = h[i]!;
      h[i] = t;
      i = m;
    }
  }
}

// Pointer gestures on the graph canvas, as a small state machine over pointer ids: one pointer that moves
// past a few pixels drags (pans), two pointers pinch (zoom about their midpoint), and the click that ends a
// drag is swallowed so the drag does not also select the state it started on. The view moves with the
// fingers at once: an animation would lag behind them.
import type { ViewportController } from './viewport-controller';

/** A press that moves less than this is a click (on a state), not a drag. */
export const DRAG_THRESHOLD = 4;

interface Point {
  x: number;
  y: number;
}

export class PointerGestures {
  private readonly pointers = new Map<number, Point>();
  private moved = false;
  private pinch: number | null = null;
  private suppressClick = false;

  constructor(
    private readonly viewport: Pick<ViewportController, 'pan' | 'zoom'>,
    private readonly onDragging: (dragging: boolean) => void,
  ) {}

  down(id: number, at: Point) {
    if (this.pointers.size === 0) {
      this.moved = false;
      this.suppressClick = false;
    }
    this.pointers.set(id, at);
    this.pinch = null;
  }

  /** Returns true when this move starts a drag (the caller then captures the pointer). */
  move(id: number, at: Point): boolean {
    const prev = this.pointers.get(id);
    if (!prev) return false;
    if (this.pointers.size >= 2) {
      this.pointers.set(id, at);
      const [a, b] = [...this.pointers.values()] as [Point, Point];
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      if (this.pinch !== null && this.pinch > 0 && distance > 0) this.viewport.zoom(distance / this.pinch, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, 'instant');
      this.pinch = distance;
      this.moved = true;
      return false;
    }
    const dx = at.x - prev.x;
    const dy = at.y - prev.y;
    if (!this.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return false;
    const started = !this.moved;
    if (started) {
      this.moved = true;
      this.onDragging(true);
    }
    this.pointers.set(id, at);
    this.viewport.pan(dx, dy, 'instant');
    return started;
  }

  up(id: number) {
    this.pointers.delete(id);
    this.pinch = null;
    if (this.pointers.size === 0) {
      if (this.moved) this.suppressClick = true;
      this.onDragging(false);
    }
  }

  /** Whether the click now arriving ends a drag (and must not select anything); asks only once. */
  takeClick(): boolean {
    const suppress = this.suppressClick;
    this.suppressClick = false;
    return suppress;
  }
}

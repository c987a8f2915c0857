// The graph canvas's view as a small external store: the layout and canvas size come in, the learner's
// gestures and the node being followed move it, and React reads it with useSyncExternalStore. Until the
// learner pans or zooms, the view is the layout's opening view (initialView) and follows resizes; a new
// layout starts over from its own opening view.
import { clampView, ensureVisible, fitView, initialView, zoomAt, type Rect, type Size, type View } from './viewport';

const SAME = (a: View, b: View) => a.scale === b.scale && a.x === b.x && a.y === b.y;

export class ViewportController {
  private content: Size | null = null;
  private anchor: Rect | undefined;
  private box: Size = { width: 0, height: 0 };
  /** The learner's (or the follower's) view; null while the opening view applies. */
  private chosen: View | null = null;
  /** The node being followed, applied again when a hidden canvas (a phone's other tab) is shown. */
  private focus: Rect | undefined;
  private snapshot: View = { scale: 1, x: 0, y: 0 };
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get = (): View => this.snapshot;

  /** Whether the learner (or following) has moved the view away from the opening one. */
  get moved(): boolean {
    return this.chosen !== null;
  }

  private update(chosen: View | null) {
    this.chosen = chosen;
    const content = this.content;
    const ready = content !== null && this.box.width > 0 && this.box.height > 0;
    const next = !ready ? this.snapshot : chosen ? clampView(chosen, content, this.box) : initialView(content, this.box, this.anchor);
    if (SAME(next, this.snapshot)) return;
    this.snapshot = next;
    for (const l of this.listeners) l();
  }

  setLayout(content: Size, anchor?: Rect) {
    this.content = content;
    this.anchor = anchor;
    this.update(null);
  }

  setBox(box: Size) {
    const wasHidden = this.box.width <= 0 || this.box.height <= 0;
    this.box = box;
    this.update(this.chosen);
    if (wasHidden && this.focus) this.follow(this.focus);
  }

  zoom(factor: number, at?: { x: number; y: number }) {
    this.update(zoomAt(this.snapshot, factor, at ?? { x: this.box.width / 2, y: this.box.height / 2 }));
  }

  pan(dx: number, dy: number) {
    this.update({ ...this.snapshot, x: this.snapshot.x + dx, y: this.snapshot.y + dy });
  }

  /** The whole graph, however small its labels get. */
  fit() {
    if (this.content) this.update(fitView(this.content, this.box));
  }

  /** Back to how the graph opened. */
  reset() {
    this.update(null);
  }

  /** Brings a node of the layout onto the canvas if it is not (the timeline's current state). */
  follow(rect: Rect) {
    this.focus = rect;
    if (!this.content || this.box.width <= 0 || this.box.height <= 0) return;
    const next = ensureVisible(this.snapshot, rect, this.box);
    if (next !== this.snapshot) this.update(next);
  }
}

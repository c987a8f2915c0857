// The graph canvas's view as a small external store: the layout and canvas size come in, the learner's
// gestures and the node being followed move it, and React reads it with useSyncExternalStore. Until the
// learner pans or zooms, the view is the layout's opening view (initialView) and follows resizes; a new
// layout starts over from its own opening view.
//
// Each view says whether the canvas may animate to it (`smooth`). A zoom button, a key or the timeline
// moving to another state glide there; anything else is drawn in place at once: a finger or the mouse moves
// the graph itself (an animation would lag behind it), and a new layout, a resized canvas or a canvas being
// shown (a phone's Graph tab) have no earlier view on screen worth sliding from. A phone's hidden canvas
// keeps the view it had when hidden, so without this the graph slid from that stale view to the new one for
// 180 ms each time the tab was shown, and anything measuring it meanwhile measured a moving target.
import { clampView, ensureVisible, fitView, initialView, zoomAt, type Rect, type Size, type View } from './viewport';

/** A view and whether the canvas may animate to it from the one before. */
export interface ShownView extends View {
  smooth: boolean;
}

/** How a change reaches the screen: `smooth` (animated) or `instant`. */
export type Motion = 'smooth' | 'instant';

const SAME = (a: View, b: View) => a.scale === b.scale && a.x === b.x && a.y === b.y;
const sameSize = (a: Size, b: Size) => a.width === b.width && a.height === b.height;
const sameRect = (a: Rect | undefined, b: Rect | undefined) => (a && b ? a.x === b.x && a.y === b.y && sameSize(a, b) : a === b);

export class ViewportController {
  private content: Size | null = null;
  private anchor: Rect | undefined;
  private box: Size = { width: 0, height: 0 };
  /** The learner's (or the follower's) view; null while the opening view applies. */
  private chosen: View | null = null;
  /** The node being followed, applied again when a hidden canvas (a phone's other tab) is shown. */
  private focus: Rect | undefined;
  private snapshot: ShownView = { scale: 1, x: 0, y: 0, smooth: false };
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get = (): ShownView => this.snapshot;

  /** Whether the learner (or following) has moved the view away from the opening one. */
  get moved(): boolean {
    return this.chosen !== null;
  }

  private get shown(): boolean {
    return this.box.width > 0 && this.box.height > 0;
  }

  private update(chosen: View | null, motion: Motion) {
    this.chosen = chosen;
    const content = this.content;
    const next = content === null || !this.shown ? this.snapshot : chosen ? clampView(chosen, content, this.box) : initialView(content, this.box, this.anchor);
    if (SAME(next, this.snapshot)) return;
    this.snapshot = { scale: next.scale, x: next.x, y: next.y, smooth: motion === 'smooth' };
    for (const l of this.listeners) l();
  }

  /**
   * The layout on the canvas (`anchor`: its start) and the node to keep in view. A new layout opens at its
   * opening view, drawn at once, already moved to `focus` if that is off it; the same layout with another
   * focus glides to it.
   */
  setLayout(content: Size, anchor?: Rect, focus?: Rect) {
    const same = this.content !== null && sameSize(this.content, content) && sameRect(this.anchor, anchor);
    if (!same) {
      this.content = content;
      this.anchor = anchor;
      this.focus = undefined;
      this.update(null, 'instant');
    }
    if (focus) this.follow(focus, same ? 'smooth' : 'instant');
  }

  setBox(box: Size) {
    const wasHidden = !this.shown;
    this.box = box;
    this.update(this.chosen, 'instant');
    if (wasHidden && this.focus) this.follow(this.focus, 'instant');
  }

  zoom(factor: number, at?: { x: number; y: number }, motion: Motion = 'smooth') {
    this.update(zoomAt(this.snapshot, factor, at ?? { x: this.box.width / 2, y: this.box.height / 2 }), motion);
  }

  pan(dx: number, dy: number, motion: Motion = 'smooth') {
    this.update({ scale: this.snapshot.scale, x: this.snapshot.x + dx, y: this.snapshot.y + dy }, motion);
  }

  /** The whole graph, however small its labels get. */
  fit() {
    if (this.content) this.update(fitView(this.content, this.box), 'smooth');
  }

  /** Back to how the graph opened. */
  reset() {
    this.update(null, 'smooth');
  }

  /** Brings a node of the layout onto the canvas if it is not (the timeline's current state). */
  follow(rect: Rect, motion: Motion = 'smooth') {
    this.focus = rect;
    if (!this.content || !this.shown) return;
    const next = ensureVisible(this.snapshot, rect, this.box);
    if (next !== this.snapshot) this.update(next, motion);
  }
}

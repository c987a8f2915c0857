// Pan and zoom of the graph, as pure arithmetic: a View maps the layout's coordinates to the canvas
// (screen = content * scale + offset). The hook in use-pan-zoom.ts turns mouse, touch and keys into these.

export interface View {
  scale: number;
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Rect extends Size {
  x: number;
  y: number;
}

export const MIN_SCALE = 0.2;
export const MAX_SCALE = 3;
/**
 * The smallest scale the graph opens at: state names (13 px) stay at 10 px or more. A machine that would
 * need less to fit opens at this scale, showing its start, and is panned to the rest.
 */
export const READABLE_SCALE = 0.8;
/** Space kept between the graph and the canvas edge. */
export const PADDING = 12;

export const clampScale = (s: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));

/** The scale at which the whole graph fits the canvas (never above 1: small machines are not blown up). */
export function fitScale(content: Size, box: Size): number {
  if (content.width <= 0 || content.height <= 0 || box.width <= 0 || box.height <= 0) return 1;
  return clampScale(Math.min((box.width - 2 * PADDING) / content.width, (box.height - 2 * PADDING) / content.height, 1));
}

/** The whole graph, centred. */
export function fitView(content: Size, box: Size): View {
  const scale = fitScale(content, box);
  return { scale, x: (box.width - content.width * scale) / 2, y: (box.height - content.height * scale) / 2 };
}

/**
 * How a graph opens: fitted when that keeps it readable; otherwise at the readable scale, its top at the
 * top of the canvas and `anchor` (the start) centred across, or the graph centred when it fits across.
 */
export function initialView(content: Size, box: Size, anchor?: Rect): View {
  if (fitScale(content, box) >= READABLE_SCALE) return fitView(content, box);
  const scale = READABLE_SCALE;
  const fitsAcross = content.width * scale <= box.width - 2 * PADDING;
  const cx = anchor ? anchor.x + anchor.width / 2 : content.width / 2;
  const x = fitsAcross ? (box.width - content.width * scale) / 2 : box.width / 2 - cx * scale;
  return clampView({ scale, x, y: PADDING }, content, box);
}

/** Zoom by `factor` keeping the canvas point `at` (e.g. under the mouse) where it is. */
export function zoomAt(view: View, factor: number, at: { x: number; y: number }): View {
  const scale = clampScale(view.scale * factor);
  const k = scale / view.scale;
  return { scale, x: at.x - (at.x - view.x) * k, y: at.y - (at.y - view.y) * k };
}

export function panBy(view: View, dx: number, dy: number): View {
  return { ...view, x: view.x + dx, y: view.y + dy };
}

/** Keeps part of the graph on the canvas, however far it is dragged. */
export function clampView(view: View, content: Size, box: Size, keep = 48): View {
  const w = content.width * view.scale;
  const h = content.height * view.scale;
  const minX = Math.min(keep - w, box.width - w - PADDING);
  const maxX = Math.max(box.width - keep, PADDING);
  const minY = Math.min(keep - h, box.height - h - PADDING);
  const maxY = Math.max(box.height - keep, PADDING);
  return { scale: view.scale, x: Math.min(maxX, Math.max(minX, view.x)), y: Math.min(maxY, Math.max(minY, view.y)) };
}

/** Whether a rectangle of the layout is wholly on the canvas (with a margin). */
export function isVisible(view: View, rect: Rect, box: Size, margin = PADDING): boolean {
  const left = rect.x * view.scale + view.x;
  const top = rect.y * view.scale + view.y;
  return left >= margin && top >= margin && left + rect.width * view.scale <= box.width - margin && top + rect.height * view.scale <= box.height - margin;
}

/** The same view when `rect` is already on the canvas; otherwise moved (not zoomed) to centre it. */
export function ensureVisible(view: View, rect: Rect, box: Size): View {
  if (isVisible(view, rect, box)) return view;
  return {
    scale: view.scale,
    x: box.width / 2 - (rect.x + rect.width / 2) * view.scale,
    y: box.height / 2 - (rect.y + rect.height / 2) * view.scale,
  };
}

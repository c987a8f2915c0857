'use client';
// Mouse, touch and keyboard on the graph canvas: drag (one finger or the mouse) pans, a pinch or Ctrl/⌘ +
// wheel (a trackpad pinch sends that) zooms about the pointer, + − 0 and the arrow keys do the same from the
// keyboard. A plain wheel still scrolls the page: the canvas only takes the gestures it owns.
import { useEffect, useState, useSyncExternalStore, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { PointerGestures } from './gestures';
import type { Rect, Size } from './viewport';
import { ViewportController, type ShownView } from './viewport-controller';

const KEY_STEP = 48;
const ZOOM_STEP = 1.25;

export interface PanZoom {
  view: ShownView;
  controller: ViewportController;
  dragging: boolean;
  bindCanvas: (element: HTMLDivElement | null) => void;
  handlers: {
    onPointerDown: (e: PointerEvent) => void;
    onPointerMove: (e: PointerEvent) => void;
    onPointerUp: (e: PointerEvent) => void;
    onPointerCancel: (e: PointerEvent) => void;
    onClickCapture: (e: MouseEvent) => void;
    onKeyDown: (e: KeyboardEvent) => void;
  };
}

const rect = (x?: number, y?: number, width?: number, height?: number): Rect | undefined =>
  x === undefined || y === undefined || width === undefined || height === undefined ? undefined : { x, y, width, height };

const local = (e: PointerEvent) => {
  const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
  return { x: e.clientX - r.left, y: e.clientY - r.top };
};

export function usePanZoom(content: Size | null, anchor: Rect | undefined, focus: { key: string; rect: Rect } | undefined): PanZoom {
  const [controller] = useState(() => new ViewportController());
  const view = useSyncExternalStore(controller.subscribe, controller.get, controller.get);
  const [canvas, setCanvas] = useState<HTMLDivElement | null>(null);
  const [dragging, setDragging] = useState(false);
  const [gestures] = useState(() => new PointerGestures(controller, setDragging));

  // The layout, and the node the learner is looking at (the timeline's current state, or the selection),
  // which stays on the canvas: followed when it changes, not forced back while the learner pans elsewhere.
  const width = content?.width;
  const height = content?.height;
  const ax = anchor?.x;
  const ay = anchor?.y;
  const aw = anchor?.width;
  const ah = anchor?.height;
  const focusKey = focus?.key;
  const fx = focus?.rect.x;
  const fy = focus?.rect.y;
  const fw = focus?.rect.width;
  const fh = focus?.rect.height;
  useEffect(() => {
    if (width === undefined || height === undefined) return;
    controller.setLayout({ width, height }, rect(ax, ay, aw, ah), focusKey === undefined ? undefined : rect(fx, fy, fw, fh));
  }, [controller, width, height, ax, ay, aw, ah, focusKey, fx, fy, fw, fh]);

  // The canvas's size: it changes with the window, the phone's tabs, and the panel it sits in.
  useEffect(() => {
    if (!canvas) return;
    const measure = () => controller.setBox({ width: canvas.clientWidth, height: canvas.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [canvas, controller]);

  // Ctrl/⌘ + wheel zooms; the listener must not be passive to keep the browser from zooming the page.
  useEffect(() => {
    if (!canvas) return;
    const onWheel = (e: WheelEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      e.preventDefault();
      const r = canvas.getBoundingClientRect();
      controller.zoom(Math.exp(-e.deltaY * 0.0025), { x: e.clientX - r.left, y: e.clientY - r.top }, 'instant');
    };
    canvas.addEventListener('wheel', onWheel, { passive: false });
    return () => canvas.removeEventListener('wheel', onWheel);
  }, [canvas, controller]);

  const onPointerDown = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    gestures.down(e.pointerId, local(e));
  };
  const onPointerMove = (e: PointerEvent) => {
    if (gestures.move(e.pointerId, local(e))) (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
  };
  const onPointerUp = (e: PointerEvent) => gestures.up(e.pointerId);
  // The click that ends a drag does not select the state the drag started on.
  const onClickCapture = (e: MouseEvent) => {
    if (!gestures.takeClick()) return;
    e.stopPropagation();
    e.preventDefault();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const moves: Record<string, [number, number]> = { ArrowLeft: [KEY_STEP, 0], ArrowRight: [-KEY_STEP, 0], ArrowUp: [0, KEY_STEP], ArrowDown: [0, -KEY_STEP] };
    const move = moves[e.key];
    if (move) controller.pan(move[0], move[1]);
    else if (e.key === '+' || e.key === '=') controller.zoom(ZOOM_STEP);
    else if (e.key === '-' || e.key === '_') controller.zoom(1 / ZOOM_STEP);
    else if (e.key === '0') controller.fit();
    else return;
    e.preventDefault();
  };

  return {
    view,
    controller,
    dragging,
    bindCanvas: setCanvas,
    handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp, onClickCapture, onKeyDown },
  };
}

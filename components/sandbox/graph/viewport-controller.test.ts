import { describe, expect, it } from 'vitest';
import { READABLE_SCALE } from './viewport';
import { ViewportController } from './viewport-controller';

const tall = { width: 300, height: 1600 };
const box = { width: 600, height: 400 };

describe('ViewportController', () => {
  it('opens at the readable view once it knows the layout and the canvas, and tells its subscribers', () => {
    const c = new ViewportController();
    let calls = 0;
    c.subscribe(() => calls++);
    c.setLayout(tall);
    expect(calls).toBe(0);
    c.setBox(box);
    expect(calls).toBe(1);
    expect(c.get().scale).toBe(READABLE_SCALE);
    // The same snapshot object until something changes (useSyncExternalStore needs that).
    expect(c.get()).toBe(c.get());
  });

  it('follows a node below the canvas, and a new layout starts from its opening view again', () => {
    const c = new ViewportController();
    c.setLayout(tall);
    c.setBox(box);
    const bottom = { x: 80, y: 1500, width: 140, height: 52 };
    c.follow(bottom);
    const v = c.get();
    expect(v.y + 1526 * v.scale).toBeCloseTo(200);
    expect(c.moved).toBe(true);
    c.setLayout({ width: 200, height: 100 });
    expect(c.moved).toBe(false);
    expect(c.get()).toEqual({ scale: 1, x: 200, y: 150, smooth: false });
  });

  it('zooms about the canvas centre, pans, fits and resets', () => {
    const c = new ViewportController();
    c.setLayout({ width: 400, height: 300 });
    c.setBox(box);
    const opening = c.get();
    c.zoom(2);
    expect(c.get().scale).toBeCloseTo(opening.scale * 2);
    c.pan(10, -5);
    const panned = c.get();
    c.pan(0, 0);
    expect(c.get()).toBe(panned);
    c.fit();
    expect(c.get().scale).toBeCloseTo(1);
    c.zoom(0.5);
    c.reset();
    expect(c.get()).toEqual({ ...opening, smooth: true });
  });

  it('keeps the opening view through resizes until the learner moves it', () => {
    const c = new ViewportController();
    c.setLayout(tall);
    c.setBox(box);
    c.setBox({ width: 350, height: 500 });
    expect(c.get().x).toBeCloseTo((350 - 300 * READABLE_SCALE) / 2);
  });

  it('follows a node chosen while the canvas was hidden as soon as it is shown', () => {
    const c = new ViewportController();
    c.setLayout(tall);
    c.setBox(box);
    c.setBox({ width: 0, height: 0 });
    const bottom = { x: 80, y: 1500, width: 140, height: 52 };
    c.follow(bottom);
    c.setBox(box);
    const v = c.get();
    expect(v.y + 1500 * v.scale).toBeGreaterThan(0);
    expect(v.y + 1552 * v.scale).toBeLessThan(box.height);
  });

  it('draws at once what the learner did not ask for (a layout, a resize, a drag) and glides to what they did', () => {
    const c = new ViewportController();
    c.setLayout(tall);
    c.setBox(box);
    expect(c.get().smooth).toBe(false);
    c.zoom(1.25);
    expect(c.get().smooth).toBe(true);
    c.pan(0, -40, 'instant');
    expect(c.get().smooth).toBe(false);
    c.pan(0, -40);
    expect(c.get().smooth).toBe(true);
    c.reset();
    c.setBox({ width: 350, height: 500 });
    expect(c.get().smooth).toBe(false);
    c.fit();
    expect(c.get().smooth).toBe(true);
  });

  // A phone's Graph tab: the layout of a newly loaded example and the run's current state arrive while the
  // canvas is hidden, and the canvas, once shown, must be drawn at that view at once. (It slid there from the
  // view it had when hidden, and e2e/sandbox-phone.spec.ts measured a node still moving.)
  it('a canvas shown again goes straight to the layout and the node that arrived while it was hidden', () => {
    const c = new ViewportController();
    c.setLayout({ width: 200, height: 100 });
    c.setBox(box);
    const small = c.get();
    c.setBox({ width: 0, height: 0 });
    const bottom = { x: 80, y: 1500, width: 140, height: 52 };
    c.setLayout(tall, { x: 130, y: 0, width: 40, height: 28 }, bottom);
    expect(c.get()).toBe(small);
    c.setBox(box);
    const v = c.get();
    expect(v.smooth).toBe(false);
    expect(v.scale).toBe(READABLE_SCALE);
    expect(v.y + 1500 * v.scale).toBeGreaterThan(0);
    expect(v.y + 1552 * v.scale).toBeLessThan(box.height);
  });

  it('glides to another node of the same layout, and opens a new layout at once on its node', () => {
    const c = new ViewportController();
    const top = { x: 80, y: 20, width: 140, height: 52 };
    const bottom = { x: 80, y: 1500, width: 140, height: 52 };
    c.setBox(box);
    c.setLayout(tall, undefined, top);
    expect(c.get()).toEqual({ scale: READABLE_SCALE, x: (600 - 300 * READABLE_SCALE) / 2, y: 12, smooth: false });
    c.setLayout(tall, undefined, bottom);
    expect(c.get().smooth).toBe(true);
    expect(c.get().y + 1526 * READABLE_SCALE).toBeCloseTo(200);
    c.setLayout({ width: 300, height: 1700 }, undefined, bottom);
    expect(c.get().smooth).toBe(false);
    expect(c.get().y + 1526 * READABLE_SCALE).toBeCloseTo(200);
  });

  it('does not follow a node of an earlier layout into a new one', () => {
    const c = new ViewportController();
    c.setLayout(tall);
    c.setBox(box);
    c.setBox({ width: 0, height: 0 });
    c.follow({ x: 80, y: 1500, width: 140, height: 52 });
    c.setLayout({ width: 300, height: 1700 });
    c.setBox(box);
    expect(c.get()).toMatchObject({ scale: READABLE_SCALE, y: 12 });
  });
});

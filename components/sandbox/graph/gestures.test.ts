import { describe, expect, it } from 'vitest';
import { PointerGestures } from './gestures';

function setup() {
  const calls: string[] = [];
  const dragging: boolean[] = [];
  const g = new PointerGestures(
    { pan: (dx, dy, motion) => calls.push(`pan ${dx} ${dy} ${motion}`), zoom: (f, at, motion) => calls.push(`zoom ${f.toFixed(2)} ${at?.x} ${at?.y} ${motion}`) },
    (d) => dragging.push(d),
  );
  return { g, calls, dragging };
}

describe('PointerGestures', () => {
  it('a press that barely moves is a click, not a drag', () => {
    const { g, calls } = setup();
    g.down(1, { x: 10, y: 10 });
    expect(g.move(1, { x: 12, y: 11 })).toBe(false);
    g.up(1);
    expect(calls).toEqual([]);
    expect(g.takeClick()).toBe(false);
  });

  it('a drag pans by the pointer’s movement, at once, and swallows the click that ends it, once', () => {
    const { g, calls, dragging } = setup();
    g.down(1, { x: 10, y: 10 });
    expect(g.move(1, { x: 30, y: 15 })).toBe(true);
    expect(g.move(1, { x: 35, y: 15 })).toBe(false);
    g.up(1);
    expect(calls).toEqual(['pan 20 5 instant', 'pan 5 0 instant']);
    expect(dragging).toEqual([true, false]);
    expect(g.takeClick()).toBe(true);
    expect(g.takeClick()).toBe(false);
  });

  it('two fingers pinch: spreading them zooms in about their midpoint', () => {
    const { g, calls } = setup();
    g.down(1, { x: 100, y: 100 });
    g.down(2, { x: 200, y: 100 });
    g.move(2, { x: 200, y: 100 });
    g.move(2, { x: 300, y: 100 });
    expect(calls).toEqual(['zoom 2.00 200 100 instant']);
    g.up(1);
    g.up(2);
    expect(g.takeClick()).toBe(true);
  });
});

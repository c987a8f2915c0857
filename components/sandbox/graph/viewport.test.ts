import { describe, expect, it } from 'vitest';
import { clampView, ensureVisible, fitView, initialView, isVisible, MAX_SCALE, PADDING, READABLE_SCALE, zoomAt } from './viewport';

const box = { width: 600, height: 400 };

describe('fitView', () => {
  it('centres a small graph at its natural size (never enlarged)', () => {
    expect(fitView({ width: 200, height: 100 }, box)).toEqual({ scale: 1, x: 200, y: 150 });
  });
  it('shrinks a large graph until it fits inside the padding', () => {
    const v = fitView({ width: 1152, height: 300 }, box);
    expect(v.scale).toBeCloseTo((600 - 2 * PADDING) / 1152);
    expect(v.x).toBeCloseTo(PADDING);
  });
});

describe('initialView', () => {
  it('fits a graph when that keeps it readable', () => {
    expect(initialView({ width: 500, height: 400 }, box).scale).toBeCloseTo((400 - 2 * PADDING) / 400);
  });
  it('opens a tall graph at the readable scale, at its top, rather than shrinking its labels', () => {
    const v = initialView({ width: 300, height: 1600 }, box);
    expect(v.scale).toBe(READABLE_SCALE);
    expect(v.y).toBe(PADDING);
    expect(v.x).toBeCloseTo((600 - 300 * READABLE_SCALE) / 2);
  });
  it('on a narrow phone canvas, centres the start of a wide graph', () => {
    const phone = { width: 350, height: 500 };
    const start = { x: 700, y: 12, width: 72, height: 30 };
    const v = initialView({ width: 1500, height: 900 }, phone, start);
    expect(v.scale).toBe(READABLE_SCALE);
    expect(v.x + (start.x + start.width / 2) * v.scale).toBeCloseTo(175);
  });
});

describe('zoomAt', () => {
  it('keeps the point under the pointer still and stops at the limits', () => {
    const v = zoomAt({ scale: 1, x: 10, y: 20 }, 2, { x: 110, y: 120 });
    expect(v.scale).toBe(2);
    // The content point under (110, 120) was (100, 100); it still is.
    expect((110 - v.x) / v.scale).toBeCloseTo(100);
    expect((120 - v.y) / v.scale).toBeCloseTo(100);
    expect(zoomAt(v, 100, { x: 0, y: 0 }).scale).toBe(MAX_SCALE);
  });
});

describe('following a node', () => {
  const node = { x: 100, y: 900, width: 140, height: 52 };
  it('moves a node below the canvas into its centre, keeping the zoom', () => {
    const v = { scale: 0.8, x: 50, y: 12 };
    expect(isVisible(v, node, box)).toBe(false);
    const moved = ensureVisible(v, node, box);
    expect(moved.scale).toBe(0.8);
    expect(isVisible(moved, node, box)).toBe(true);
    expect(moved.y + (node.y + node.height / 2) * 0.8).toBeCloseTo(200);
  });
  it('leaves the view alone when the node is already on the canvas', () => {
    const v = { scale: 1, x: 0, y: -800 };
    expect(ensureVisible(v, node, box)).toBe(v);
  });
});

describe('clampView', () => {
  it('never lets the graph be dragged wholly off the canvas', () => {
    const content = { width: 500, height: 800 };
    const far = clampView({ scale: 1, x: 5000, y: -5000 }, content, box);
    expect(far.x).toBeLessThanOrEqual(box.width - 48);
    expect(far.y + content.height).toBeGreaterThanOrEqual(48);
  });
});

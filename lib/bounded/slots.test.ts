import { describe, expect, it } from 'vitest';
import { boundedWorkerLimit, Slots } from './slots';

describe('Slots', () => {
  it('grants up to max at once and the rest in the order they asked', async () => {
    const slots = new Slots(2);
    const order: string[] = [];
    const a = await slots.acquire();
    const b = await slots.acquire();
    const c = slots.acquire().then((release) => (order.push('c'), release));
    const d = slots.acquire().then((release) => (order.push('d'), release));
    await Promise.resolve();
    expect([slots.running, slots.waiting, order]).toEqual([2, 2, []]);
    a();
    const releaseC = await c;
    expect([slots.running, slots.waiting, order]).toEqual([2, 1, ['c']]);
    // Giving a slot back twice frees it once.
    a();
    expect([slots.running, slots.waiting]).toEqual([2, 1]);
    b();
    (await d)();
    releaseC();
    expect([slots.running, slots.waiting, order]).toEqual([0, 0, ['c', 'd']]);
  });

  it('refuses a limit that is not a positive integer', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => new Slots(bad)).toThrow(RangeError);
  });
});

describe('boundedWorkerLimit', () => {
  it('is one per core, at least two, unless STEPWISE_BOUNDED_WORKERS says otherwise', () => {
    expect(boundedWorkerLimit({}, 1)).toBe(2);
    expect(boundedWorkerLimit({}, 8)).toBe(8);
    expect(boundedWorkerLimit({ STEPWISE_BOUNDED_WORKERS: '5' }, 2)).toBe(5);
    for (const ignored of ['0', '-3', 'many', '2.5', '']) expect(boundedWorkerLimit({ STEPWISE_BOUNDED_WORKERS: ignored }, 4)).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import { NEWER_ELSEWHERE, SaveStamps, saveStatusFor } from './save-stamps';

describe('SaveStamps', () => {
  it('stamps changes by the clock, strictly increasing per question even within one millisecond', () => {
    let now = 1_000.4;
    const stamps = new SaveStamps({}, () => now);
    expect([stamps.next(0), stamps.next(0), stamps.next(1)]).toEqual([1_000, 1_001, 1_000]);
    now = 5_000;
    expect(stamps.next(0)).toBe(5_000);
  });

  it('continues above what the server stored, even when this device’s clock is behind', () => {
    const stamps = new SaveStamps({ 2: 9_000 }, () => 1_000);
    expect(stamps.next(2)).toBe(9_001);
    expect(stamps.next(3)).toBe(1_000);
  });

  it('knows whether a stamp is still the newest sent for its question', () => {
    const stamps = new SaveStamps({}, () => 10);
    const first = stamps.next(0);
    expect(stamps.isLatest(0, first)).toBe(true);
    const second = stamps.next(0);
    expect([stamps.isLatest(0, first), stamps.isLatest(0, second)]).toEqual([false, true]);
  });
});

describe('saveStatusFor', () => {
  it('keeps quiet about an older save this page already followed with a newer one, and keeps what it shows', () => {
    expect(saveStatusFor({ status: 'superseded', message: 'x' }, false)).toBeNull();
  });

  it('says so when the newer change came from elsewhere, and passes saved and refused through', () => {
    expect(saveStatusFor({ status: 'superseded', message: 'x' }, true)).toEqual({ type: 'save', status: 'superseded', message: NEWER_ELSEWHERE });
    expect(saveStatusFor({ status: 'saved' }, false)).toEqual({ type: 'save', status: 'saved' });
    expect(saveStatusFor({ status: 'refused', message: 'Time is up' }, true)).toEqual({ type: 'save', status: 'refused', message: 'Time is up' });
  });
});

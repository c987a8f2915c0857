import { describe, expect, it } from 'vitest';
import { MAX_TIME_TAKEN_MS, recordedTimeTaken } from './time-taken';

describe('recordedTimeTaken', () => {
  it('keeps whole milliseconds between 0 and an hour', () => {
    expect(recordedTimeTaken(4_000.4)).toBe(4_000);
    expect(recordedTimeTaken(-5)).toBe(0);
    expect(recordedTimeTaken(9 * 60 * 60 * 1000)).toBe(MAX_TIME_TAKEN_MS);
    expect(MAX_TIME_TAKEN_MS).toBe(3_600_000);
  });
});

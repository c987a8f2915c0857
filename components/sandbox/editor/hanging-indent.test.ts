import { describe, expect, it } from 'vitest';
import { leadingColumns } from './hanging-indent';

describe('leadingColumns', () => {
  it('counts spaces, and tabs to the next tab stop', () => {
    expect(leadingColumns('    "Next": "B"', 2)).toBe(4);
    expect(leadingColumns('\t"a"', 4)).toBe(4);
    expect(leadingColumns(' \t"a"', 4)).toBe(4);
    expect(leadingColumns('"a"', 2)).toBe(0);
    expect(leadingColumns('   ', 2)).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeShare, encodeShare } from './url-state';

describe('share links', () => {
  it('round-trips every field', () => {
    const state = { definition: '{"StartAt":"A"}', input: '{"x": [1, 2]}', format: 'yaml' as const, type: 'EXPRESS' as const, seed: 7, faults: 'fail A once with X', testCase: 'HappyPath' };
    const hash = encodeShare(state);
    expect(hash.startsWith('#sb=')).toBe(true);
    expect(decodeShare(hash)).toEqual(state);
  });
  it('round-trips any text', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (definition, input) => {
      expect(decodeShare(encodeShare({ definition, input }))).toEqual({ definition, input });
    }));
  });
  it('rejects hashes without or with damaged state', () => {
    expect(decodeShare('')).toBeNull();
    expect(decodeShare('#other=1')).toBeNull();
    expect(decodeShare('#sb=%%%garbage')).toBeNull();
  });
});

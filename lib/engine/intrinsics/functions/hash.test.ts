import { describe, expect, it } from 'vitest';
import { failure, run } from '../test-helpers';

describe('States.Hash', () => {
  // AWS-recorded digests of "input data" (intrinsic_functions/test_hash_calculations.py).
  it.each([
    ['MD5', '812f45842bc6d66ee14572ce20db8e86'],
    ['SHA-1', 'aaff4a450a104cd177d28d18d74485e8cae074b7'],
    ['SHA-384', 'd28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562'],
    ['SHA-512', '6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4'],
  ])('%s of "input data"', (alg, digest) => {
    expect(run('States.Hash($.d, $.a)', { d: 'input data', a: alg })).toBe(digest);
  });

  it('SHA-256 (FIPS 180-2 vector "abc")', () => {
    expect(run("States.Hash('abc', 'SHA-256')")).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('fails on an unknown algorithm', () => {
    const e = failure("States.Hash('x', 'SHA-3')");
    expect(e.error).toBe('States.IntrinsicFailure');
    expect(e.causeText).toContain("'SHA-3' is not supported");
  });

  it('fails on more than 10,000 characters', () => {
    expect(failure("States.Hash($.d, 'MD5')", { d: 'x'.repeat(10_001) }).error).toBe('States.IntrinsicFailure');
  });
});

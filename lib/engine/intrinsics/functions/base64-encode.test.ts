import { describe, expect, it } from 'vitest';
import { failure, run } from '../test-helpers';

describe('States.Base64Encode', () => {
  it('encodes UTF-8 text (AWS-recorded and RFC 4648 vectors)', () => {
    expect(run('States.Base64Encode($.s)', { s: '' })).toBe('');
    expect(run('States.Base64Encode($.s)', { s: 'Data to encode' })).toBe('RGF0YSB0byBlbmNvZGU=');
    expect(run("States.Base64Encode('fo')")).toBe('Zm8=');
    expect(run("States.Base64Encode('foobar')")).toBe('Zm9vYmFy');
    expect(run("States.Base64Encode('é✓')")).toBe('w6ninJM=');
  });

  it('fails on a non-string and on more than 10,000 characters', () => {
    expect(failure('States.Base64Encode($.s)', { s: 1 }).error).toBe('States.IntrinsicFailure');
    expect(failure('States.Base64Encode($.s)', { s: 'a'.repeat(10_001) }).causeText).toContain('10000');
  });
});

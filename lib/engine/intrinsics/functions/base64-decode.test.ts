import { describe, expect, it } from 'vitest';
import { failure, run } from '../test-helpers';

describe('States.Base64Decode', () => {
  it('decodes to UTF-8 text (AWS-recorded and RFC 4648 vectors)', () => {
    expect(run('States.Base64Decode($.s)', { s: '' })).toBe('');
    expect(run('States.Base64Decode($.s)', { s: 'RGF0YSB0byBlbmNvZGU=' })).toBe('Data to encode');
    expect(run("States.Base64Decode('Zm9vYg==')")).toBe('foob');
    expect(run("States.Base64Decode('w6ninJM=')")).toBe('é✓');
  });

  it('fails on text that is not Base64', () => {
    const e = failure("States.Base64Decode('not base64!')");
    expect(e.error).toBe('States.IntrinsicFailure');
    expect(e.causeText).toContain('not valid Base64');
    expect(failure("States.Base64Decode('abcde')").error).toBe('States.IntrinsicFailure');
  });
});

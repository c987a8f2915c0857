import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from './suggest';

describe('suggestions', () => {
  it('finds typos, case slips and truncated names', () => {
    expect(closest('Nxt', ['Next', 'End'])).toBe('Next');
    expect(closest('resultpath', ['ResultPath', 'OutputPath'])).toBe('ResultPath');
    expect(closest('Backoff', ['BackoffRate', 'MaxAttempts'])).toBe('BackoffRate');
  });

  it('stays quiet when nothing is close', () => {
    expect(closest('Zebra', ['Next', 'End'])).toBeUndefined();
    expect(didYouMean('Zebra', ['Next'])).toBe('');
    expect(didYouMean('Nex', ['Next'])).toBe(" Did you mean 'Next'?");
  });
});

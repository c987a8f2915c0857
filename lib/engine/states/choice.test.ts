import { describe, expect, it } from 'vitest';
import { run, types } from '../test-support/run';

const machine = {
  StartAt: 'C',
  States: {
    C: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.n', NumericGreaterThan: 10, Next: 'Big' },
        { And: [{ Variable: '$.s', IsPresent: true }, { Variable: '$.s', StringMatches: 'a*' }], Next: 'Str' },
      ],
      Default: 'Other',
    },
    Big: { Type: 'Pass', Result: 'big', End: true },
    Str: { Type: 'Pass', Result: 'str', End: true },
    Other: { Type: 'Pass', Result: 'other', End: true },
  },
};

describe('Choice state', () => {
  it('takes the first matching rule', async () => {
    expect((await run(machine, { n: 11, s: 'abc' })).output).toBe('big');
    expect((await run(machine, { n: 1, s: 'abc' })).output).toBe('str');
  });

  it('falls back to Default', async () => {
    const r = await run(machine, { n: 1 });
    expect(r.output).toBe('other');
    expect(types(r)).toEqual(['ExecutionStarted', 'ChoiceStateEntered', 'ChoiceStateExited', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
  });

  it('fails with States.NoChoiceMatched without a Default', async () => {
    const r = await run({ StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Variable: '$.n', IsNull: true, Next: 'Done' }] }, Done: { Type: 'Succeed' } } }, { n: 1 });
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.NoChoiceMatched');
  });
});

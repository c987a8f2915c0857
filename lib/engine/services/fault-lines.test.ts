import { describe, expect, it } from 'vitest';
import { faultRulesFromLines, parseFaultLines } from './fault-lines';

describe('parseFaultLines', () => {
  it('reads the phrases a lesson or learner writes', () => {
    const { faults, errors } = parseFaultLines('fail Glue twice with Glue.AWSGlueException\n# comment\nfail "Send mail" 3 times with States.Timeout: too slow\nFAIL Convert once with Boom');
    expect(errors).toEqual([]);
    expect(faults).toEqual([
      { state: 'Glue', times: 2, error: 'Glue.AWSGlueException' },
      { state: 'Send mail', times: 3, error: 'States.Timeout', cause: 'too slow' },
      { state: 'Convert', times: 1, error: 'Boom' },
    ]);
  });

  it('says which line is wrong and how to write it', () => {
    const { errors } = parseFaultLines('fail Glue\nfail A 0 times with X');
    expect(errors.map((e) => e.line)).toEqual([1, 2]);
    expect(errors[0]!.message).toMatch(/fail <state> <N> times with <Error>/);
  });

  it('turns lines into the services’ fault rules', () => {
    const { faults } = parseFaultLines('fail Glue 2 times with G.E: c\nfail B 1 time with X');
    expect(faultRulesFromLines(faults)).toEqual([
      { state: 'Glue', invocations: '0-1', throw: { Error: 'G.E', Cause: 'c' } },
      { state: 'B', invocations: '0', throw: { Error: 'X' } },
    ]);
  });
});

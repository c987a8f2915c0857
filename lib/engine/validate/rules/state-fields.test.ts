import { describe, expect, it } from 'vitest';
import { errors, errorText, machine } from '../test-util';

describe('fields per state type', () => {
  it('accepts every state type with its usual fields', () => {
    const def = {
      StartAt: 'P',
      States: {
        P: { Type: 'Pass', Comment: 'c', InputPath: '$', Parameters: { 'a.$': '$.x' }, ResultPath: '$.r', OutputPath: '$', Next: 'T' },
        T: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f', TimeoutSeconds: 10, HeartbeatSeconds: 5, ResultSelector: { 'v.$': '$.Payload' }, Next: 'W' },
        W: { Type: 'Wait', Seconds: 1, Next: 'C' },
        C: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'OK' }], Default: 'F' },
        OK: { Type: 'Succeed', OutputPath: '$' },
        F: { Type: 'Fail', Error: 'E', Cause: 'c' },
      },
    };
    expect(errors(def)).toEqual([]);
  });

  it('rejects an unknown field with a suggestion, located on the key', () => {
    const d = errors(machine({ Type: 'Pass', Nxt: 'Done' }));
    const u = d.find((x) => x.path.join('/') === 'States/S/Nxt')!;
    expect(u.message).toMatch(/Field 'Nxt' is not supported by Pass states \(state 'S'\)\. Did you mean 'Next'\?/);
  });

  it('explains why Choice, Succeed and Fail take no Next', () => {
    const choice = machine({ Type: 'Choice', Choices: [{ Variable: '$.a', IsNull: true, Next: 'Done' }], Next: 'Done' });
    expect(errorText(choice)).toMatch(/Field 'Next' is not supported by Choice states.*routes with Choices and Default/);
    expect(errorText(machine({ Type: 'Fail', End: true }))).toMatch(/A Fail state always ends/);
    expect(errorText({ StartAt: 'S', States: { S: { Type: 'Succeed', Assign: { a: 1 } } } })).toMatch(/Field 'Assign' is not supported by Succeed states/);
  });

  it('rejects a missing or unknown Type', () => {
    expect(errorText({ StartAt: 'S', States: { S: { End: true } } })).toMatch(/State 'S' has no 'Type'/);
    expect(errorText({ StartAt: 'S', States: { S: { Type: 'Tsk', End: true } } })).toMatch(/unknown Type "Tsk".*Did you mean 'Task'\?/);
    expect(errorText({ StartAt: 'S', States: { S: 'Pass' } })).toMatch(/State 'S' must be a JSON object/);
  });

  it('reports missing required fields per type', () => {
    expect(errorText(machine({ Type: 'Task', End: true }))).toMatch(/Task state 'S' is missing the required field 'Resource'/);
    expect(errorText(machine({ Type: 'Choice' }))).toMatch(/missing the required field 'Choices'/);
    expect(errorText(machine({ Type: 'Parallel', End: true }))).toMatch(/missing the required field 'Branches'/);
    expect(errorText(machine({ Type: 'Map', End: true }))).toMatch(/missing the required field 'ItemProcessor' or 'Iterator'/);
  });
});

import { describe, expect, it } from 'vitest';
import { errors, errorText } from '../test-util';

describe('QueryLanguage per state', () => {
  it('lets a JSONPath machine switch single states to JSONata', () => {
    const def = {
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% $states.input %}', Next: 'B' },
        B: { Type: 'Pass', InputPath: '$', End: true },
      },
    };
    expect(errors(def)).toEqual([]);
  });

  it('does not let a JSONata machine switch a state back to JSONPath (AWS wording)', () => {
    const def = { QueryLanguage: 'JSONata', StartAt: 'P', States: { P: { Type: 'Pass', QueryLanguage: 'JSONPath', End: true } } };
    const d = errors(def);
    expect(d).toHaveLength(1);
    expect(d[0]!.path).toEqual(['States', 'P']);
    expect(d[0]!.message).toMatch(/'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine/);
  });

  it('lets inner states of a JSONata Map in a JSONPath machine use JSONPath (as AWS accepts)', () => {
    const def = {
      StartAt: 'Map',
      QueryLanguage: 'JSONPath',
      States: {
        Map: { Type: 'Map', QueryLanguage: 'JSONata', ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'Pass', States: { Pass: { QueryLanguage: 'JSONPath', Type: 'Pass', End: true } } }, End: true },
      },
    };
    expect(errors(def)).toEqual([]);
  });

  it('rejects an unknown QueryLanguage value on a state', () => {
    expect(errorText({ StartAt: 'P', States: { P: { Type: 'Pass', QueryLanguage: 'jsonata', End: true } } })).toMatch(/QueryLanguage must be 'JSONPath' or 'JSONata', not "jsonata"/);
  });

  it('accepts {% %} in every value field of a JSONata machine', () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map', Items: '{% [1,2] %}', MaxConcurrency: '{% 2 %}', ToleratedFailureCount: '{% 0 %}',
          ItemProcessor: { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Arguments: '{% $states.input %}', TimeoutSeconds: '{% 10 %}', HeartbeatSeconds: '{% 5 %}', End: true } } },
          Next: 'W',
        },
        W: { Type: 'Wait', Seconds: '{% 1 %}', Next: 'F' },
        F: { Type: 'Fail', Error: '{% "E" %}', Cause: '{% "C" %}' },
      },
    };
    expect(errors(def)).toEqual([]);
  });
});

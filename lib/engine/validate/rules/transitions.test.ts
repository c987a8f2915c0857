import { describe, expect, it } from 'vitest';
import { errors, errorText } from '../test-util';

describe('transitions', () => {
  it('accepts a chain that ends', () => {
    expect(errors({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', End: true } } })).toEqual([]);
  });

  it('reports a bad Next with the closest existing name', () => {
    const d = errors({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Finsh' }, Finish: { Type: 'Succeed' } } });
    const miss = d.find((x) => x.path.join('/') === 'States/A/Next')!;
    expect(miss.code).toBe('MISSING_TRANSITION_TARGET');
    expect(miss.message).toMatch(/Missing 'Next' target: 'Finsh': .*Did you mean 'Finish'\?/);
    // Finish is then unreachable too, as AWS also reports.
    expect(d.some((x) => x.message.startsWith('State "Finish" is not reachable'))).toBe(true);
  });

  it('reports bad StartAt, Default, Choice and Catch targets', () => {
    expect(errorText({ StartAt: 'Nope', States: { A: { Type: 'Succeed' } } })).toMatch(/Missing 'StartAt' target: 'Nope'/);
    const choice = {
      StartAt: 'C',
      States: { C: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'Y' }], Default: 'Z' }, Y: { Type: 'Succeed' } },
    };
    expect(errorText(choice)).toMatch(/Missing 'Default' target: 'Z'/);
    choice.States.C.Choices[0]!.Next = 'Q';
    expect(errorText(choice)).toMatch(/\["States","C","Choices",0,"Next"\]: Missing 'Next' target: 'Q':/);
    const caught = { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Gone' }] } } };
    expect(errorText(caught)).toMatch(/\["States","T","Catch",0,"Next"\]: Missing 'Next' target: 'Gone':/);
  });

  it('requires Next or End, but not both', () => {
    expect(errorText({ StartAt: 'A', States: { A: { Type: 'Pass' } } })).toMatch(/neither 'Next' nor "End": true/);
    expect(errorText({ StartAt: 'A', States: { A: { Type: 'Pass', End: true, Next: 'A' } } })).toMatch(/both 'Next' and "End": true/);
    expect(errorText({ StartAt: 'A', States: { A: { Type: 'Pass', End: 'yes' } } })).toMatch(/'End' of state 'A' must be true or false/);
  });

  it('reports unreachable states as errors, like AWS', () => {
    const d = errors({ StartAt: 'A', States: { A: { Type: 'Succeed' }, Orphan: { Type: 'Succeed' } } });
    expect(d).toHaveLength(1);
    expect(d[0]!.code).toBe('MISSING_TRANSITION_TARGET');
    expect(d[0]!.path).toEqual(['States', 'Orphan']);
  });

  it('follows Catch, Default and Choice edges when deciding reachability', () => {
    const def = {
      StartAt: 'T',
      States: {
        T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'C', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Oops' }] },
        C: { Type: 'Choice', Choices: [{ Variable: '$.x', BooleanEquals: true, Next: 'Yes' }], Default: 'No' },
        Yes: { Type: 'Succeed' },
        No: { Type: 'Succeed' },
        Oops: { Type: 'Fail' },
      },
    };
    expect(errors(def)).toEqual([]);
  });

  it('reports a machine with no terminal state', () => {
    const loop = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'A' } } };
    const d = errors(loop);
    expect(d.map((x) => x.code)).toEqual(['MISSING_END_STATE']);
  });

  it('scopes targets to their own machine: a branch cannot jump to the parent', () => {
    const def = {
      StartAt: 'P',
      States: {
        P: { Type: 'Parallel', Next: 'After', Branches: [{ StartAt: 'B1', States: { B1: { Type: 'Pass', Next: 'After' } } }] },
        After: { Type: 'Succeed' },
      },
    };
    const d = errors(def);
    expect(d.some((x) => x.code === 'MISSING_TRANSITION_TARGET' && x.path.join('/') === 'States/P/Branches/0/States/B1/Next')).toBe(true);
    expect(d.find((x) => x.code === 'MISSING_TRANSITION_TARGET')!.message).toMatch(/this Parallel branch/);
  });
});

describe('state names across nested machines', () => {
  it('rejects a name used both outside and inside a Map (DUPLICATE_STATE_NAME)', () => {
    const def = {
      StartAt: 'Map',
      States: {
        Map: { Type: 'Map', Next: 'Final', Iterator: { StartAt: 'Final', States: { Final: { Type: 'Succeed' } } } },
        Final: { Type: 'Pass', End: true },
      },
    };
    const d = errors(def).filter((x) => x.code === 'DUPLICATE_STATE_NAME');
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toMatch(/Duplicate State name: 'Final' is already used at \/States\/Map\/Iterator\/States\/Final/);
  });

  it('rejects the same name in two Parallel branches', () => {
    const branch = { StartAt: 'Work', States: { Work: { Type: 'Pass', End: true } } };
    const def = { StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [branch, branch], End: true } } };
    expect(errors(def).map((x) => x.code)).toEqual(['DUPLICATE_STATE_NAME']);
  });
});

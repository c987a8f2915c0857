import { describe, expect, it } from 'vitest';
import { buildGraphModel, collectStateNames, describeChoiceRule, describeGraph, END_ID, nodeIdForDefPath, nodeIdForTracePath, START_ID } from './graph-model';

const machine = {
  StartAt: 'Check',
  States: {
    Check: {
      Type: 'Choice',
      Choices: [{ Variable: '$.n', NumericGreaterThan: 3, Next: 'Big' }],
      Default: 'Par',
    },
    Big: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Oops' }], End: true },
    Par: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'A2' }, A2: { Type: 'Succeed' } } },
        { StartAt: 'B', States: { B: { Type: 'Pass', End: true } } },
      ],
      Next: 'Each',
    },
    Each: { Type: 'Map', ItemProcessor: { StartAt: 'Inner', States: { Inner: { Type: 'Pass', End: true } } }, End: true },
    Oops: { Type: 'Fail', Error: 'Boom' },
  },
};

describe('buildGraphModel', () => {
  const model = buildGraphModel(machine);

  it('draws start and end around the top-level states', () => {
    expect(model.nodes[0]!.id).toBe(START_ID);
    expect(model.nodes.at(-1)!.id).toBe(END_ID);
    expect(model.edges.find((e) => e.kind === 'start')).toMatchObject({ source: START_ID, target: 'Check' });
    const enders = model.edges.filter((e) => e.target === END_ID).map((e) => e.source).sort();
    expect(enders).toEqual(['Big', 'Each', 'Oops']);
  });

  it('labels choice branches with their rule and the default', () => {
    const fromCheck = model.edges.filter((e) => e.source === 'Check');
    expect(fromCheck).toEqual([
      expect.objectContaining({ target: 'Big', kind: 'choice', label: '$.n > 3' }),
      expect.objectContaining({ target: 'Par', kind: 'default', label: 'Default' }),
    ]);
  });

  it('marks catch edges with the errors they catch', () => {
    expect(model.edges.find((e) => e.kind === 'catch')).toMatchObject({ source: 'Big', target: 'Oops', label: 'States.ALL' });
  });

  it('nests Parallel branches and Map iterations as boxes with their own edges', () => {
    const par = model.byId.get('Par')!;
    expect(par.children!.map((c) => c.id)).toEqual(['Par/0', 'Par/1']);
    expect(par.children![0]!.children!.map((c) => c.id)).toEqual(['Par/0/A', 'Par/0/A2']);
    expect(model.edges.find((e) => e.source === 'Par/0/A')).toMatchObject({ target: 'Par/0/A2', scope: 'Par/0' });
    expect(model.byId.get('Each/Inner')!.defPath).toEqual(['States', 'Each', 'ItemProcessor', 'States', 'Inner']);
    // Inner states that end do not point at the top-level End.
    expect(model.edges.some((e) => e.source === 'Each/Inner')).toBe(false);
  });

  it('draws what it can of a broken definition', () => {
    const broken = buildGraphModel({ StartAt: 'Nope', States: { A: { Type: 'Pass', Next: 'Missing' }, B: 42 } });
    expect(broken.nodes.map((n) => n.id)).toEqual([START_ID, 'A', 'B', END_ID]);
    expect(broken.edges).toEqual([]);
    expect(buildGraphModel('not an object').nodes.map((n) => n.kind)).toEqual(['start', 'end']);
  });
});

describe('paths', () => {
  const model = buildGraphModel(machine);
  it('maps a cursor path to the deepest state', () => {
    expect(nodeIdForDefPath(['States', 'Par', 'Branches', 1, 'States', 'B', 'End'])).toBe('Par/1/B');
    expect(nodeIdForDefPath(['States', 'Each', 'ItemProcessor', 'States', 'Inner'])).toBe('Each/Inner');
    expect(nodeIdForDefPath(['States', 'Check', 'Choices', 0, 'Next'])).toBe('Check');
    expect(nodeIdForDefPath(['StartAt'])).toBeUndefined();
  });
  it('folds Map iterations but keeps Parallel branches apart in trace paths', () => {
    expect(nodeIdForTracePath(['Each', 17, 'Inner'], model.byId)).toBe('Each/Inner');
    expect(nodeIdForTracePath(['Par', 1, 'B'], model.byId)).toBe('Par/1/B');
  });
  it('collects every state name, nested ones included', () => {
    expect(collectStateNames(machine).sort()).toEqual(['A', 'A2', 'B', 'Big', 'Check', 'Each', 'Inner', 'Oops', 'Par']);
  });
});

describe('describeChoiceRule', () => {
  it('reads comparison, path, type-test, boolean and JSONata rules', () => {
    expect(describeChoiceRule({ Variable: '$.s', StringEquals: 'x', Next: 'A' })).toBe('$.s == "x"');
    expect(describeChoiceRule({ Variable: '$.a', NumericLessThanPath: '$.b' })).toBe('$.a < $.b');
    expect(describeChoiceRule({ Variable: '$.a', IsPresent: true })).toBe('$.a IsPresent true');
    expect(describeChoiceRule({ Not: { Variable: '$.a', BooleanEquals: true } })).toBe('not ($.a == true)');
    expect(describeChoiceRule({ And: [{ Variable: '$.a', IsNull: false }, { Condition: '{% $x %}' }] })).toBe('($.a IsNull false) and ({% $x %})');
  });
});

describe('describeGraph', () => {
  it('gives a line per state with its transitions', () => {
    const lines = describeGraph(buildGraphModel(machine)).map((l) => l.text);
    expect(lines[0]).toBe('Start at Check');
    expect(lines).toContain('Check (Choice): if $.n > 3 go to Big; otherwise go to Par');
    expect(lines).toContain('Big (Task): on error States.ALL go to Oops; ends the execution');
    expect(lines).toContain('Branch 2');
  });
});

import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../index';

const flow = (definition: unknown) => validateDefinition(definition).filter((d) => d.code === 'VARIABLE_READ_BEFORE_ASSIGN');

describe('variables read before any state assigns them', () => {
  it('accepts a read after the assigning state', () => {
    expect(
      flow({
        StartAt: 'Set',
        States: {
          Set: { Type: 'Pass', Assign: { x: 1 }, Next: 'Use' },
          Use: { Type: 'Pass', Parameters: { 'v.$': '$x' }, End: true },
        },
      }),
    ).toEqual([]);
  });

  it('reports a read that comes before the only assignment, naming the variable and the state', () => {
    const found = flow({
      StartAt: 'Use',
      States: {
        Use: { Type: 'Pass', Parameters: { 'v.$': '$x' }, Next: 'Set' },
        Set: { Type: 'Pass', Assign: { x: 1 }, End: true },
      },
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toMatch(/Variable '\$x' is read in state 'Use', but no state that runs before it assigns it/);
    expect(found[0]!.path).toEqual(['States', 'Use', 'Parameters', 'v.$']);
  });

  it("does not count a state's own Assign for its own reads (evaluation order)", () => {
    const found = flow({
      QueryLanguage: 'JSONata',
      StartAt: 'Only',
      States: { Only: { Type: 'Pass', Assign: { x: 1 }, Output: '{% $x %}', End: true } },
    });
    expect(found.map((d) => d.path[1])).toEqual(['Only']);
  });

  it('follows loops: an assignment later in a loop reaches the loop head', () => {
    expect(
      flow({
        StartAt: 'Check',
        States: {
          Check: { Type: 'Choice', Choices: [{ Variable: '$guess', IsPresent: true, Next: 'Done' }], Default: 'Guess' },
          Guess: { Type: 'Pass', Assign: { guess: 1 }, Next: 'Check' },
          Done: { Type: 'Succeed' },
        },
      }),
    ).toEqual([]);
  });

  it('counts Assign in Choice rules and Catchers on the paths they take', () => {
    expect(
      flow({
        QueryLanguage: 'JSONata',
        StartAt: 'C',
        States: {
          C: { Type: 'Choice', Choices: [{ Condition: '{% true %}', Assign: { a: 1 }, Next: 'UseA' }], Default: 'T' },
          T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Arguments: {}, Catch: [{ ErrorEquals: ['States.ALL'], Assign: { b: 2 }, Next: 'UseB' }], End: true },
          UseA: { Type: 'Pass', Output: '{% $a %}', End: true },
          UseB: { Type: 'Pass', Output: '{% $b %}', End: true },
        },
      }),
    ).toEqual([]);
  });

  it('inside a Map, sees what was assigned before the Map state, not the Map state\'s own Assign', () => {
    const definition = {
      StartAt: 'Set',
      States: {
        Set: { Type: 'Pass', Assign: { x: 42 }, Next: 'Map' },
        Map: {
          Type: 'Map',
          Assign: { y: 1 },
          ItemProcessor: {
            StartAt: 'Inner',
            States: { Inner: { Type: 'Pass', Assign: { 'innerX.$': '$x', 'innerY.$': '$y' }, End: true } },
          },
          Next: 'After',
        },
        After: { Type: 'Pass', Parameters: { 'y.$': '$y' }, End: true },
      },
    };
    const found = flow(definition);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/'\$y' is read in state 'Inner'/);
    expect(found[0]!.path.slice(0, 5)).toEqual(['States', 'Map', 'ItemProcessor', 'States', 'Inner']);
  });

  it('leaves names no Assign sets at all to the UNDEFINED_VARIABLE rule', () => {
    const all = validateDefinition({
      QueryLanguage: 'JSONata',
      StartAt: 'S',
      States: { S: { Type: 'Pass', Output: { result: '{% $doesNotExist %}' }, End: true } },
    });
    expect(all.filter((d) => d.code === 'VARIABLE_READ_BEFORE_ASSIGN')).toEqual([]);
    const undefinedVar = all.find((d) => d.code === 'UNDEFINED_VARIABLE');
    expect(undefinedVar?.message).toMatch(/\$doesNotExist/);
  });
});

describe('query-language field rules (the validator\'s; checked here for issue 4)', () => {
  it('rejects a JSONPath field in a JSONata state', () => {
    const d = validateDefinition({
      QueryLanguage: 'JSONata',
      StartAt: 'P',
      States: { P: { Type: 'Pass', InputPath: '$.x', End: true } },
    });
    expect(d.some((x) => x.severity === 'error' && /InputPath/.test(x.message))).toBe(true);
  });

  it('rejects downgrading a state to JSONPath in a JSONata machine', () => {
    const d = validateDefinition({ QueryLanguage: 'JSONata', StartAt: 'P', States: { P: { Type: 'Pass', QueryLanguage: 'JSONPath', End: true } } });
    expect(d.some((x) => x.severity === 'error' && /JSONPath/.test(x.message))).toBe(true);
  });

  it('rejects a JSONata expression with a syntax error', () => {
    const d = validateDefinition({ QueryLanguage: 'JSONata', StartAt: 'P', States: { P: { Type: 'Pass', Output: '{% $states.input.( %}', End: true } } });
    expect(d.some((x) => x.severity === 'error')).toBe(true);
  });
});

describe('JSONata functions passed as values', () => {
  it('are not variables: no read-before-assignment or undefined-variable warning names them', () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Output: '{% $map($states.input.items, $string) %}', Next: 'B' },
        B: { Type: 'Pass', Output: '{% $y & $map([1], $type) %}', Assign: { y: 1 }, End: true },
      },
    };
    const messages = validateDefinition(def).map((d) => d.message);
    expect(messages.some((m) => /\$string|\$type/.test(m))).toBe(false);
    // A real variable read before it is assigned is still named.
    expect(messages.some((m) => m.includes("'$y'"))).toBe(true);
  });
});

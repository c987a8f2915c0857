import { describe, expect, it } from 'vitest';
import { errors, errorText, warnings } from '../test-util';

const withRules = (choices: unknown[], extra: Record<string, unknown> = {}) => ({
  StartAt: 'C',
  States: { C: { Type: 'Choice', Choices: choices, Default: 'D', ...extra }, Y: { Type: 'Succeed' }, D: { Type: 'Succeed' } },
});

describe('Choice rules (JSONPath)', () => {
  it('accepts each operator family and nested And/Or/Not', () => {
    const rules = [
      { Variable: '$.s', StringEquals: 'a', Next: 'Y' },
      { Variable: '$.s', StringMatches: 'log-*.txt', Next: 'Y' },
      { Variable: '$.n', NumericGreaterThanEqualsPath: '$.m', Next: 'Y' },
      { Variable: '$.b', BooleanEquals: false, Next: 'Y' },
      { Variable: '$.t', TimestampLessThan: '2024-01-01T00:00:00Z', Next: 'Y' },
      { Variable: '$.t', IsTimestamp: true, Next: 'Y' },
      { And: [{ Variable: '$.a', IsPresent: true }, { Not: { Variable: '$.a', IsNull: true } }], Next: 'Y' },
      { Or: [{ Variable: '$$.Execution.Name', StringEquals: 'x' }, { Variable: '$.n', NumericEquals: 1 }], Next: 'Y', Comment: 'c' },
    ];
    expect(errors(withRules(rules))).toEqual([]);
  });

  it('requires exactly one comparison operator', () => {
    expect(errorText(withRules([{ Variable: '$.a', Next: 'Y' }]))).toMatch(/has no comparison/);
    expect(errorText(withRules([{ Variable: '$.a', StringEquals: 'x', IsPresent: true, Next: 'Y' }]))).toMatch(/more than one comparison \(StringEquals, IsPresent\)/);
  });

  it('checks operand types', () => {
    expect(errorText(withRules([{ Variable: '$.a', NumericEquals: '1', Next: 'Y' }]))).toMatch(/'NumericEquals'.*must be a number, not a string/);
    expect(errorText(withRules([{ Variable: '$.a', NumericEquals: '$.b', Next: 'Y' }]))).toMatch(/use 'NumericEqualsPath'/);
    expect(errorText(withRules([{ Variable: '$.a', BooleanEquals: 'true', Next: 'Y' }]))).toMatch(/must be true or false/);
    expect(errorText(withRules([{ Variable: '$.a', TimestampEquals: '2024-01-01', Next: 'Y' }]))).toMatch(/RFC3339/);
    expect(errorText(withRules([{ Variable: '$.a', StringEqualsPath: 'nope', Next: 'Y' }]))).toMatch(/not a JSONPath/);
  });

  it('warns when a literal comparison looks like a path (NO_PATH)', () => {
    const w = warnings(withRules([{ Variable: '$.a', StringEquals: '$.b', Next: 'Y' }]));
    expect(w.map((x) => x.code)).toEqual(['NO_PATH']);
    expect(w[0]!.message).toMatch(/StringEqualsPath/);
  });

  it('requires Variable for comparisons and forbids it with And/Or/Not', () => {
    expect(errorText(withRules([{ StringEquals: 'x', Next: 'Y' }]))).toMatch(/has no 'Variable'/);
    expect(errorText(withRules([{ Variable: '$.a', And: [{ Variable: '$.a', IsNull: true }], Next: 'Y' }]))).toMatch(/takes no 'Variable'/);
    expect(errorText(withRules([{ Variable: '$..a[', IsNull: true, Next: 'Y' }]))).toMatch(/Invalid JSONPath/);
  });

  it('puts Next only on top-level rules', () => {
    expect(errorText(withRules([{ Variable: '$.a', IsNull: true }]))).toMatch(/has no 'Next'/);
    expect(errorText(withRules([{ And: [{ Variable: '$.a', IsNull: true, Next: 'Y' }], Next: 'Y' }]))).toMatch(/Only top-level rules in Choices have 'Next'/);
  });

  it('checks And/Or arrays and Not objects', () => {
    expect(errorText(withRules([{ And: [], Next: 'Y' }]))).toMatch(/'And'.*must not be an empty array/);
    expect(errorText(withRules([{ Not: [{ Variable: '$.a', IsNull: true }], Next: 'Y' }]))).toMatch(/'Not'.*must be a single rule object/);
  });

  it('rejects an empty Choices and a typo in an operator name', () => {
    expect(errorText(withRules([]))).toMatch(/Choices.*must not be an empty array/);
    expect(errorText(withRules([{ Variable: '$.a', StringEqual: 'x', Next: 'Y' }]))).toMatch(/Did you mean 'StringEquals'\?/);
  });
});

describe('Choice rules (JSONata)', () => {
  const jsonata = (choices: unknown[]) => ({ ...withRules(choices), QueryLanguage: 'JSONata' });

  it('accepts Condition, Assign and Output on a rule', () => {
    expect(errors(jsonata([{ Condition: '{% $states.input.n > 1 %}', Next: 'Y', Assign: { seen: true }, Output: { x: 1 } }]))).toEqual([]);
    expect(errors(jsonata([{ Condition: true, Next: 'Y' }]))).toEqual([]);
  });

  it('rejects JSONPath operators and a missing or bad Condition', () => {
    expect(errorText(jsonata([{ Variable: '$.a', IsPresent: true, Next: 'Y' }]))).toMatch(/uses JSONata: write the test as "Condition"/);
    expect(errorText(jsonata([{ Next: 'Y' }]))).toMatch(/has no 'Condition'/);
    expect(errorText(jsonata([{ Condition: '{% $states.input.n > %}', Next: 'Y' }]))).toMatch(/invalid JSONata expression/);
    expect(errorText(jsonata([{ Condition: 'yes', Next: 'Y' }]))).toMatch(/must be a \{% \.\.\. %\} expression or a boolean/);
  });

  it('rejects Condition in a JSONPath state', () => {
    expect(errorText(withRules([{ Condition: '{% true %}', Next: 'Y' }]))).toMatch(/'Condition' is JSONata/);
  });
});

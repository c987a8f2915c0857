import { describe, expect, it } from 'vitest';
import { isStatesError } from '../errors';
import { envFor } from '../intrinsics/test-helpers';
import type { JsonObject, JsonValue } from '../types';
import { compileChoiceRule, evaluateChoiceRule } from './evaluate';

const match = (rule: JsonObject, input: JsonValue, context: JsonValue = {}) => evaluateChoiceRule(rule, envFor(input, context));
const v = (op: string, operand: JsonValue, value: JsonValue) => match({ Variable: '$.v', [op]: operand, Next: 'X' }, { v: value });

describe('comparison operators', () => {
  // [operator, operand, value, expected]
  it.each([
    ['StringEquals', 'Hello', 'Hello', true],
    ['StringEquals', 'HelloWorld', 1.1, false],
    ['StringLessThan', 'b', 'a', true],
    ['StringLessThan', 'a', 'a', false],
    ['StringGreaterThan', 'a', 'b', true],
    ['StringLessThanEquals', 'a', 'a', true],
    ['StringGreaterThanEquals', 'b', 'a', false],
    ['NumericEquals', 0, 0, true],
    ['NumericEquals', 0, 1, false],
    ['NumericEquals', 1, false, false],
    ['NumericEquals', 0, '', false],
    ['NumericLessThan', 1, 0.5, true],
    ['NumericGreaterThan', 1, 1, false],
    ['NumericLessThanEquals', 1, 1, true],
    ['NumericGreaterThanEquals', 1, 2, true],
    ['BooleanEquals', true, true, true],
    ['BooleanEquals', true, 1, false],
    ['BooleanEquals', false, '2023-02-24', false],
    ['TimestampEquals', '2012-10-09T19:00:55Z', '2012-10-09T19:00:55Z', true],
    ['TimestampEquals', '2012-10-09T19:00:55Z', '2012-10-09T21:00:55+02:00', true],
    ['TimestampEquals', '2012-10-09T19:00:55Z', null, false],
    ['TimestampLessThan', '2012-10-09T19:00:55Z', '2012-10-09T19:00:54.999Z', true],
    ['TimestampGreaterThan', '2012-10-09T19:00:55Z', '2012-10-09T19:00:55.001Z', true],
    ['TimestampLessThanEquals', '2012-10-09T19:00:55Z', '2012-10-09T19:00:55Z', true],
    ['TimestampGreaterThanEquals', '2012-10-09T19:00:55Z', '2012-10-09t19:00:56z', false],
    ['StringMatches', 'log-*.txt', 'log-2024.txt', true],
    ['StringMatches', 'log-*.txt', 'log-2024.csv', false],
    ['StringMatches', '*', '', true],
    ['StringMatches', 'a\\*b', 'a*b', true],
    ['StringMatches', 'a\\*b', 'axb', false],
    ['StringMatches', 'a\\\\b', 'a\\b', true],
    ['StringMatches', 'x.*', 'xyz', false],
  ])('%s %j vs %j -> %s', (op, operand, value, expected) => {
    expect(v(op, operand, value)).toBe(expected);
  });

  it('compares with another path for *Path operators', () => {
    const rule = (op: string) => ({ Variable: '$.v', [op]: '$.other', Next: 'X' });
    expect(match(rule('NumericLessThanEqualsPath'), { v: 0, other: 0 })).toBe(true);
    expect(match(rule('NumericEqualsPath'), { v: 0, other: 1 })).toBe(false);
    expect(match(rule('BooleanEqualsPath'), { v: 1, other: false })).toBe(false);
    expect(match(rule('StringEqualsPath'), { v: 'a', other: 'a' })).toBe(true);
    expect(match(rule('TimestampLessThanPath'), { v: '2020-01-01T00:00:00Z', other: '2021-01-01T00:00:00Z' })).toBe(true);
    expect(match({ Variable: '$.v', StringEqualsPath: '$$.Execution.Name', Next: 'X' }, { v: 'e1' }, { Execution: { Name: 'e1' } })).toBe(true);
  });
});

describe('type tests', () => {
  // AWS-recorded: a test set to false matches every value of another type.
  it.each([
    ['IsNull', true, null, true],
    ['IsNull', false, 0, true],
    ['IsNumeric', true, 1, true],
    ['IsNumeric', false, '2023-02-24', true],
    ['IsString', true, '', true],
    ['IsString', false, 0.0, true],
    ['IsBoolean', true, 1.1, false],
    ['IsBoolean', false, '2023-02-24', true],
    ['IsTimestamp', true, '2016-03-14T01:59:00Z', true],
    ['IsTimestamp', true, '2016-03-14 01:59:00Z', false],
    ['IsTimestamp', true, '2016-03-14t01:59:00z', false],
    ['IsTimestamp', true, '2016-02-30T01:59:00Z', false],
    ['IsTimestamp', false, 5, true],
  ])('%s: %s on %j -> %s', (op, want, value, expected) => {
    expect(v(op, want, value)).toBe(expected);
  });

  it('IsPresent checks the path, not the value', () => {
    expect(match({ Variable: '$.v', IsPresent: true, Next: 'X' }, { v: null })).toBe(true);
    expect(match({ Variable: '$.v', IsPresent: true, Next: 'X' }, {})).toBe(false);
    expect(match({ Variable: '$.v', IsPresent: false, Next: 'X' }, {})).toBe(true);
  });
});

describe('boolean combinators', () => {
  const gt = (n: number) => ({ Variable: '$.n', NumericGreaterThan: n });
  it('And, Or, Not nest', () => {
    expect(match({ And: [gt(1), gt(2)], Next: 'X' }, { n: 3 })).toBe(true);
    expect(match({ And: [gt(1), gt(5)], Next: 'X' }, { n: 3 })).toBe(false);
    expect(match({ Or: [gt(5), gt(2)], Next: 'X' }, { n: 3 })).toBe(true);
    expect(match({ Not: gt(5), Next: 'X' }, { n: 3 })).toBe(true);
    expect(match({ Not: { Or: [gt(5), { And: [gt(1), { Not: gt(2) }] }] }, Next: 'X' }, { n: 3 })).toBe(true);
  });

  it('short-circuits, so a later missing path is not reached', () => {
    expect(match({ Or: [gt(1), { Variable: '$.missing', NumericEquals: 1 }], Next: 'X' }, { n: 3 })).toBe(true);
  });
});

describe('errors and compilation', () => {
  it('fails a missing Variable with States.Runtime', () => {
    try {
      match({ Variable: '$.nope', NumericEquals: 1, Next: 'X' }, {});
      throw new Error('expected a failure');
    } catch (e) {
      expect(isStatesError(e) && e.error).toBe('States.Runtime');
      expect(isStatesError(e) && e.causeText).toContain("Invalid path '$.nope'");
    }
  });

  it('compiles each rule object once', () => {
    const rule = { Variable: '$.n', NumericEquals: 1, Next: 'X' };
    expect(compileChoiceRule(rule)).toBe(compileChoiceRule(rule));
  });
});

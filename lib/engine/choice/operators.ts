// The comparison operators of a JSONPath Choice rule. Each compares the Variable's value with a literal
// (or, for *Path operators, with another path's value). A value of the wrong type never matches; it is
// not an error.

import { parseTimestamp } from '../expressions/timestamp';
import type { JsonValue } from '../types';
import { stringMatches } from './string-matches';

export type Comparison = (value: JsonValue, operand: JsonValue) => boolean;

const num = (f: (a: number, b: number) => boolean): Comparison => (a, b) =>
  typeof a === 'number' && typeof b === 'number' && f(a, b);
const str = (f: (a: string, b: string) => boolean): Comparison => (a, b) =>
  typeof a === 'string' && typeof b === 'string' && f(a, b);
const ts = (f: (a: number, b: number) => boolean): Comparison => (a, b) => {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const x = parseTimestamp(a);
  const y = parseTimestamp(b);
  return x !== null && y !== null && f(x, y);
};

const eq = (a: number | string, b: number | string) => a === b;
const lt = (a: number | string, b: number | string) => a < b;
const gt = (a: number | string, b: number | string) => a > b;
const le = (a: number | string, b: number | string) => a <= b;
const ge = (a: number | string, b: number | string) => a >= b;

/** Operators that compare with a value; each also exists with a `Path` suffix. */
export const COMPARISONS: Record<string, Comparison> = {
  StringEquals: str(eq),
  StringLessThan: str(lt),
  StringGreaterThan: str(gt),
  StringLessThanEquals: str(le),
  StringGreaterThanEquals: str(ge),
  NumericEquals: num(eq),
  NumericLessThan: num(lt),
  NumericGreaterThan: num(gt),
  NumericLessThanEquals: num(le),
  NumericGreaterThanEquals: num(ge),
  BooleanEquals: (a, b) => typeof a === 'boolean' && typeof b === 'boolean' && a === b,
  TimestampEquals: ts(eq),
  TimestampLessThan: ts(lt),
  TimestampGreaterThan: ts(gt),
  TimestampLessThanEquals: ts(le),
  TimestampGreaterThanEquals: ts(ge),
  StringMatches: (a, b) => typeof a === 'string' && typeof b === 'string' && stringMatches(a, b),
};

/** Type tests. `IsX: false` matches any value that is not of type X (a missing value aside). */
export const TYPE_TESTS: Record<string, (v: JsonValue) => boolean> = {
  IsNull: (v) => v === null,
  IsNumeric: (v) => typeof v === 'number',
  IsString: (v) => typeof v === 'string',
  IsBoolean: (v) => typeof v === 'boolean',
  IsTimestamp: (v) => typeof v === 'string' && parseTimestamp(v) !== null,
};

export const COMPARISON_OPERATORS: readonly string[] = Object.keys(COMPARISONS);
export const PATH_OPERATORS: readonly string[] = COMPARISON_OPERATORS.filter((o) => o !== 'StringMatches').map((o) => `${o}Path`);
export const ALL_OPERATORS: readonly string[] = [
  ...COMPARISON_OPERATORS,
  ...PATH_OPERATORS,
  ...Object.keys(TYPE_TESTS),
  'IsPresent',
];

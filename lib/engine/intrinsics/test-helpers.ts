// Shared by the intrinsic function tests: evaluate an expression against an input, or capture the
// StatesError it throws.
import { isStatesError, type StatesError } from '../errors';
import type { ExpressionEnv } from '../expressions/env';
import { createRandom } from '../random';
import type { JsonValue } from '../types';
import { evaluateIntrinsic } from './evaluate';

export function envFor(input: JsonValue, context: JsonValue = {}, seed = 42): ExpressionEnv {
  const r = createRandom(seed);
  return { input, context, random: () => r.next(), uuid: () => r.uuid() };
}

export const run = (expr: string, input: JsonValue = {}, context: JsonValue = {}): JsonValue =>
  evaluateIntrinsic(expr, envFor(input, context));

/** The StatesError an expression throws; fails the test if it does not throw one. */
export function failure(expr: string, input: JsonValue = {}): StatesError {
  try {
    const v = run(expr, input);
    throw new Error(`expected ${expr} to fail, but it returned ${JSON.stringify(v)}`);
  } catch (e) {
    if (isStatesError(e)) return e;
    throw e;
  }
}

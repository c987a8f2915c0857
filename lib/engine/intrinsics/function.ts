// What every intrinsic function file exports, and the argument checks they share. A misuse is a
// States.IntrinsicFailure whose cause names the function and the argument.

import { StatesError } from '../errors';
import type { ExpressionEnv } from '../expressions/env';
import type { JsonValue } from '../types';
import type { IntrinsicArg } from './ast';
import { STATES_ERRORS } from '../asl/errors';

export interface IntrinsicFunction {
  name: string;
  minArgs: number;
  /** Infinity for variadic functions. */
  maxArgs: number;
  apply(args: JsonValue[], env: ExpressionEnv, parsed: IntrinsicArg[]): JsonValue;
}

export function intrinsicFailure(fn: string, message: string): never {
  throw new StatesError(STATES_ERRORS.IntrinsicFailure, `Invalid arguments in ${fn}: ${message}`);
}

const ORDINAL = ['first', 'second', 'third', 'fourth'];
export const argName = (i: number): string => `the ${ORDINAL[i] ?? `#${i + 1}`} argument`;

export function typeName(v: JsonValue): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

const show = (v: JsonValue): string => {
  const s = JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
};

export function expectString(fn: string, args: JsonValue[], i: number): string {
  const v = args[i]!;
  if (typeof v !== 'string') intrinsicFailure(fn, `${argName(i)} must be a string, but was ${typeName(v)} ${show(v)}`);
  return v;
}

export function expectArray(fn: string, args: JsonValue[], i: number): JsonValue[] {
  const v = args[i]!;
  if (!Array.isArray(v)) intrinsicFailure(fn, `${argName(i)} must be an array, but was ${typeName(v)} ${show(v)}`);
  return v;
}

export function expectNumber(fn: string, args: JsonValue[], i: number): number {
  const v = args[i]!;
  if (typeof v !== 'number') intrinsicFailure(fn, `${argName(i)} must be a number, but was ${typeName(v)} ${show(v)}`);
  return v;
}

export function expectInteger(fn: string, args: JsonValue[], i: number): number {
  const v = expectNumber(fn, args, i);
  if (!Number.isInteger(v)) intrinsicFailure(fn, `${argName(i)} must be an integer, but was ${v}`);
  return v;
}

export function expectObject(fn: string, args: JsonValue[], i: number): { [k: string]: JsonValue } {
  const v = args[i]!;
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    intrinsicFailure(fn, `${argName(i)} must be a JSON object, but was ${typeName(v)} ${show(v)}`);
  return v as { [k: string]: JsonValue };
}

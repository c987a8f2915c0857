// Small value checkers shared by the rules. Each reports at most one diagnostic and returns whether the
// value passed, so a rule can skip the checks that only make sense for a well-typed value.
import type { QueryLanguage } from '../types';
import { typeName, type Path, type Reporter } from './context';
import { checkExpression, checkIntrinsic, checkPath, expressionVariables, intrinsicVariables, isExpression, isIntrinsicText, looksLikeExpression, type PathKind } from './syntax';

export interface At {
  r: Reporter;
  path: Path;
  /** Human name of the place, e.g. "Field 'Seconds' of state 'Wait1'". */
  where: string;
  language: QueryLanguage;
}

export function at(r: Reporter, path: Path, where: string, language: QueryLanguage): At {
  return { r, path, where, language };
}

/**
 * In a JSONata state a `{% %}` string may stand in for any value: check its syntax and accept it.
 * Returns 'expr' when the value was an expression (valid or not), 'no' otherwise.
 */
export function expressionStandIn(a: At, v: unknown): 'expr' | 'no' {
  if (a.language !== 'JSONata' || typeof v !== 'string' || !looksLikeExpression(v)) return 'no';
  checkJsonataString(a, v);
  return 'expr';
}

export function checkJsonataString(a: At, v: string): void {
  if (!isExpression(v)) {
    a.r.error(a.path, `${a.where} starts a JSONata expression with '{%' but does not end it with '%}'`);
    return;
  }
  const err = checkExpression(v);
  if (err) a.r.error(a.path, `${a.where} holds an invalid JSONata expression: ${err}`);
  else for (const name of expressionVariables(v)) a.r.readVariable(name, a.path);
}

export function expectString(a: At, v: unknown, opts: { nonEmpty?: boolean; max?: number } = {}): v is string {
  if (typeof v !== 'string') {
    a.r.error(a.path, `${a.where} must be a string, not ${typeName(v)}`);
    return false;
  }
  if (opts.nonEmpty && v.length === 0) {
    a.r.error(a.path, `${a.where} must not be empty`);
    return false;
  }
  if (opts.max !== undefined && v.length > opts.max) {
    a.r.error(a.path, `${a.where} is ${v.length} characters long; at most ${opts.max} are allowed`);
    return false;
  }
  return true;
}

export function expectBoolean(a: At, v: unknown): v is boolean {
  if (typeof v !== 'boolean') {
    a.r.error(a.path, `${a.where} must be true or false, not ${typeName(v)}`);
    return false;
  }
  return true;
}

export function expectObject(a: At, v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    a.r.error(a.path, `${a.where} must be a JSON object, not ${typeName(v)}`);
    return false;
  }
  return true;
}

export function expectArray(a: At, v: unknown, opts: { nonEmpty?: boolean } = {}): v is unknown[] {
  if (!Array.isArray(v)) {
    a.r.error(a.path, `${a.where} must be an array, not ${typeName(v)}`);
    return false;
  }
  if (opts.nonEmpty && v.length === 0) {
    a.r.error(a.path, `${a.where} must not be an empty array`);
    return false;
  }
  return true;
}

/** An integer in [min, max]; in JSONata states a `{% %}` expression is accepted instead. */
export function expectInteger(a: At, v: unknown, min: number, max = 99999999): boolean {
  if (expressionStandIn(a, v) === 'expr') return true;
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    const hint = a.language === 'JSONPath' && typeof v === 'string' && v.startsWith('$') ? ` (to read it from the input, use the '...Path' form of the field)` : '';
    a.r.error(a.path, `${a.where} must be an integer, not ${typeName(v)}${hint}`);
    return false;
  }
  if (v < min || v > max) {
    a.r.error(a.path, `${a.where} must be between ${min} and ${max}, not ${v}`);
    return false;
  }
  return true;
}

export function expectNumber(a: At, v: unknown, min: number, max: number): boolean {
  if (expressionStandIn(a, v) === 'expr') return true;
  if (typeof v !== 'number') {
    a.r.error(a.path, `${a.where} must be a number, not ${typeName(v)}`);
    return false;
  }
  if (v < min || v > max) {
    a.r.error(a.path, `${a.where} must be between ${min} and ${max}, not ${v}`);
    return false;
  }
  return true;
}

export function expectEnum(a: At, v: unknown, allowed: readonly string[]): boolean {
  if (typeof v !== 'string' || !allowed.includes(v)) {
    a.r.error(a.path, `${a.where} must be one of ${allowed.map((x) => `'${x}'`).join(', ')}, not ${typeof v === 'string' ? `'${v}'` : typeName(v)}`);
    return false;
  }
  return true;
}

/** A JSONPath (or, when allowed, an intrinsic function call) as a field value. */
export function expectPath(a: At, v: unknown, kind: PathKind, opts: { nullable?: boolean; intrinsic?: boolean } = {}): boolean {
  if (v === null && opts.nullable) return true;
  if (typeof v !== 'string') {
    a.r.error(a.path, `${a.where} must be a JSONPath string${opts.nullable ? ' or null' : ''}, not ${typeName(v)}`);
    return false;
  }
  if (opts.intrinsic && isIntrinsicText(v)) {
    const err = checkIntrinsic(v);
    if (err) a.r.error(a.path, `${a.where} is not a valid intrinsic function call: ${err}`);
    else for (const name of intrinsicVariables(v)) a.r.readVariable(name, a.path);
    return !err;
  }
  const { error, variable } = checkPath(v, kind);
  if (error) a.r.error(a.path, `${a.where}: ${error}`);
  else if (variable) a.r.readVariable(variable, a.path);
  return !error;
}

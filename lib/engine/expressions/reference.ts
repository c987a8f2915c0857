// Resolves the value of a `.$` field or a single-path field: a JSONPath on the state input ($...), on the
// context object ($$...), an intrinsic function call, or a workflow variable ($name...). Expressions are
// classified and their paths compiled once; the returned closures are what run per state visit.

import { StatesError } from '../errors';
import { evaluateIntrinsic, isIntrinsicExpression } from '../intrinsics/index';
import { compilePath, queryCompiled } from '../jsonpath/index';
import type { JsonValue } from '../types';
import type { ExpressionEnv } from './env';
import { STATES_ERRORS } from '../asl/errors';

const VARIABLE = /^\$([A-Za-z_][A-Za-z0-9_]*)/;

/** True for `$name` / `$name.field` (a variable reference), false for `$`, `$.x`, `$[..]` and `$$...`. */
export function isVariableReference(expr: string): boolean {
  return expr.length > 1 && expr[0] === '$' && VARIABLE.test(expr);
}

/** Reads a value, or undefined when the path names nothing. Throws only for an undefined variable. */
export type Reader = (env: ExpressionEnv) => JsonValue | undefined;

const readers = new Map<string, Reader>();

/**
 * Compiles a `$`, `$$` or `$name` path into a reader. Throws PathSyntaxError for bad syntax.
 * An undefined variable reads as undefined too (the caller words the error).
 */
export function compileReader(expr: string): Reader {
  let r = readers.get(expr);
  if (r) return r;
  if (expr.startsWith('$$')) {
    const c = compilePath(expr);
    r = (env) => {
      const q = queryCompiled(c, env.context);
      return q.found ? q.value : undefined;
    };
  } else {
    const m = expr.length > 1 ? VARIABLE.exec(expr) : null;
    if (m) {
      const name = m[1]!;
      const c = compilePath('$' + expr.slice(m[0].length));
      r = (env) => {
        const vars = env.variables;
        if (!vars || !Object.prototype.hasOwnProperty.call(vars, name)) return undefined;
        const q = queryCompiled(c, vars[name]!);
        return q.found ? q.value : undefined;
      };
    } else {
      const c = compilePath(expr);
      r = (env) => {
        const q = queryCompiled(c, env.input);
        return q.found ? q.value : undefined;
      };
    }
  }
  if (readers.size > 10_000) readers.clear();
  readers.set(expr, r);
  return r;
}

function notFound(expr: string, fieldName: string, env: ExpressionEnv): StatesError {
  const m = VARIABLE.exec(expr);
  if (m && !expr.startsWith('$$') && !(env.variables && Object.prototype.hasOwnProperty.call(env.variables, m[1]!)))
    return new StatesError(STATES_ERRORS.Runtime, `The variable '$${m[1]}' specified for the field '${fieldName}' is not defined`);
  return new StatesError(
    STATES_ERRORS.Runtime,
    `The JSONPath '${expr}' specified for the field '${fieldName}' could not be found in the input '${JSON.stringify(env.input)}'`,
  );
}

export type CompiledExpression = (env: ExpressionEnv) => JsonValue;

/**
 * Compiles one dynamic expression for a field (`fieldName` is how AWS names it in causes, e.g. 'value.$').
 * A path that matches nothing throws States.Runtime with AWS's wording; a value that is neither a path nor
 * an intrinsic call throws States.Runtime when evaluated.
 */
export function compileExpression(expr: string, fieldName: string): CompiledExpression {
  if (expr.charCodeAt(0) === 36 /* $ */) {
    let read: Reader;
    try {
      read = compileReader(expr);
    } catch (e) {
      const message = (e as Error).message;
      return () => {
        throw new StatesError(STATES_ERRORS.Runtime, message);
      };
    }
    return (env) => {
      const v = read(env);
      if (v === undefined) throw notFound(expr, fieldName, env);
      return v;
    };
  }
  if (isIntrinsicExpression(expr)) return (env) => evaluateIntrinsic(expr, env, fieldName);
  return () => {
    throw new StatesError(
      STATES_ERRORS.Runtime,
      `The value for the field '${fieldName}' must be a valid JSONPath or a valid intrinsic function call, but was '${expr}'`,
    );
  };
}

/** Evaluates one dynamic expression (see compileExpression). */
export function resolveExpression(expr: string, env: ExpressionEnv, fieldName: string): JsonValue {
  return compileExpression(expr, fieldName)(env);
}

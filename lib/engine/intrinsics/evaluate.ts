// Evaluates intrinsic calls. Parsed calls are cached by their text, like compiled JSONPaths, since the
// same Parameters template runs on every visit of a state.

import { StatesError } from '../errors';
import type { ExpressionEnv } from '../expressions/env';
import { compilePath, queryCompiled, validatePathSyntax } from '../jsonpath/index';
import type { JsonValue } from '../types';
import type { IntrinsicArg, IntrinsicCall } from './ast';
import { parseIntrinsic } from './parse';
import { INTRINSIC_FUNCTIONS } from './registry';
import { STATES_ERRORS } from '../asl/errors';

function arity(min: number, max: number): string {
  if (min === max) return `exactly ${min} argument${min === 1 ? '' : 's'}`;
  if (max === Infinity) return `at least ${min} argument${min === 1 ? '' : 's'}`;
  return `${min} to ${max} arguments`;
}

/** Static checks a validator can run: syntax, known function names, argument counts, argument paths. */
export function validateIntrinsic(text: string): string | null {
  const parsed = parseIntrinsic(text);
  if (!parsed.ok) return parsed.message;
  const check = (call: IntrinsicCall): string | null => {
    const fn = INTRINSIC_FUNCTIONS.get(call.name);
    if (!fn) return `Unknown intrinsic function '${call.name}'`;
    if (call.args.length < fn.minArgs || call.args.length > fn.maxArgs)
      return `${call.name} takes ${arity(fn.minArgs, fn.maxArgs)}, but ${call.args.length} were given`;
    for (const a of call.args) {
      const msg =
        a.kind === 'call' ? check(a.call)
        : a.kind === 'path' || a.kind === 'context' || a.kind === 'variable' ? validatePathSyntax(a.kind === 'context' ? a.path.slice(1) : a.path)
        : null;
      if (msg) return msg;
    }
    return null;
  };
  return check(parsed.call);
}

type ArgFn = (env: ExpressionEnv, fieldName: string | undefined) => JsonValue;
type CompiledCall = (env: ExpressionEnv, fieldName: string | undefined) => JsonValue;

const compiled = new Map<string, CompiledCall>();

function compile(text: string): CompiledCall {
  let fn = compiled.get(text);
  if (fn) return fn;
  const problem = validateIntrinsic(text);
  if (problem) throw new StatesError(STATES_ERRORS.IntrinsicFailure, problem);
  const parsed = parseIntrinsic(text);
  if (!parsed.ok) throw new StatesError(STATES_ERRORS.IntrinsicFailure, parsed.message);
  fn = compileCall(parsed.call);
  if (compiled.size > 10_000) compiled.clear();
  compiled.set(text, fn);
  return fn;
}

function compileArg(arg: IntrinsicArg): ArgFn {
  switch (arg.kind) {
    case 'literal': {
      const v = arg.value;
      return () => v;
    }
    case 'call':
      return compileCall(arg.call);
    case 'path':
    case 'context': {
      const c = compilePath(arg.path);
      const isInput = arg.kind === 'path';
      return (env, fieldName) => {
        const data = isInput ? env.input : env.context;
        const r = queryCompiled(c, data);
        if (!r.found) throw missingPath(arg.path, fieldName, env.input);
        return r.value;
      };
    }
    case 'variable': {
      const c = compilePath(arg.path);
      return (env, fieldName) => {
        const vars = env.variables;
        if (!vars || !Object.prototype.hasOwnProperty.call(vars, arg.name))
          throw new StatesError(STATES_ERRORS.Runtime, `The variable '$${arg.name}' is not defined${fieldName ? ` (field '${fieldName}')` : ''}`);
        const r = queryCompiled(c, vars[arg.name]!);
        if (!r.found) throw missingPath(`$${arg.name}${arg.path.slice(1)}`, fieldName, env.input);
        return r.value;
      };
    }
  }
}

function missingPath(path: string, fieldName: string | undefined, data: JsonValue): StatesError {
  return new StatesError(
    STATES_ERRORS.Runtime,
    `The JSONPath '${path}' specified for the field '${fieldName ?? 'intrinsic function argument'}' could not be found in the input '${JSON.stringify(data)}'`,
  );
}

function compileCall(call: IntrinsicCall): CompiledCall {
  const fn = INTRINSIC_FUNCTIONS.get(call.name)!;
  const argFns = call.args.map(compileArg);
  const parsedArgs = call.args;
  return (env, fieldName) => {
    const args: JsonValue[] = new Array(argFns.length);
    for (let i = 0; i < argFns.length; i++) args[i] = argFns[i]!(env, fieldName);
    return fn.apply(args, env, parsedArgs);
  };
}

/**
 * Evaluates an intrinsic expression. Misuse (wrong types, bad values, unknown function, syntax) throws
 * StatesError('States.IntrinsicFailure'); a path argument that is missing throws 'States.Runtime'.
 * `fieldName` (e.g. 'value.$') names the field in error causes. Expressions compile once (cached by text).
 */
export function evaluateIntrinsic(expr: string, env: ExpressionEnv, fieldName?: string): JsonValue {
  return compile(expr)(env, fieldName);
}

// Evaluates JSONPath Choice rules. A rule compiles once (cached by object identity) into a closure, so a
// Choice state in a hot loop costs one path lookup and one comparison per rule.

import { StatesError } from '../errors';
import type { ExpressionEnv } from '../expressions/env';
import { compileReader, type Reader } from '../expressions/reference';
import type { JsonObject, JsonValue } from '../types';
import { COMPARISONS, TYPE_TESTS } from './operators';
import { own } from '../own';
import { STATES_ERRORS } from '../asl/errors';

export type CompiledRule = (env: ExpressionEnv) => boolean;

const cache = new WeakMap<JsonObject, CompiledRule>();
/** A path reader that throws States.Runtime (AWS's choice wording) when the path names nothing. */
function requiredReader(path: string): (env: ExpressionEnv) => JsonValue {
  let read: Reader;
  try {
    read = compileReader(path);
  } catch (e) {
    const message = (e as Error).message;
    return () => {
      throw ruleError(message);
    };
  }
  return (env) => {
    const v = read(env);
    if (v === undefined) throw invalidPath(path);
    return v;
  };
}

function invalidPath(path: string): StatesError {
  return new StatesError(STATES_ERRORS.Runtime, `Invalid path '${path}': The choice state's condition path references an undefined value.`);
}

function ruleError(message: string): StatesError {
  return new StatesError(STATES_ERRORS.Runtime, `Invalid Choice rule: ${message}`);
}

export function compileChoiceRule(rule: JsonObject): CompiledRule {
  let fn = cache.get(rule);
  if (!fn) {
    fn = compile(rule);
    cache.set(rule, fn);
  }
  return fn;
}

function compile(rule: JsonObject): CompiledRule {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) {
    return () => {
      throw ruleError(`a rule must be an object, but was ${JSON.stringify(rule)}`);
    };
  }
  if ('And' in rule || 'Or' in rule) {
    const isAnd = 'And' in rule;
    const list = rule[isAnd ? 'And' : 'Or'];
    if (!Array.isArray(list) || list.length === 0)
      return () => {
        throw ruleError(`'${isAnd ? 'And' : 'Or'}' needs a non-empty array of rules`);
      };
    const parts = list.map((r) => compileChoiceRule(r as JsonObject));
    return isAnd
      ? (env) => {
          for (let i = 0; i < parts.length; i++) if (!parts[i]!(env)) return false;
          return true;
        }
      : (env) => {
          for (let i = 0; i < parts.length; i++) if (parts[i]!(env)) return true;
          return false;
        };
  }
  if ('Not' in rule) {
    const inner = compileChoiceRule(rule.Not as JsonObject);
    return (env) => !inner(env);
  }

  const variable = rule.Variable;
  if (typeof variable !== 'string')
    return () => {
      throw ruleError("a comparison needs a 'Variable' path");
    };

  if ('IsPresent' in rule) {
    const want = rule.IsPresent === true;
    let read: Reader;
    try {
      read = compileReader(variable);
    } catch (e) {
      const message = (e as Error).message;
      return () => {
        throw ruleError(message);
      };
    }
    return (env) => (read(env) !== undefined) === want;
  }

  const readVariable = requiredReader(variable);

  for (const op in TYPE_TESTS) {
    if (op in rule) {
      const test = TYPE_TESTS[op]!;
      const want = rule[op] === true;
      return (env) => test(readVariable(env)) === want;
    }
  }

  for (const key of Object.keys(rule)) {
    if (key === 'Variable' || key === 'Next' || key === 'Comment' || key === 'Assign' || key === 'Output') continue;
    const isPath = key.endsWith('Path') && key !== 'StringMatchesPath';
    const op = isPath ? key.slice(0, -4) : key;
    const compare = own(COMPARISONS, op);
    if (!compare) continue;
    const operand = rule[key]!;
    if (isPath) {
      if (typeof operand !== 'string')
        return () => {
          throw ruleError(`'${key}' must be a path, but was ${JSON.stringify(operand)}`);
        };
      const readOperand = requiredReader(operand);
      return (env) => compare(readVariable(env), readOperand(env));
    }
    return (env) => compare(readVariable(env), operand);
  }
  return () => {
    throw ruleError(`no comparison operator in ${JSON.stringify(rule)}`);
  };
}

/** Whether a Choice rule (a top-level choice or a nested And/Or/Not member) matches. */
export function evaluateChoiceRule(rule: JsonObject, env: ExpressionEnv): boolean {
  return compileChoiceRule(rule)(env);
}

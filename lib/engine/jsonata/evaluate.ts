// Evaluating one `{% %}` expression for a state, synchronously (see scripts/gen-jsonata-sync.mjs for why).
// `$states` is AWS's reserved variable: {input, context, result?, errorOutput?}; every other `$name` is a
// workflow variable. Only the names an expression mentions are bound, so a run with many variables pays
// nothing for the ones an expression does not read.

import type { ExpressionEnv } from '../expressions/env';
import type { JsonValue } from '../types';
import { compileJsonata, isSyntaxProblem, type CompiledJsonata } from './compile';
import { expressionBody } from './detect';
import { causes, QueryEvaluationError } from './errors';
import { withHooks } from './functions';
import { toJson, UNSUPPORTED } from './to-json';
import { BAIL, readVariable } from './fast';
import { setOwn } from '../own';

/** What a JSONata expression sees. Extends the JSONPath environment with the two JSONata-only members. */
export interface JsonataEnv extends ExpressionEnv {
  /** `$states.result`: a Task's, Map's or Parallel's result, in its Output and Assign. */
  result?: JsonValue;
  /** `$states.errorOutput`: the error output, in a Catch's Output and Assign. */
  errorOutput?: JsonValue;
  /** Virtual clock (epoch ms) for $now()/$millis(); the context's State.EnteredTime otherwise. */
  now?: () => number;
}

const STATES = 'states';

/** Compiles (cached) or fails the way AWS does when a definition that skipped validation holds bad syntax. */
export function compileOrFail(body: string, field: string): CompiledJsonata {
  const compiled = compileJsonata(body);
  if (isSyntaxProblem(compiled)) {
    throw new QueryEvaluationError(causes.syntax(body, field, compiled.code, compiled.message), field);
  }
  return compiled;
}

/**
 * The raw value of `{% body %}`: undefined stays undefined (callers decide whether that is an error), anything
 * without a JSON form (a function) is reported as AWS does.
 */
export function evaluateCompiled(compiled: CompiledJsonata, env: JsonataEnv, field: string): JsonValue | undefined {
  if (compiled.fast !== undefined) {
    const quick = compiled.fast(env);
    if (quick !== BAIL) return quick === 0 ? 0 : quick; // -0 prints as 0
  }
  const bindings: Record<string, unknown> = {};
  let vars: Record<string, JsonValue> | undefined;
  let varsRead = false;
  for (const name of compiled.references) {
    if (name === STATES) bindings[STATES] = statesOf(env);
    else if (!compiled.localNames.has(name)) {
      if (!varsRead) {
        vars = env.variables;
        varsRead = true;
      }
      const v = readVariable(vars, name);
      if (v !== undefined) setOwn(bindings, name, v);
    }
  }
  let raw: unknown;
  try {
    raw = withHooks(env, () => compiled.expression.evaluate(undefined, bindings));
  } catch (e) {
    const { code, message } = describe(e);
    throw new QueryEvaluationError(causes.threw(compiled.body, field, code, message), field);
  }
  const value = toJson(raw);
  if (value === UNSUPPORTED) throw new QueryEvaluationError(causes.unsupportedType(compiled.body, field), field);
  return value;
}

/** `{% %}` text to value; an undefined result is States.QueryEvaluationError ("returned nothing"). */
export function evaluateJsonata(source: string, env: JsonataEnv, field: string): JsonValue {
  const compiled = compileOrFail(expressionBody(source), field);
  const value = evaluateCompiled(compiled, env, field);
  if (value === undefined) throw new QueryEvaluationError(causes.returnedUndefined(compiled.body, field), field);
  return value;
}

/** `$states`. The context object is built on first read: most expressions only look at the input. */
function statesOf(env: JsonataEnv): Record<string, JsonValue> {
  const states = {
    input: env.input,
    get context(): JsonValue {
      return env.context;
    },
  } as Record<string, JsonValue>;
  if (env.result !== undefined) states.result = env.result;
  if (env.errorOutput !== undefined) states.errorOutput = env.errorOutput;
  return states;
}

function describe(e: unknown): { code: string | undefined; message: string } {
  if (e !== null && typeof e === 'object') {
    const err = e as { code?: unknown; message?: unknown };
    const message = typeof err.message === 'string' ? err.message : String(e);
    // A JavaScript stack overflow inside a runaway recursion surfaces as a RangeError without a code.
    return { code: typeof err.code === 'string' ? err.code : undefined, message };
  }
  return { code: undefined, message: String(e) };
}

// JSONata templates: Arguments, Output, Assign, ItemSelector, Items ... may be any JSON value with `{% %}`
// strings at any depth. Each string is evaluated; everything else is copied as written (no `.$` keys in
// JSONata: "constant_jp_input.$": "$" stays a literal). A template is compiled once into a tree of closures,
// cached by identity, so a Map iteration re-evaluates only the expressions and shares the constant parts.

import type { JsonValue } from '../types';
import { isJsonataString, expressionBody } from './detect';
import { causes, QueryEvaluationError } from './errors';
import { compileOrFail, evaluateCompiled, type JsonataEnv } from './evaluate';
import type { CompiledJsonata } from './compile';
import { setOwn } from '../own';

type Node = (env: JsonataEnv) => JsonValue;

const compiledTemplates = new WeakMap<object, Node>();

/**
 * Evaluates a template for `field` ('Output', 'Arguments', 'Assign', ...). Failures name the exact place:
 * 'Output/result' for a key, 'Items/1' for an array element, as AWS's EvaluationFailed `location` does.
 */
export function evaluateTemplate(template: JsonValue, env: JsonataEnv, field: string): JsonValue {
  if (typeof template === 'string') return isJsonataString(template) ? expressionNode(template, field)(env) : template;
  if (template === null || typeof template !== 'object') return template;
  let node = compiledTemplates.get(template);
  if (node === undefined) {
    node = compileNode(template, field);
    compiledTemplates.set(template, node);
  }
  return node(env);
}

function compileNode(value: JsonValue, location: string): Node {
  if (typeof value === 'string') return isJsonataString(value) ? expressionNode(value, location) : () => value;
  if (value === null || typeof value !== 'object') return () => value;
  if (Array.isArray(value)) {
    const items = value.map((v, i) => ({ dynamic: hasExpression(v), node: compileNode(v, `${location}/${i}`) }));
    if (!items.some((i) => i.dynamic)) return () => value;
    return (env) => items.map((i) => i.node(env));
  }
  const keys = Object.keys(value);
  const entries = keys.map((k) => ({ key: k, dynamic: hasExpression(value[k]!), node: compileNode(value[k]!, `${location}/${k}`) }));
  if (!entries.some((e) => e.dynamic)) return () => value;
  return (env) => {
    const out: Record<string, JsonValue> = {};
    for (const e of entries) setOwn(out, e.key, e.node(env));
    return out;
  };
}

function expressionNode(source: string, location: string): Node {
  const body = expressionBody(source);
  // Compiled lazily: a syntax error surfaces when the field is evaluated, with its location, not at load.
  let compiled: CompiledJsonata | undefined;
  return (env) => {
    compiled ??= compileOrFail(body, location);
    const value = evaluateCompiled(compiled, env, location);
    if (value === undefined) throw new QueryEvaluationError(causes.returnedUndefined(body, location), location);
    return value;
  };
}

function hasExpression(value: JsonValue): boolean {
  if (typeof value === 'string') return isJsonataString(value);
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(hasExpression);
  for (const k in value) if (hasExpression(value[k]!)) return true;
  return false;
}

// Compiling JSONata once per distinct expression text, and reading which `$names` an expression uses.
// Knowing the names lets an evaluation bind only the variables it needs (a run may hold hundreds), and lets
// the validator report references to variables that are never assigned.

import jsonata, { type JsonataError, type JsonataNode, type SyncExpression } from './vendor/jsonata-sync.js';
import { registerAwsFunctions } from './functions';
import { compileFast, type FastExpression } from './fast';

export interface CompiledJsonata {
  /** The expression text between `{%` and `%}`, trimmed. */
  body: string;
  expression: SyncExpression;
  /** `$names` the expression reads (without the `$`), in order of first use; excludes `$` and `$$`. */
  references: string[];
  /** Names the expression binds itself (`$x := ...`, lambda parameters). */
  localNames: Set<string>;
  /** Plain-JS evaluator for simple expressions (see fast.ts); undefined when the expression is not simple. */
  fast: FastExpression | undefined;
}

/** A parse failure, with jsonata's code (e.g. S0203) and position. */
export interface JsonataSyntaxProblem {
  code: string;
  message: string;
  position?: number;
}

// Expressions repeat across Map iterations and runs; the cache is bounded so a fuzz run cannot grow it forever.
const CACHE_LIMIT = 5000;
const cache = new Map<string, CompiledJsonata | JsonataSyntaxProblem>();

/** jsonata's guardrails: an expression that recurses or loops without end fails instead of hanging a tab. */
const OPTIONS = { timeout: 2000, stack: 400 };

export function compileJsonata(body: string): CompiledJsonata | JsonataSyntaxProblem {
  let hit = cache.get(body);
  if (hit !== undefined) return hit;
  try {
    const expression = jsonata(body, OPTIONS);
    registerAwsFunctions(expression);
    const ast = expression.ast();
    const { references, localNames } = scanNames(ast);
    hit = { body, expression, references, localNames, fast: compileFast(ast, localNames) };
  } catch (e) {
    hit = toSyntaxProblem(e);
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(body, hit);
  return hit;
}

export function isSyntaxProblem(c: CompiledJsonata | JsonataSyntaxProblem): c is JsonataSyntaxProblem {
  return (c as CompiledJsonata).expression === undefined;
}

function toSyntaxProblem(e: unknown): JsonataSyntaxProblem {
  const err = (e ?? {}) as Partial<JsonataError>;
  return {
    code: typeof err.code === 'string' ? err.code : 'S0000',
    message: typeof err.message === 'string' ? err.message : String(e),
    ...(typeof err.position === 'number' ? { position: err.position } : {}),
  };
}

/** Walks the AST: every `variable` node is a reference; `:=` targets and lambda parameters are local. */
export function scanNames(ast: JsonataNode): { references: string[]; localNames: Set<string> } {
  const references: string[] = [];
  const seen = new Set<string>();
  const localNames = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const n = node as JsonataNode & { lhs?: unknown; arguments?: unknown };
    if (n.type === 'variable' && typeof n.value === 'string' && n.value !== '' && n.value !== '$') {
      if (!seen.has(n.value)) {
        seen.add(n.value);
        references.push(n.value);
      }
    }
    if (n.type === 'bind' && isVariableNode(n.lhs)) localNames.add(n.lhs.value);
    if (n.type === 'lambda' && Array.isArray(n.arguments)) {
      for (const a of n.arguments) if (isVariableNode(a)) localNames.add(a.value);
    }
    for (const key in n) {
      if (key === 'position' || key === 'value' || key === 'type') continue;
      const child = (n as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') visit(child);
    }
  };
  visit(ast);
  return { references, localNames };
}

function isVariableNode(n: unknown): n is { type: 'variable'; value: string } {
  return n !== null && typeof n === 'object' && (n as JsonataNode).type === 'variable' && typeof (n as JsonataNode).value === 'string';
}

// -------------------------------------------------------------------------------------- built-in names

const builtinCache = new Map<string, boolean>();

/**
 * True when `$name` is a function JSONata itself provides (`$sum`, `$map`, ...) or one AWS adds (`$partition`,
 * `$uuid`, ...). Asked of the library rather than listed here, so it follows the jsonata version.
 */
export function isBuiltinFunctionName(name: string): boolean {
  let known = builtinCache.get(name);
  if (known !== undefined) return known;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) known = false;
  else {
    try {
      const probe = compileJsonata('$' + name);
      const value = isSyntaxProblem(probe) ? undefined : probe.expression.evaluate(undefined, {});
      known = value !== undefined && value !== null && (typeof value === 'function' || typeof value === 'object');
    } catch {
      known = false;
    }
  }
  builtinCache.set(name, known);
  return known;
}

/**
 * The workflow variables an expression reads: its `$names` minus `$states`, names it binds itself and
 * functions (built-in or AWS's). Undefined when the expression does not parse. Exact, from the AST, so string
 * literals, regexes and lambda parameters never count.
 */
export function freeVariables(body: string): string[] | undefined {
  const compiled = compileJsonata(body);
  if (isSyntaxProblem(compiled)) return undefined;
  return compiled.references.filter((n) => n !== 'states' && !compiled.localNames.has(n) && !isBuiltinFunctionName(n));
}

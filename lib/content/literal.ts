// Reads a JSX prop written in a lesson (`definition={{ StartAt: 'A', ... }}`) as plain data, without
// running it: the content check and the build both need the value, and lessons are data, not code.
// Only literals are accepted: objects, arrays, strings, numbers, booleans, null, and `-` before a number.
import type { Expression, Node as EstreeNode, Program } from 'estree';
import type { JsonValue } from '../engine/types';

export interface Position {
  line: number;
  column: number;
}

export type LiteralResult = { ok: true; value: JsonValue } | { ok: false; message: string; position?: Position };

function positionOf(node: EstreeNode): Position | undefined {
  // acorn columns are 0-based; problems are reported 1-based like everything else.
  return node.loc ? { line: node.loc.start.line, column: node.loc.start.column + 1 } : undefined;
}

function fail(node: EstreeNode, message: string): LiteralResult {
  const position = positionOf(node);
  return position ? { ok: false, message, position } : { ok: false, message };
}

function describe(node: EstreeNode): string {
  switch (node.type) {
    case 'Identifier':
      return `the name ${node.name}`;
    case 'CallExpression':
      return 'a function call';
    case 'TemplateLiteral':
      return 'a template string with ${…}';
    default:
      return `a ${node.type}`;
  }
}

export function literalValue(node: EstreeNode): LiteralResult {
  switch (node.type) {
    case 'Literal': {
      const v = node.value;
      if (v === null || typeof v === 'string' || typeof v === 'boolean') return { ok: true, value: v };
      if (typeof v === 'number') return Number.isFinite(v) ? { ok: true, value: v } : fail(node, 'numbers must be finite');
      return fail(node, 'only strings, numbers, booleans and null are allowed here (no regular expressions or bigints)');
    }
    case 'TemplateLiteral':
      if (node.expressions.length > 0) return fail(node, `${describe(node)} cannot be read without running it; write the text out`);
      return { ok: true, value: node.quasis.map((q) => q.value.cooked ?? q.value.raw).join('') };
    case 'UnaryExpression':
      if (node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number') {
        return { ok: true, value: -node.argument.value };
      }
      return fail(node, `${node.operator}… is not a literal value`);
    case 'ArrayExpression': {
      const out: JsonValue[] = [];
      for (const element of node.elements) {
        if (element === null) return fail(node, 'an array may not have holes');
        if (element.type === 'SpreadElement') return fail(element, '...spread cannot be read without running it');
        const r = literalValue(element);
        if (!r.ok) return r;
        out.push(r.value);
      }
      return { ok: true, value: out };
    }
    case 'ObjectExpression': {
      const out: Record<string, JsonValue> = {};
      for (const prop of node.properties) {
        if (prop.type === 'SpreadElement') return fail(prop, '...spread cannot be read without running it');
        if (prop.computed || prop.kind !== 'init' || prop.method) return fail(prop, 'write each key out plainly (no [computed] keys or methods)');
        const key = prop.key.type === 'Identifier' ? prop.key.name : prop.key.type === 'Literal' ? String(prop.key.value) : undefined;
        if (key === undefined) return fail(prop.key, 'an object key must be a name or a string');
        if (Object.hasOwn(out, key)) return fail(prop.key, `the key "${key}" is written twice`);
        const r = literalValue(prop.value);
        if (!r.ok) return r;
        out[key] = r.value;
      }
      return { ok: true, value: out };
    }
    default:
      return fail(node, `${describe(node)} cannot be read without running it; write a literal value (JSON-like) instead`);
  }
}

/** The expression of a `{...}` JSX attribute value, as remark-mdx parsed it. */
export function programExpression(program: Program | undefined): Expression | undefined {
  const statement = program?.body[0];
  return statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
}

/**
 * Where the value at `path` (e.g. ['States', 'Check', 'Next']) is written inside a literal, or the
 * deepest part of the path that exists. Lets a definition's diagnostic point at its line in the lesson.
 */
export function locate(node: EstreeNode, path: readonly (string | number)[]): Position | undefined {
  let current: EstreeNode = node;
  let best = positionOf(node);
  for (const key of path) {
    let next: EstreeNode | undefined;
    if (current.type === 'ObjectExpression') {
      const prop = current.properties.find(
        (p) => p.type === 'Property' && ((p.key.type === 'Identifier' && p.key.name === key) || (p.key.type === 'Literal' && p.key.value === key)),
      );
      // Point at the key: a wrong value and a misplaced field are both best shown where the key is.
      if (prop && prop.type === 'Property') {
        best = positionOf(prop.key) ?? best;
        next = prop.value;
      }
    } else if (current.type === 'ArrayExpression' && typeof key === 'number') {
      const element = current.elements[key];
      if (element && element.type !== 'SpreadElement') {
        best = positionOf(element) ?? best;
        next = element;
      }
    }
    if (!next) break;
    current = next;
  }
  return best;
}

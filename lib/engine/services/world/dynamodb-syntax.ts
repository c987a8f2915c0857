// The shared syntax of DynamoDB's expression languages: tokens, attribute paths (a.b[0], #alias) and
// operands (:value placeholders, paths, size()). Conditions and update expressions build on it.

import type { AttributeMap, AttributeValue } from './dynamodb-values';
import { hasOwnKey, own, setOwn } from '../../own';

export class DynamoError extends Error {
  constructor(
    /** DynamoDB's error code, e.g. 'ConditionalCheckFailedException', 'ValidationException'. */
    public readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DynamoError';
  }
}

export interface ExpressionContext {
  names?: Record<string, string>;
  values?: Record<string, AttributeValue>;
}

type Segment = { name: string } | { index: number };
export type Path = Segment[];

// ------------------------------------------------------------------------------------------------ tokens

export type Token = { kind: 'name' | 'alias' | 'value' | 'number' | 'punct' | 'end'; text: string; at: number };

export function tokenize(source: string, what: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) { i++; continue; }
    const rest = source.slice(i);
    const match =
      /^#[A-Za-z0-9_]+/.exec(rest) ? { kind: 'alias' as const, m: /^#[A-Za-z0-9_]+/.exec(rest)! } :
      /^:[A-Za-z0-9_]+/.exec(rest) ? { kind: 'value' as const, m: /^:[A-Za-z0-9_]+/.exec(rest)! } :
      /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest) ? { kind: 'name' as const, m: /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest)! } :
      /^[0-9]+/.exec(rest) ? { kind: 'number' as const, m: /^[0-9]+/.exec(rest)! } :
      /^(<>|<=|>=|[=<>(),.[\]+-])/.exec(rest) ? { kind: 'punct' as const, m: /^(<>|<=|>=|[=<>(),.[\]+-])/.exec(rest)! } :
      null;
    if (!match) throw new DynamoError('ValidationException', `Invalid ${what}: Syntax error; token: "${ch}", near: "${source.slice(Math.max(0, i - 5), i + 5)}"`);
    tokens.push({ kind: match.kind, text: match.m[0], at: i });
    i += match.m[0].length;
  }
  tokens.push({ kind: 'end', text: '<end>', at: source.length });
  return tokens;
}

export class Cursor {
  private i = 0;
  constructor(private readonly tokens: Token[], private readonly what: string, private readonly ctx: ExpressionContext) {}
  peek(): Token { return this.tokens[this.i]!; }
  next(): Token { return this.tokens[this.i++]!; }
  isKeyword(word: string): boolean { const t = this.peek(); return t.kind === 'name' && t.text.toUpperCase() === word; }
  isPunct(text: string): boolean { const t = this.peek(); return t.kind === 'punct' && t.text === text; }
  expectPunct(text: string): void {
    const t = this.next();
    if (t.kind !== 'punct' || t.text !== text) this.fail(t, `expected "${text}"`);
  }
  fail(t: Token, why: string): never {
    throw new DynamoError('ValidationException', `Invalid ${this.what}: Syntax error; token: "${t.text}", ${why}`);
  }
  resolveName(t: Token): string {
    if (t.kind === 'alias') {
      const name = this.ctx.names?.[t.text];
      if (name === undefined) throw new DynamoError('ValidationException', `Invalid ${this.what}: An expression attribute name used in the document path is not defined; attribute name: ${t.text}`);
      return name;
    }
    return t.text;
  }
  resolveValue(t: Token): AttributeValue {
    const value = this.ctx.values?.[t.text];
    if (value === undefined) throw new DynamoError('ValidationException', `Invalid ${this.what}: An expression attribute value used in expression is not defined; attribute value: ${t.text}`);
    return value;
  }
  path(): Path {
    const first = this.next();
    if (first.kind !== 'name' && first.kind !== 'alias') this.fail(first, 'expected an attribute name');
    const path: Path = [{ name: this.resolveName(first) }];
    for (;;) {
      if (this.isPunct('.')) {
        this.next();
        const t = this.next();
        if (t.kind !== 'name' && t.kind !== 'alias') this.fail(t, 'expected an attribute name after "."');
        path.push({ name: this.resolveName(t) });
      } else if (this.isPunct('[')) {
        this.next();
        const t = this.next();
        if (t.kind !== 'number') this.fail(t, 'expected a list index');
        path.push({ index: Number(t.text) });
        this.expectPunct(']');
      } else return path;
    }
  }
}

// ------------------------------------------------------------------------------------------------ paths

export function getPath(item: AttributeMap, path: Path): AttributeValue | undefined {
  let current: AttributeValue | undefined = { M: item };
  for (const segment of path) {
    if (!current) return undefined;
    if ('name' in segment) current = 'M' in current ? own(current.M, segment.name) : undefined;
    else current = 'L' in current ? current.L[segment.index] : undefined;
  }
  return current;
}

export function setPath(item: AttributeMap, path: Path, value: AttributeValue, what: string): void {
  let container: AttributeValue = { M: item };
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if ('name' in segment) {
      if (!('M' in container)) throw new DynamoError('ValidationException', `The document path provided in the ${what} is invalid for update`);
      if (last) { setOwn(container.M, segment.name, value); return; }
      const child: AttributeValue | undefined = own(container.M, segment.name);
      if (!child) throw new DynamoError('ValidationException', `The document path provided in the ${what} is invalid for update`);
      container = child;
    } else {
      if (!('L' in container)) throw new DynamoError('ValidationException', `The document path provided in the ${what} is invalid for update`);
      const list: AttributeValue[] = container.L;
      if (last) {
        if (segment.index >= list.length) list.push(value);
        else list[segment.index] = value;
        return;
      }
      const child: AttributeValue | undefined = list[segment.index];
      if (!child) throw new DynamoError('ValidationException', `The document path provided in the ${what} is invalid for update`);
      container = child;
    }
  }
}

export function removePath(item: AttributeMap, path: Path): void {
  const parent = path.length === 1 ? ({ M: item } as AttributeValue) : getPath(item, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (!parent) return;
  if ('name' in last && 'M' in parent && hasOwnKey(parent.M, last.name)) delete parent.M[last.name];
  else if ('index' in last && 'L' in parent) parent.L.splice(last.index, 1);
}

export type Operand = { kind: 'path'; path: Path } | { kind: 'value'; value: AttributeValue } | { kind: 'size'; path: Path };
export function parseOperand(c: Cursor): Operand {
  const t = c.peek();
  if (t.kind === 'value') { c.next(); return { kind: 'value', value: c.resolveValue(t) }; }
  if (t.kind === 'name' && t.text === 'size') {
    c.next();
    c.expectPunct('(');
    const path = c.path();
    c.expectPunct(')');
    return { kind: 'size', path };
  }
  return { kind: 'path', path: c.path() };
}

export function operandValue(item: AttributeMap, operand: Operand): AttributeValue | undefined {
  if (operand.kind === 'value') return operand.value;
  const value = getPath(item, operand.path);
  if (operand.kind === 'path' || !value) return value;
  if ('S' in value) return { N: String(value.S.length) };
  if ('B' in value) return { N: String(value.B.length) };
  if ('L' in value) return { N: String(value.L.length) };
  if ('M' in value) return { N: String(Object.keys(value.M).length) };
  for (const set of ['SS', 'NS', 'BS'] as const) if (set in value) return { N: String((value as Record<string, string[]>)[set]!.length) };
  return undefined;
}

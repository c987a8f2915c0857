// A small subset of DynamoDB's expression languages, enough for course scenarios:
// - conditions (ConditionExpression, KeyConditionExpression, FilterExpression): comparisons, BETWEEN, IN,
//   AND/OR/NOT, parentheses, attribute_exists, attribute_not_exists, begins_with, contains, size();
// - update expressions: SET (with + / -, if_not_exists, list_append), REMOVE, ADD (numbers and sets), DELETE.
// Names may be aliases (#n) resolved through ExpressionAttributeNames; values are :v placeholders.

import {
  attributeCompare,
  attributeEquals,
  typeOf,
  type AttributeMap,
  type AttributeValue,
} from './dynamodb-values';

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

type Token = { kind: 'name' | 'alias' | 'value' | 'number' | 'punct' | 'end'; text: string; at: number };

function tokenize(source: string, what: string): Token[] {
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

class Cursor {
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
    if ('name' in segment) current = 'M' in current ? current.M[segment.name] : undefined;
    else current = 'L' in current ? current.L[segment.index] : undefined;
  }
  return current;
}

function setPath(item: AttributeMap, path: Path, value: AttributeValue, what: string): void {
  let container: AttributeValue = { M: item };
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if ('name' in segment) {
      if (!('M' in container)) throw new DynamoError('ValidationException', `The document path provided in the ${what} is invalid for update`);
      if (last) { container.M[segment.name] = value; return; }
      const child: AttributeValue | undefined = container.M[segment.name];
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

function removePath(item: AttributeMap, path: Path): void {
  const parent = path.length === 1 ? ({ M: item } as AttributeValue) : getPath(item, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (!parent) return;
  if ('name' in last && 'M' in parent) delete parent.M[last.name];
  else if ('index' in last && 'L' in parent) parent.L.splice(last.index, 1);
}

// ------------------------------------------------------------------------------------------------ conditions

type Operand = { kind: 'path'; path: Path } | { kind: 'value'; value: AttributeValue } | { kind: 'size'; path: Path };
export type Condition =
  | { kind: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'not'; inner: Condition }
  | { kind: 'compare'; op: string; left: Operand; right: Operand }
  | { kind: 'between'; subject: Operand; low: Operand; high: Operand }
  | { kind: 'in'; subject: Operand; options: Operand[] }
  | { kind: 'fn'; name: string; path: Path; arg?: Operand };

export function parseCondition(source: string, ctx: ExpressionContext, what = 'ConditionExpression'): Condition {
  const cursor = new Cursor(tokenize(source, what), what, ctx);
  const condition = parseOr(cursor);
  const rest = cursor.peek();
  if (rest.kind !== 'end') cursor.fail(rest, 'unexpected text after the expression');
  return condition;
}

function parseOr(c: Cursor): Condition {
  let left = parseAnd(c);
  while (c.isKeyword('OR')) { c.next(); left = { kind: 'or', left, right: parseAnd(c) }; }
  return left;
}
function parseAnd(c: Cursor): Condition {
  let left = parseNot(c);
  while (c.isKeyword('AND')) { c.next(); left = { kind: 'and', left, right: parseNot(c) }; }
  return left;
}
function parseNot(c: Cursor): Condition {
  if (c.isKeyword('NOT')) { c.next(); return { kind: 'not', inner: parseNot(c) }; }
  return parsePrimary(c);
}

const FUNCTIONS = ['attribute_exists', 'attribute_not_exists', 'begins_with', 'contains', 'attribute_type'];

function parsePrimary(c: Cursor): Condition {
  if (c.isPunct('(')) {
    c.next();
    const inner = parseOr(c);
    c.expectPunct(')');
    return inner;
  }
  const t = c.peek();
  if (t.kind === 'name' && FUNCTIONS.includes(t.text)) {
    c.next();
    c.expectPunct('(');
    const path = c.path();
    let arg: Operand | undefined;
    if (c.isPunct(',')) { c.next(); arg = parseOperand(c); }
    c.expectPunct(')');
    const needsArg = t.text === 'begins_with' || t.text === 'contains' || t.text === 'attribute_type';
    if (needsArg !== (arg !== undefined)) c.fail(t, `${t.text} takes ${needsArg ? 'two' : 'one'} argument(s)`);
    return arg ? { kind: 'fn', name: t.text, path, arg } : { kind: 'fn', name: t.text, path };
  }
  const subject = parseOperand(c);
  if (c.isKeyword('BETWEEN')) {
    c.next();
    const low = parseOperand(c);
    if (!c.isKeyword('AND')) c.fail(c.peek(), 'expected AND in BETWEEN');
    c.next();
    return { kind: 'between', subject, low, high: parseOperand(c) };
  }
  if (c.isKeyword('IN')) {
    c.next();
    c.expectPunct('(');
    const options = [parseOperand(c)];
    while (c.isPunct(',')) { c.next(); options.push(parseOperand(c)); }
    c.expectPunct(')');
    return { kind: 'in', subject, options };
  }
  const op = c.next();
  if (op.kind !== 'punct' || !['=', '<>', '<', '<=', '>', '>='].includes(op.text)) c.fail(op, 'expected a comparison operator');
  return { kind: 'compare', op: op.text, left: subject, right: parseOperand(c) };
}

function parseOperand(c: Cursor): Operand {
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

function operandValue(item: AttributeMap, operand: Operand): AttributeValue | undefined {
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

export function evaluateCondition(condition: Condition, item: AttributeMap): boolean {
  switch (condition.kind) {
    case 'and': return evaluateCondition(condition.left, item) && evaluateCondition(condition.right, item);
    case 'or': return evaluateCondition(condition.left, item) || evaluateCondition(condition.right, item);
    case 'not': return !evaluateCondition(condition.inner, item);
    case 'compare': {
      const a = operandValue(item, condition.left);
      const b = operandValue(item, condition.right);
      if (!a || !b) return condition.op === '<>' && (a !== undefined || b !== undefined);
      if (condition.op === '=') return attributeEquals(a, b);
      if (condition.op === '<>') return !attributeEquals(a, b);
      const order = attributeCompare(a, b);
      if (order === null) return false;
      return condition.op === '<' ? order < 0 : condition.op === '<=' ? order <= 0 : condition.op === '>' ? order > 0 : order >= 0;
    }
    case 'between': {
      const v = operandValue(item, condition.subject);
      const low = operandValue(item, condition.low);
      const high = operandValue(item, condition.high);
      if (!v || !low || !high) return false;
      const a = attributeCompare(v, low);
      const b = attributeCompare(v, high);
      return a !== null && b !== null && a >= 0 && b <= 0;
    }
    case 'in': {
      const v = operandValue(item, condition.subject);
      return !!v && condition.options.some((o) => { const w = operandValue(item, o); return !!w && attributeEquals(v, w); });
    }
    case 'fn': {
      const value = getPath(item, condition.path);
      const arg = condition.arg ? operandValue(item, condition.arg) : undefined;
      switch (condition.name) {
        case 'attribute_exists': return value !== undefined;
        case 'attribute_not_exists': return value === undefined;
        case 'attribute_type': return !!value && !!arg && 'S' in arg && typeOf(value) === arg.S;
        case 'begins_with':
          return !!value && !!arg && 'S' in value && 'S' in arg && value.S.startsWith(arg.S);
        default: // contains
          if (!value || !arg) return false;
          if ('S' in value) return 'S' in arg && value.S.includes(arg.S);
          if ('L' in value) return value.L.some((x) => attributeEquals(x, arg));
          for (const set of ['SS', 'NS', 'BS'] as const) {
            if (set in value) return (value as Record<string, string[]>)[set]!.includes(Object.values(arg)[0] as string);
          }
          return false;
      }
    }
  }
}

// ------------------------------------------------------------------------------------------------ updates

type UpdateValue =
  | Operand
  | { kind: 'arith'; op: '+' | '-'; left: UpdateValue; right: UpdateValue }
  | { kind: 'if_not_exists'; path: Path; fallback: UpdateValue }
  | { kind: 'list_append'; left: UpdateValue; right: UpdateValue };

type UpdateAction =
  | { kind: 'SET'; path: Path; value: UpdateValue }
  | { kind: 'REMOVE'; path: Path }
  | { kind: 'ADD' | 'DELETE'; path: Path; value: AttributeValue };

export function parseUpdate(source: string, ctx: ExpressionContext): UpdateAction[] {
  const what = 'UpdateExpression';
  const c = new Cursor(tokenize(source, what), what, ctx);
  const actions: UpdateAction[] = [];
  const seen = new Set<string>();
  while (c.peek().kind !== 'end') {
    const clause = c.next();
    const keyword = clause.text.toUpperCase();
    if (clause.kind !== 'name' || !['SET', 'REMOVE', 'ADD', 'DELETE'].includes(keyword)) c.fail(clause, 'expected SET, REMOVE, ADD or DELETE');
    if (seen.has(keyword)) c.fail(clause, `the ${keyword} section can only be used once in an update expression`);
    seen.add(keyword);
    do {
      if (actions.length && c.isPunct(',')) c.next();
      const path = c.path();
      if (keyword === 'SET') {
        c.expectPunct('=');
        actions.push({ kind: 'SET', path, value: parseUpdateValue(c) });
      } else if (keyword === 'REMOVE') {
        actions.push({ kind: 'REMOVE', path });
      } else {
        const t = c.next();
        if (t.kind !== 'value') c.fail(t, `expected a :value in ${keyword}`);
        actions.push({ kind: keyword as 'ADD' | 'DELETE', path, value: c.resolveValue(t) });
      }
    } while (c.isPunct(','));
  }
  if (!actions.length) throw new DynamoError('ValidationException', 'Invalid UpdateExpression: The expression can not be empty');
  return actions;
}

function parseUpdateValue(c: Cursor): UpdateValue {
  const left = parseUpdateTerm(c);
  if (c.isPunct('+') || c.isPunct('-')) {
    const op = c.next().text as '+' | '-';
    return { kind: 'arith', op, left, right: parseUpdateTerm(c) };
  }
  return left;
}

function parseUpdateTerm(c: Cursor): UpdateValue {
  const t = c.peek();
  if (t.kind === 'name' && (t.text === 'if_not_exists' || t.text === 'list_append')) {
    c.next();
    c.expectPunct('(');
    if (t.text === 'if_not_exists') {
      const path = c.path();
      c.expectPunct(',');
      const fallback = parseUpdateValue(c);
      c.expectPunct(')');
      return { kind: 'if_not_exists', path, fallback };
    }
    const left = parseUpdateValue(c);
    c.expectPunct(',');
    const right = parseUpdateValue(c);
    c.expectPunct(')');
    return { kind: 'list_append', left, right };
  }
  return parseOperand(c);
}

function updateValue(item: AttributeMap, value: UpdateValue): AttributeValue {
  switch (value.kind) {
    case 'value': return value.value;
    case 'path':
    case 'size': {
      const v = operandValue(item, value);
      if (!v) throw new DynamoError('ValidationException', 'The provided expression refers to an attribute that does not exist in the item');
      return v;
    }
    case 'if_not_exists': return getPath(item, value.path) ?? updateValue(item, value.fallback);
    case 'list_append': {
      const a = updateValue(item, value.left);
      const b = updateValue(item, value.right);
      if (!('L' in a) || !('L' in b)) throw new DynamoError('ValidationException', 'Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: list_append');
      return { L: [...a.L, ...b.L] };
    }
    case 'arith': {
      const a = updateValue(item, value.left);
      const b = updateValue(item, value.right);
      if (!('N' in a) || !('N' in b)) throw new DynamoError('ValidationException', `Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ${value.op}`);
      const result = value.op === '+' ? Number(a.N) + Number(b.N) : Number(a.N) - Number(b.N);
      return { N: String(result) };
    }
  }
}

/** Applies the actions to `item` in place; returns the top-level attribute names it touched. */
export function applyUpdate(item: AttributeMap, actions: UpdateAction[]): string[] {
  const touched = new Set<string>();
  // Values are computed from the item as it was before the update, as DynamoDB does.
  const before = JSON.parse(JSON.stringify(item)) as AttributeMap;
  for (const action of actions) {
    const top = (action.path[0] as { name: string }).name;
    touched.add(top);
    if (action.kind === 'SET') setPath(item, action.path, updateValue(before, action.value), 'UpdateExpression');
    else if (action.kind === 'REMOVE') removePath(item, action.path);
    else {
      const current = getPath(item, action.path);
      const v = action.value;
      if (action.kind === 'ADD' && 'N' in v) {
        if (current && !('N' in current)) throw new DynamoError('ValidationException', 'Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD');
        setPath(item, action.path, { N: String(Number(current && 'N' in current ? current.N : 0) + Number(v.N)) }, 'UpdateExpression');
        continue;
      }
      const setType = (['SS', 'NS', 'BS'] as const).find((t) => t in v);
      if (!setType) throw new DynamoError('ValidationException', `Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ${action.kind}`);
      const existing = current ? (current as Record<string, string[]>)[setType] : [];
      if (!existing) throw new DynamoError('ValidationException', `Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ${action.kind}`);
      const incoming = (v as Record<string, string[]>)[setType]!;
      const next = action.kind === 'ADD' ? [...new Set([...existing, ...incoming])] : existing.filter((x) => !incoming.includes(x));
      if (next.length === 0) removePath(item, action.path);
      else setPath(item, action.path, { [setType]: next } as AttributeValue, 'UpdateExpression');
    }
  }
  return [...touched];
}

// DynamoDB conditions (ConditionExpression, KeyConditionExpression, FilterExpression): comparisons, BETWEEN,
// IN, AND/OR/NOT, parentheses, attribute_exists, attribute_not_exists, attribute_type, begins_with,
// contains and size().

import { attributeCompare, attributeEquals, typeOf, type AttributeMap } from './dynamodb-values';
import { Cursor, getPath, operandValue, parseOperand, tokenize, type ExpressionContext, type Operand, type Path } from './dynamodb-syntax';

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

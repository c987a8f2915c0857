// DynamoDB update expressions: SET (with + / -, if_not_exists, list_append), REMOVE, ADD (numbers and
// sets) and DELETE (sets).

import type { AttributeMap, AttributeValue } from './dynamodb-values';
import { Cursor, DynamoError, getPath, operandValue, parseOperand, removePath, setPath, tokenize, type ExpressionContext, type Operand, type Path } from './dynamodb-syntax';

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

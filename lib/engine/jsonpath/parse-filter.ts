// Filter expressions inside [?( ... )]: comparisons, existence tests, && || ! and parentheses, as Jayway
// accepts them. Operand paths (@... or $...) and quoted strings come from the path parser, passed in.

import type { JsonValue } from '../types';
import type { CompareOp, FilterExpr, FilterOperand, Segment } from './ast';
import type { Reader } from './reader';

export interface FilterParsers {
  segments: (r: Reader, inFilter: boolean) => Segment[];
  quoted: (r: Reader) => string;
}

export function parseFilter(r: Reader, p: FilterParsers): FilterExpr {
  return parseOr(r, p);
}

function parseOr(r: Reader, p: FilterParsers): FilterExpr {
  let left = parseAnd(r, p);
  for (;;) {
    r.skipSpace();
    if (r.peek() === '|' && r.peek(1) === '|') {
      r.pos += 2;
      left = { kind: 'or', left, right: parseAnd(r, p) };
    } else return left;
  }
}

function parseAnd(r: Reader, p: FilterParsers): FilterExpr {
  let left = parseUnary(r, p);
  for (;;) {
    r.skipSpace();
    if (r.peek() === '&' && r.peek(1) === '&') {
      r.pos += 2;
      left = { kind: 'and', left, right: parseUnary(r, p) };
    } else return left;
  }
}

function parseUnary(r: Reader, p: FilterParsers): FilterExpr {
  r.skipSpace();
  if (r.peek() === '!' && r.peek(1) !== '=') {
    r.pos++;
    return { kind: 'not', operand: parseUnary(r, p) };
  }
  if (r.peek() === '(') {
    r.pos++;
    const e = parseOr(r, p);
    r.skipSpace();
    r.expect(')');
    return e;
  }
  const left = parseOperand(r, p);
  r.skipSpace();
  const op = readOp(r);
  if (op === null) {
    if (left.kind !== 'path') r.fail('a filter needs a comparison or a path');
    return { kind: 'exists', operand: left };
  }
  r.skipSpace();
  const right = op === '=~' ? parseRegex(r) : parseOperand(r, p);
  return { kind: 'compare', op, left, right };
}

const OPS: CompareOp[] = ['==', '!=', '<=', '>=', '=~', '<', '>'];

function readOp(r: Reader): CompareOp | null {
  for (const op of OPS) {
    if (r.text.startsWith(op, r.pos)) {
      r.pos += op.length;
      return op;
    }
  }
  if (/^(nin|in)\b/.test(r.text.slice(r.pos))) {
    const op = r.text.startsWith('nin', r.pos) ? 'nin' : 'in';
    r.pos += op.length;
    return op;
  }
  return null;
}

function parseRegex(r: Reader): FilterOperand {
  if (r.peek() !== '/') r.fail("expected a /regex/ after '=~'");
  const start = ++r.pos;
  while (r.peek() !== '/') {
    if (r.eof()) r.fail('unterminated regex');
    if (r.peek() === '\\') r.pos++;
    r.pos++;
  }
  const body = r.text.slice(start, r.pos);
  r.pos++;
  let flags = '';
  while (r.peek() === 'i' || r.peek() === 'm' || r.peek() === 's') flags += r.text[r.pos++];
  try {
    return { kind: 'regex', regex: new RegExp(body, flags) };
  } catch {
    return r.fail(`invalid regex /${body}/`);
  }
}

function parseOperand(r: Reader, p: FilterParsers): FilterOperand {
  const c = r.peek();
  if (c === '@' || c === '$') {
    r.pos++;
    return { kind: 'path', root: c, segments: p.segments(r, true) };
  }
  if (c === "'" || c === '"') return { kind: 'literal', value: p.quoted(r) };
  if (c === '[' || c === '{') return { kind: 'literal', value: readJsonLiteral(r) };
  const m = /^(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)(?![A-Za-z0-9_.-])/.exec(r.text.slice(r.pos));
  if (m) {
    r.pos += m[0].length;
    return { kind: 'literal', value: JSON.parse(m[0]) as JsonValue };
  }
  // An unquoted word (`[?(@.Name==Receipt)]`): AWS accepts such definitions (published samples deployed
  // with SAM and Terraform rely on it) and the samples expect the word to compare as the string it spells.
  const word = /^[A-Za-z_][A-Za-z0-9_.-]*/.exec(r.text.slice(r.pos));
  if (!word) r.fail(c === undefined ? 'the filter ended early' : `unexpected '${c}' in a filter`);
  r.pos += word[0].length;
  return { kind: 'literal', value: word[0] };
}

function readJsonLiteral(r: Reader): JsonValue {
  const open = r.peek()!;
  const close = open === '[' ? ']' : '}';
  let depth = 0;
  const start = r.pos;
  let inStr: string | null = null;
  while (!r.eof()) {
    const c = r.peek()!;
    r.pos++;
    if (inStr) {
      if (c === '\\') r.pos++;
      else if (c === inStr) inStr = null;
      continue;
    }
    if (c === '"' || c === "'") inStr = c;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) {
      const raw = r.text.slice(start, r.pos).replace(/'/g, '"');
      try {
        return JSON.parse(raw) as JsonValue;
      } catch {
        r.fail(`invalid literal ${raw}`, start);
      }
    }
  }
  return r.fail('unterminated literal', start);
}

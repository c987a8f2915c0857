// Parser for AWS's JSONPath dialect. It compiles a path once into segments (see ast.ts); the evaluator
// walks those. Syntax errors carry the offending position so validators can say where and why.

import type { JsonValue } from '../types';
import type { CompareOp, CompiledPath, FilterExpr, FilterOperand, Segment } from './ast';

export class PathSyntaxError extends Error {
  constructor(
    message: string,
    public readonly offset: number,
  ) {
    super(message);
    this.name = 'PathSyntaxError';
  }
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

class Reader {
  pos = 0;
  constructor(readonly text: string) {}
  peek(o = 0): string | undefined {
    return this.text[this.pos + o];
  }
  eof(): boolean {
    return this.pos >= this.text.length;
  }
  skipSpace(): void {
    while (isSpace(this.peek())) this.pos++;
  }
  fail(message: string, at = this.pos): never {
    throw new PathSyntaxError(`Invalid JSONPath '${this.text}': ${message} (at character ${at + 1})`, at);
  }
  expect(ch: string): void {
    if (this.peek() !== ch) this.fail(`expected '${ch}'${this.eof() ? ' but the path ended' : ` but found '${this.peek()}'`}`);
    this.pos++;
  }
}

export function parsePath(text: string): CompiledPath {
  const r = new Reader(text);
  if (r.peek() !== '$') r.fail("a path must start with '$'", 0);
  r.pos++;
  let root: '$' | '$$' = '$';
  if (r.peek() === '$') {
    root = '$$';
    r.pos++;
  }
  const segments = parseSegments(r, false);
  if (!r.eof()) r.fail(`unexpected '${r.peek()}'`);
  let definite = true;
  let reference = true;
  for (const s of segments) {
    if (s.kind !== 'member' && s.kind !== 'index') definite = false;
    if (s.kind !== 'member' && !(s.kind === 'index' && s.index >= 0)) reference = false;
  }
  return { source: text, root, segments, definite, reference };
}

/** Parses segments until something that cannot continue a path (end of text, or an operator in a filter). */
function parseSegments(r: Reader, inFilter: boolean): Segment[] {
  const out: Segment[] = [];
  for (;;) {
    const c = r.peek();
    if (c === '.') {
      if (r.peek(1) === '.') {
        r.pos += 2;
        let then: Segment;
        if (r.peek() === '[') then = parseBracket(r);
        else if (r.peek() === '*') {
          r.pos++;
          then = { kind: 'wildcard' };
        } else then = { kind: 'member', name: readDotName(r, inFilter) };
        out.push({ kind: 'scan', then });
        continue;
      }
      r.pos++;
      if (r.peek() === '*') {
        r.pos++;
        out.push({ kind: 'wildcard' });
        continue;
      }
      if (r.peek() === '[') r.fail("'.' must be followed by a field name");
      out.push({ kind: 'member', name: readDotName(r, inFilter) });
      continue;
    }
    if (c === '[') {
      out.push(parseBracket(r));
      continue;
    }
    return out;
  }
}

function readDotName(r: Reader, inFilter: boolean): string {
  const start = r.pos;
  for (;;) {
    const c = r.peek();
    if (c === undefined || c === '.' || c === '[') break;
    if (c === ']' || c === "'" || c === '"' || c === '*') r.fail(`unexpected '${c}' in a field name`);
    if (inFilter && (isSpace(c) || c === ')' || '=!<>&|,'.includes(c))) break;
    if (isSpace(c)) r.fail('unexpected whitespace in a field name');
    r.pos++;
  }
  if (r.pos === start) r.fail('empty field name');
  return r.text.slice(start, r.pos);
}

function readQuoted(r: Reader): string {
  const q = r.peek()!;
  r.pos++;
  let s = '';
  for (;;) {
    const c = r.peek();
    if (c === undefined) r.fail('unterminated string');
    r.pos++;
    if (c === q) return s;
    // Only a backslash before the quote character (or another backslash) escapes it; any other backslash
    // is kept as written: AWS finds the key `Test\""Name"` with the path $['Test\""Name"'].
    if (c === '\\') {
      const n = r.peek();
      if (n === q || n === '\\') {
        r.pos++;
        s += n;
        continue;
      }
    }
    s += c;
  }
}

function readInt(r: Reader): number | null {
  const start = r.pos;
  if (r.peek() === '-') r.pos++;
  while (isDigit(r.peek())) r.pos++;
  const t = r.text.slice(start, r.pos);
  if (t === '' ) return null;
  if (t === '-') r.fail('expected a number after \'-\'');
  return Number(t);
}

function parseBracket(r: Reader): Segment {
  r.expect('[');
  r.skipSpace();
  const c = r.peek();
  let seg: Segment;
  if (c === '*') {
    r.pos++;
    seg = { kind: 'wildcard' };
  } else if (c === "'" || c === '"') {
    const names = [readQuoted(r)];
    r.skipSpace();
    while (r.peek() === ',') {
      r.pos++;
      r.skipSpace();
      if (r.peek() !== "'" && r.peek() !== '"') r.fail('expected a quoted field name');
      names.push(readQuoted(r));
      r.skipSpace();
    }
    seg = names.length === 1 ? { kind: 'member', name: names[0]! } : { kind: 'members', names };
  } else if (c === '?') {
    r.pos++;
    r.skipSpace();
    r.expect('(');
    const test = parseOr(r);
    r.skipSpace();
    r.expect(')');
    seg = { kind: 'filter', test };
  } else if (isDigit(c) || c === '-' || c === ':') {
    const first = readInt(r);
    r.skipSpace();
    if (r.peek() === ':') {
      r.pos++;
      r.skipSpace();
      const end = readInt(r);
      r.skipSpace();
      let step = 1;
      if (r.peek() === ':') {
        r.pos++;
        r.skipSpace();
        const s = readInt(r);
        if (s !== null) step = s;
        if (step === 0) r.fail('a slice step cannot be 0');
      }
      seg = { kind: 'slice', start: first, end, step };
    } else {
      if (first === null) r.fail('expected an index');
      const indexes = [first];
      while (r.peek() === ',') {
        r.pos++;
        r.skipSpace();
        const n = readInt(r);
        if (n === null) r.fail('expected an index');
        indexes.push(n);
        r.skipSpace();
      }
      seg = indexes.length === 1 ? { kind: 'index', index: first } : { kind: 'indexes', indexes };
    }
  } else if (c === undefined) {
    r.fail("unclosed '['");
  } else {
    r.fail(`unexpected '${c}' after '['`);
  }
  r.skipSpace();
  r.expect(']');
  return seg;
}

// ---------------------------------------------------------------------------------------------- filters

function parseOr(r: Reader): FilterExpr {
  let left = parseAnd(r);
  for (;;) {
    r.skipSpace();
    if (r.peek() === '|' && r.peek(1) === '|') {
      r.pos += 2;
      left = { kind: 'or', left, right: parseAnd(r) };
    } else return left;
  }
}

function parseAnd(r: Reader): FilterExpr {
  let left = parseUnary(r);
  for (;;) {
    r.skipSpace();
    if (r.peek() === '&' && r.peek(1) === '&') {
      r.pos += 2;
      left = { kind: 'and', left, right: parseUnary(r) };
    } else return left;
  }
}

function parseUnary(r: Reader): FilterExpr {
  r.skipSpace();
  if (r.peek() === '!' && r.peek(1) !== '=') {
    r.pos++;
    return { kind: 'not', operand: parseUnary(r) };
  }
  if (r.peek() === '(') {
    r.pos++;
    const e = parseOr(r);
    r.skipSpace();
    r.expect(')');
    return e;
  }
  const left = parseOperand(r);
  r.skipSpace();
  const op = readOp(r);
  if (op === null) {
    if (left.kind !== 'path') r.fail('a filter needs a comparison or a path');
    return { kind: 'exists', operand: left };
  }
  r.skipSpace();
  const right = op === '=~' ? parseRegex(r) : parseOperand(r);
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

function parseOperand(r: Reader): FilterOperand {
  const c = r.peek();
  if (c === '@' || c === '$') {
    r.pos++;
    return { kind: 'path', root: c, segments: parseSegments(r, true) };
  }
  if (c === "'" || c === '"') return { kind: 'literal', value: readQuoted(r) };
  if (c === '[' || c === '{') return { kind: 'literal', value: readJsonLiteral(r) };
  const m = /^(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(r.text.slice(r.pos));
  if (!m) r.fail(c === undefined ? 'the filter ended early' : `unexpected '${c}' in a filter`);
  r.pos += m[0].length;
  return { kind: 'literal', value: JSON.parse(m[0]) as JsonValue };
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

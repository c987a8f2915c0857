// Parser for AWS's JSONPath dialect. It compiles a path once into segments (see ast.ts); the evaluator
// walks those. Syntax errors carry the offending position so validators can say where and why.

import type { CompiledPath, Segment } from './ast';
import { parseFilter, type FilterParsers } from './parse-filter';
import { isDigit, isSpace, Reader } from './reader';

export { PathSyntaxError } from './errors';

export function parsePath(text: string): CompiledPath {
  // Jayway (AWS's JSONPath engine) trims the path before compiling it: "$$.Execution.Name " is accepted.
  const r = new Reader(text.trim());
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
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    // Jayway merges a union of names at the end of a path into one object, so that case names one value.
    const mergedMembers = s.kind === 'members' && i === segments.length - 1;
    if (s.kind !== 'member' && s.kind !== 'index' && !mergedMembers) definite = false;
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
      // Jayway reads whatever token follows a single dot, so `$.[0]`, `$.a.['b c']` and `$.[?(...)]` are the
      // bracket forms with a redundant dot; AWS's own docs write `$.abc.['def ghi']`.
      if (r.peek() === '[') {
        out.push(parseBracket(r));
        continue;
      }
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
    // Jayway path functions (length(), min(), ...) are not part of AWS's JSONPath.
    if (c === '(' || c === ')') r.fail(`unexpected '${c}': path functions are not supported`);
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
    const test = parseFilter(r, PARSERS);
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

const PARSERS: FilterParsers = { segments: parseSegments, quoted: readQuoted };

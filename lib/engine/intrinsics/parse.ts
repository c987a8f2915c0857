// Parser for intrinsic function expressions. String literals use single quotes; the only escapes AWS
// accepts inside them are \' \{ \} and \\ (a definition with \" is rejected at creation time).

import type { JsonValue } from '../types';
import type { IntrinsicArg, IntrinsicCall } from './ast';

export type ParseIntrinsicResult = { ok: true; call: IntrinsicCall } | { ok: false; message: string };

class Fail extends Error {}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const NAME = /^States\.[A-Za-z0-9]+/;

/** True when the text is shaped like an intrinsic call (it may still have a syntax error). */
export function isIntrinsicExpression(s: string): boolean {
  return typeof s === 'string' && /^\s*States\.[A-Za-z0-9]+\s*\(/.test(s);
}

export function parseIntrinsic(text: string): ParseIntrinsicResult {
  let pos = 0;
  const fail = (msg: string, at = pos): never => {
    throw new Fail(`Invalid intrinsic function '${text}': ${msg} (at character ${at + 1})`);
  };
  const skip = () => {
    while (isSpace(text[pos])) pos++;
  };

  const parseCall = (): IntrinsicCall => {
    const start = pos;
    const m = NAME.exec(text.slice(pos));
    if (!m) fail("expected a function name such as 'States.Format'");
    const name = m![0];
    pos += name.length;
    skip();
    if (text[pos] !== '(') fail(`expected '(' after ${name}`);
    pos++;
    skip();
    const args: IntrinsicArg[] = [];
    if (text[pos] === ')') {
      pos++;
      return { name, args, offset: start };
    }
    for (;;) {
      skip();
      args.push(parseArg());
      skip();
      const c = text[pos];
      if (c === ',') {
        pos++;
        continue;
      }
      if (c === ')') {
        pos++;
        return { name, args, offset: start };
      }
      fail(c === undefined ? `missing ')' to close ${name}(` : `expected ',' or ')' but found '${c}'`);
    }
  };

  const parseString = (): IntrinsicArg => {
    pos++; // opening quote
    let value = '';
    const rawStart = pos;
    for (;;) {
      const c = text[pos];
      if (c === undefined) fail('unterminated string literal');
      if (c === "'") break;
      if (c === '\\') {
        const n = text[pos + 1];
        if (n !== "'" && n !== '{' && n !== '}' && n !== '\\')
          fail(`invalid escape sequence '\\${n ?? ''}' (only \\' \\{ \\} and \\\\ are allowed)`);
        value += n;
        pos += 2;
        continue;
      }
      value += c;
      pos++;
    }
    const raw = text.slice(rawStart, pos);
    pos++;
    return { kind: 'literal', value, raw };
  };

  /** A path runs to the next ',' or ')' outside brackets and quotes. */
  const readPathText = (): string => {
    const start = pos;
    let depth = 0;
    let quote: string | null = null;
    while (pos < text.length) {
      const c = text[pos]!;
      if (quote) {
        if (c === '\\') pos++;
        else if (c === quote) quote = null;
      } else if (c === "'" || c === '"') quote = c;
      else if (c === '[' || c === '(') depth++;
      else if (c === ']' || c === ')') {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) break;
      pos++;
    }
    return text.slice(start, pos).trimEnd();
  };

  const parseArg = (): IntrinsicArg => {
    const c = text[pos];
    if (c === "'") return parseString();
    if (c === '$') {
      const at = pos;
      const p = readPathText();
      if (p.startsWith('$$')) return { kind: 'context', path: p };
      if (p === '$' || p[1] === '.' || p[1] === '[') return { kind: 'path', path: p };
      const vm = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(p);
      if (!vm) fail(`invalid path '${p}'`, at);
      return { kind: 'variable', name: vm![1]!, path: '$' + p.slice(vm![0].length) };
    }
    if (text.startsWith('States.', pos)) return { kind: 'call', call: parseCall() };
    const m = /^(-?(?:\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)(?![A-Za-z0-9_.])/.exec(text.slice(pos));
    if (m) {
      pos += m[0].length;
      return { kind: 'literal', value: JSON.parse(m[0]) as JsonValue };
    }
    return fail(c === undefined ? 'the expression ended where an argument was expected' : `unexpected '${c}' where an argument was expected`);
  };

  try {
    skip();
    const call = parseCall();
    skip();
    if (pos < text.length) fail(`unexpected text after the call: '${text.slice(pos)}'`);
    return { ok: true, call };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, message: e.message };
    throw e;
  }
}

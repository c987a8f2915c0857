import type { JsonValue } from '../types';
import type { JsonPathKey, SourceNode } from './source-map';

export interface SyntaxProblem {
  offset: number;
  length: number;
  message: string;
}

export interface DuplicateKey {
  path: JsonPathKey[];
  keyStart: number;
  keyEnd: number;
}

export interface TextParseResult {
  value?: JsonValue;
  root?: SourceNode;
  problems: SyntaxProblem[];
  duplicates: DuplicateKey[];
}

const MAX_DEPTH = 512;

/**
 * A strict JSON parser (RFC 8259, as AWS's own parser is: no comments, no trailing commas) that records the
 * offsets of every key and value. It stops at the first syntax error: later errors are usually echoes of it.
 */
export function parseJsonText(text: string): TextParseResult {
  const p = new JsonParser(text);
  return p.run();
}

class SyntaxStop extends Error {}

class JsonParser {
  private i = 0;
  private readonly problems: SyntaxProblem[] = [];
  private readonly duplicates: DuplicateKey[] = [];
  /** Keys from the root to the value being parsed; copied only when a duplicate key needs its path. */
  private readonly path: JsonPathKey[] = [];

  constructor(private readonly s: string) {
    if (s.charCodeAt(0) === 0xfeff) this.i = 1;
  }

  run(): TextParseResult {
    try {
      this.ws();
      if (this.i >= this.s.length) this.fail(this.i, 0, 'The text is empty: expected a JSON object');
      const { value, node } = this.value(0);
      this.ws();
      if (this.i < this.s.length) this.fail(this.i, 1, `Unexpected ${this.describe(this.i)} after the end of the JSON value`);
      return { value, root: node, problems: this.problems, duplicates: this.duplicates };
    } catch (e) {
      if (e instanceof SyntaxStop) return { problems: this.problems, duplicates: this.duplicates };
      throw e;
    }
  }

  private fail(offset: number, length: number, message: string): never {
    this.problems.push({ offset, length: Math.max(length, 1), message });
    throw new SyntaxStop();
  }

  private describe(at: number): string {
    if (at >= this.s.length) return 'end of text';
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.s.slice(at, at + 40));
    return m ? `token '${m[0]}'` : `character '${this.s[at]}'`;
  }

  private ws(): void {
    const s = this.s;
    for (;;) {
      const c = s.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else if (c === 47 && (s[this.i + 1] === '/' || s[this.i + 1] === '*')) {
        this.fail(this.i, 2, 'Comments are not allowed in JSON (Step Functions rejects them); use a "Comment" field instead');
      } else return;
    }
  }

  private value(depth: number): { value: JsonValue; node: SourceNode } {
    if (depth > MAX_DEPTH) this.fail(this.i, 1, `Nesting deeper than ${MAX_DEPTH} levels`);
    const start = this.i;
    const c = this.s[this.i];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') {
      const value = this.string();
      return { value, node: { start, end: this.i } };
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      const value = this.number();
      return { value, node: { start, end: this.i } };
    }
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return { value, node: { start, end: this.i } };
      }
    }
    if (c === "'") this.fail(this.i, 1, 'Strings must use double quotes in JSON');
    this.fail(this.i, 1, `Unexpected ${this.describe(this.i)}: expected a JSON value (string, number, object, array, true, false or null)`);
  }

  private object(depth: number): { value: JsonValue; node: SourceNode } {
    const start = this.i++;
    const value: Record<string, JsonValue> = {};
    const children = new Map<JsonPathKey, SourceNode>();
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return { value, node: { start, end: this.i, children } };
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') {
        if (this.s[this.i] === '}') this.fail(this.i, 1, 'Trailing comma before "}" is not allowed in JSON');
        this.fail(this.i, 1, `Expected a property name in double quotes, found ${this.describe(this.i)}`);
      }
      const keyStart = this.i;
      const key = this.string();
      const keyEnd = this.i;
      this.ws();
      if (this.s[this.i] !== ':') this.fail(this.i, 1, `Expected ':' after property name "${key}", found ${this.describe(this.i)}`);
      this.i++;
      this.ws();
      this.path.push(key);
      const child = this.value(depth + 1);
      this.path.pop();
      child.node.keyStart = keyStart;
      child.node.keyEnd = keyEnd;
      if (Object.prototype.hasOwnProperty.call(value, key)) this.duplicates.push({ path: [...this.path, key], keyStart, keyEnd });
      // Object.defineProperty keeps a "__proto__" key as plain data (plain assignment would set the prototype).
      if (key === '__proto__') Object.defineProperty(value, key, { value: child.value, enumerable: true, writable: true, configurable: true });
      else value[key] = child.value;
      children.set(key, child.node);
      this.ws();
      const c = this.s[this.i];
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === '}') {
        this.i++;
        return { value, node: { start, end: this.i, children } };
      }
      this.fail(this.i, 1, `Expected ',' or '}' after the value of "${key}", found ${this.describe(this.i)}`);
    }
  }

  private array(depth: number): { value: JsonValue; node: SourceNode } {
    const start = this.i++;
    const value: JsonValue[] = [];
    const children = new Map<JsonPathKey, SourceNode>();
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return { value, node: { start, end: this.i, children } };
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] === ']') this.fail(this.i, 1, 'Trailing comma before "]" is not allowed in JSON');
      this.path.push(value.length);
      const child = this.value(depth + 1);
      this.path.pop();
      children.set(value.length, child.node);
      value.push(child.value);
      this.ws();
      const c = this.s[this.i];
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === ']') {
        this.i++;
        return { value, node: { start, end: this.i, children } };
      }
      this.fail(this.i, 1, `Expected ',' or ']' after an array item, found ${this.describe(this.i)}`);
    }
  }

  private string(): string {
    const s = this.s;
    const start = this.i++;
    let out = '';
    let chunk = this.i;
    for (;;) {
      if (this.i >= s.length) this.fail(start, this.i - start, 'Unterminated string: missing closing double quote');
      const c = s.charCodeAt(this.i);
      if (c === 34) {
        out += s.slice(chunk, this.i);
        this.i++;
        return out;
      }
      if (c < 32) {
        this.fail(this.i, 1, c === 10 ? 'Unterminated string: a line break inside a string must be written \\n' : 'Control characters must be escaped inside strings');
      }
      if (c === 92) {
        out += s.slice(chunk, this.i);
        const e = s[this.i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          this.i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(this.i + 2, this.i + 6))) {
          out += String.fromCharCode(parseInt(s.slice(this.i + 2, this.i + 6), 16));
          this.i += 6;
        } else {
          this.fail(this.i, 2, `Invalid escape sequence '\\${e ?? ''}' in string`);
        }
        chunk = this.i;
        continue;
      }
      this.i++;
    }
  }

  private number(): number {
    const s = this.s;
    const start = this.i;
    let i = start;
    const digits = (): number => {
      const from = i;
      while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
      return i - from;
    };
    if (s[i] === '-') i++;
    const intStart = i;
    const intLen = digits();
    let ok = intLen > 0 && !(intLen > 1 && s[intStart] === '0');
    if (ok && s[i] === '.') {
      i++;
      ok = digits() > 0;
    }
    if (ok && (s[i] === 'e' || s[i] === 'E')) {
      i++;
      if (s[i] === '+' || s[i] === '-') i++;
      ok = digits() > 0;
    }
    if (!ok) this.fail(start, i - start + 1, 'Invalid number (JSON numbers have no leading zeros, no bare decimal points and need digits after . and e)');
    this.i = i;
    return Number(s.slice(start, i));
  }
}

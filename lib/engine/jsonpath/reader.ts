// The character cursor shared by the path and filter parsers.

import { PathSyntaxError } from './errors';

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
export const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

export class Reader {
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


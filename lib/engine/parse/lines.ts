import type { Position, Range } from '../types';

/** Converts character offsets to 1-based line/column pairs (and back) with a table of line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // \r\n counts as one break; a lone \r is a break too (YAML and JSON both accept it).
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo]! + 1 };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  /** Offset of a 1-based line/column; clamped to the text. */
  offset(line: number, column: number): number {
    const l = Math.max(1, Math.min(line, this.starts.length));
    const start = this.starts[l - 1]!;
    const next = l < this.starts.length ? this.starts[l]! : this.text.length;
    return Math.max(start, Math.min(start + column - 1, next));
  }
}

import type { Range } from '../types';
import { LineIndex } from './lines';

export type JsonPathKey = string | number;

/** Where one value (and, for object members, its key) sits in the source text, as offsets. */
export interface SourceNode {
  start: number;
  end: number;
  keyStart?: number;
  keyEnd?: number;
  children?: Map<JsonPathKey, SourceNode>;
}

/**
 * Source positions of every value and key of a parsed definition. The validator locates its diagnostics with
 * it; the sandbox editor uses it to highlight a selected state and to map the cursor back to a state.
 */
export class SourceMap {
  private readonly lines: LineIndex;

  constructor(
    text: string,
    private readonly root: SourceNode,
    readonly format: 'json' | 'yaml',
  ) {
    this.lines = new LineIndex(text);
  }

  private node(path: readonly JsonPathKey[]): SourceNode | undefined {
    let n: SourceNode | undefined = this.root;
    for (const key of path) {
      n = n.children?.get(key);
      if (!n) return undefined;
    }
    return n;
  }

  /** Range of the value at `path`, or undefined when the path is not in the text. */
  rangeOf(path: readonly JsonPathKey[]): Range | undefined {
    const n = this.node(path);
    return n ? this.lines.range(n.start, n.end) : undefined;
  }

  /** Range of the key of the member at `path` (its last element must be an object key). */
  keyRangeOf(path: readonly JsonPathKey[]): Range | undefined {
    const n = this.node(path);
    return n && n.keyStart !== undefined ? this.lines.range(n.keyStart, n.keyEnd!) : undefined;
  }

  /** Range of the whole member: key through value (the value alone for array items and the root). */
  memberRangeOf(path: readonly JsonPathKey[]): Range | undefined {
    const n = this.node(path);
    return n ? this.lines.range(n.keyStart ?? n.start, n.end) : undefined;
  }

  /**
   * The range a diagnostic about `path` should point at: the value if it is in the text, else the closest
   * ancestor that is (a missing field is reported on the object that lacks it).
   */
  closestRange(path: readonly JsonPathKey[], onKey = false): Range {
    for (let len = path.length; len >= 0; len--) {
      const n = this.node(path.slice(0, len));
      if (!n) continue;
      if (onKey && len === path.length && n.keyStart !== undefined) return this.lines.range(n.keyStart, n.keyEnd!);
      // For an ancestor, or an object/array that is a member, point at its key: a short, readable squiggle
      // rather than one across the whole state. The root (no key) gets its first character.
      if ((len < path.length || n.children) && n.keyStart !== undefined) return this.lines.range(n.keyStart, n.keyEnd!);
      if (n.children && len === 0) return this.lines.range(n.start, n.start + 1);
      return this.lines.range(n.start, n.end);
    }
    return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  }

  /** The deepest path whose key or value contains the 1-based line/column. */
  pathAt(line: number, column: number): JsonPathKey[] {
    const offset = this.lines.offset(line, column);
    const path: JsonPathKey[] = [];
    let n: SourceNode = this.root;
    for (;;) {
      let next: [JsonPathKey, SourceNode] | undefined;
      if (n.children) {
        for (const entry of n.children) {
          const c = entry[1];
          const from = c.keyStart ?? c.start;
          if (offset >= from && offset <= c.end) {
            next = entry;
            break;
          }
        }
      }
      if (!next) return path;
      path.push(next[0]);
      n = next[1];
    }
  }

  /**
   * The path of the state under the cursor (e.g. ['States', 'Map', 'ItemProcessor', 'States', 'Inner']), the
   * innermost one when states nest, or undefined when the cursor is outside every state.
   */
  statePathAt(line: number, column: number): JsonPathKey[] | undefined {
    const path = this.pathAt(line, column);
    let found: JsonPathKey[] | undefined;
    for (let i = 0; i + 1 < path.length; i++) {
      if (path[i] === 'States' && typeof path[i + 1] === 'string') found = path.slice(0, i + 2);
    }
    return found;
  }
}

// Reads the YAML block at the top of a content file and keeps where every value sits, so a schema problem
// can be reported as `file:line:column` on the very key that is wrong. Pure: no I/O.
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export type Frontmatter =
  | {
      ok: true;
      data: unknown;
      /** The text after the closing --- line, and the line it starts on. */
      body: string;
      bodyLine: number;
      positionOf: (path: readonly PropertyKey[]) => Position;
      /** Where the key `key` of the map at `path` is written (for "unknown field" problems). */
      keyPositionOf: (path: readonly PropertyKey[], key: string) => Position;
    }
  | { ok: false; message: string; position: Position };

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*$/m;

/**
 * Splits `---\n<yaml>\n---\n<body>` and parses the YAML. `positionOf(path)` finds the line and column of a
 * value by its path (e.g. `['selfCheck', 0, 'options']`), or of the nearest enclosing value that exists
 * when the path names a missing key.
 */
export function readFrontmatter(source: string): Frontmatter {
  const open = OPEN.exec(source);
  if (!open) return { ok: false, message: 'missing frontmatter (a --- YAML block at the top of the file)', position: { line: 1, column: 1 } };
  const rest = source.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return { ok: false, message: 'the frontmatter has no closing --- line', position: { line: 1, column: 1 } };
  const yamlText = rest.slice(0, close.index);
  const yamlStartLine = 2;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + yamlStartLine - 1, column: col };
  };
  const firstError = doc.errors[0];
  if (firstError) {
    return { ok: false, message: `the frontmatter is not valid YAML: ${firstError.message.split('\n')[0]}`, position: at(firstError.pos[0]) };
  }
  const afterClose = open[0].length + close.index + close[0].length;
  const body = source.slice(afterClose).replace(/^\r?\n/, '');
  const bodyLine = source.slice(0, source.length - body.length).split('\n').length;

  // Walks the path as far as it exists; returns the deepest node found (a key node when its value is missing).
  const walk = (path: readonly PropertyKey[]): { node: unknown; best: Node | null; complete: boolean } => {
    let node: unknown = doc.contents;
    let best: Node | null = isNode(node) ? node : null;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        if (!pair) return { node, best, complete: false };
        node = pair.value;
        // A key with no value (`title:`) has no value node with a range: point at the key.
        if (isNode(pair.value) && pair.value.range) best = pair.value;
        else if (isNode(pair.key)) best = pair.key;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key];
        if (!isNode(item)) return { node, best, complete: false };
        node = item;
        best = item;
      } else {
        return { node, best, complete: false };
      }
    }
    return { node, best, complete: true };
  };
  const positionOf = (path: readonly PropertyKey[]): Position => {
    const { best } = walk(path);
    return best?.range ? at(best.range[0]) : { line: yamlStartLine, column: 1 };
  };
  const keyPositionOf = (path: readonly PropertyKey[], key: string): Position => {
    const { node, complete } = walk(path);
    if (complete && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (pair && isNode(pair.key) && pair.key.range) return at(pair.key.range[0]);
    }
    return positionOf(path);
  };

  return { ok: true, data: doc.toJS(), body, bodyLine, positionOf, keyPositionOf };
}

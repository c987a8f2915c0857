// Long lines wrap under their own indentation (plus two columns) instead of at the left edge, so a wrapped
// JSON value still reads as part of its key. Line decorations on the visible lines only; the technique is
// the one the CodeMirror forum settled on (padding-left with a negative text-indent of the same width):
// https://discuss.codemirror.net/t/making-codemirror-6-respect-indent-for-wrapped-lines/2881
import { RangeSetBuilder } from '@codemirror/state';
import { Decoration, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from '@codemirror/view';

const decorations = new Map<number, Decoration>();

/** Columns of leading whitespace, a tab counting as `tabSize`. */
export function leadingColumns(text: string, tabSize: number): number {
  let columns = 0;
  for (const ch of text) {
    if (ch === ' ') columns++;
    else if (ch === '\t') columns += tabSize - (columns % tabSize);
    else break;
  }
  return columns;
}

function decorationFor(columns: number): Decoration {
  let d = decorations.get(columns);
  if (!d) {
    // The 6px is CodeMirror's own left padding of a line, kept for the first row.
    d = Decoration.line({ attributes: { style: `padding-left: calc(${columns}ch + 6px); text-indent: -${columns}ch` } });
    decorations.set(columns, d);
  }
  return d;
}

function build(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const tabSize = view.state.tabSize;
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to; ) {
      const line = view.state.doc.lineAt(pos);
      builder.add(line.from, line.from, decorationFor(leadingColumns(line.text, tabSize) + 2));
      pos = line.to + 1;
    }
  }
  return builder.finish();
}

export const hangingIndent = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = build(view);
    }
    update(u: ViewUpdate) {
      if (u.docChanged || u.viewportChanged) this.decorations = build(u.view);
    }
  },
  { decorations: (v) => v.decorations },
);

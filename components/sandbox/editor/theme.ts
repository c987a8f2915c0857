// The editor follows the site's light/dark theme through CSS variables (defined in sandbox.css).
import { HighlightStyle } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

export const editorTheme = EditorView.theme({
  '&': {
    color: 'var(--sb-fg)',
    backgroundColor: 'var(--sb-code-bg)',
    fontSize: '13px',
    height: '100%',
    border: '1px solid var(--sb-border)',
    borderRadius: '0.5rem',
  },
  '&.cm-focused': { outline: '2px solid var(--sb-focus)', outlineOffset: '1px' },
  '.cm-scroller': { fontFamily: 'var(--font-mono, ui-monospace, SFMono-Regular, Menlo, monospace)', overflow: 'auto' },
  '.cm-content': { caretColor: 'var(--sb-fg)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--sb-fg)' },
  '.cm-gutters': { backgroundColor: 'var(--sb-code-gutter)', color: 'var(--sb-muted)', border: 'none', borderRadius: '0.5rem 0 0 0.5rem' },
  '.cm-activeLine': { backgroundColor: 'var(--sb-code-active)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--sb-code-active)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--sb-selection) !important',
  },
  '.cm-tooltip': { backgroundColor: 'var(--sb-surface)', color: 'var(--sb-fg)', border: '1px solid var(--sb-border)' },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': { backgroundColor: 'var(--sb-accent)', color: 'var(--sb-accent-fg)' },
  '.cm-diagnostic': { padding: '4px 8px' },
  '.cm-diagnosticSource': { opacity: 0.85, fontFamily: 'var(--font-mono, monospace)', fontSize: '12px' },
  '.cm-panel.cm-panel-lint': { backgroundColor: 'var(--sb-surface)' },
});

/** Syntax colours from CSS variables, so both themes keep AA contrast. */
export const highlightStyle = HighlightStyle.define([
  { tag: [t.propertyName, t.definition(t.propertyName)], color: 'var(--sb-syn-key)' },
  { tag: [t.string, t.special(t.string)], color: 'var(--sb-syn-string)' },
  { tag: [t.number, t.bool, t.null, t.atom], color: 'var(--sb-syn-literal)' },
  { tag: [t.comment, t.lineComment, t.blockComment], color: 'var(--sb-muted)', fontStyle: 'italic' },
  { tag: [t.keyword, t.operator, t.meta], color: 'var(--sb-syn-keyword)' },
  { tag: t.invalid, color: 'var(--sb-fail)' },
]);

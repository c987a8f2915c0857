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
  // @codemirror/lint draws its squiggles and gutter markers as data: SVG images, which the page policy's
  // img-src 'self' blocks (lib/security/csp.ts): the same marks drawn with CSS alone. Its colours (pale
  // yellow, orange) are lost on a light editor, so the marks take the sandbox's lint colours (sandbox.css),
  // which keep 3:1 against both themes' code background.
  '.cm-tooltip-lint': { maxWidth: 'min(40rem, calc(100vw - 1rem))' },
  '.cm-diagnostic-error': { borderLeftColor: 'var(--sb-lint-error)' },
  '.cm-diagnostic-warning': { borderLeftColor: 'var(--sb-lint-warning)' },
  '.cm-diagnostic-info': { borderLeftColor: 'var(--sb-lint-info)' },
  '.cm-diagnostic-hint': { borderLeftColor: 'var(--sb-lint-info)' },
  '.cm-lintRange': { backgroundImage: 'none', textDecorationLine: 'underline', textDecorationStyle: 'wavy', textDecorationSkipInk: 'none' },
  '.cm-lintRange-error': { backgroundImage: 'none', textDecorationColor: 'var(--sb-lint-error)' },
  '.cm-lintRange-warning': { backgroundImage: 'none', textDecorationColor: 'var(--sb-lint-warning)' },
  '.cm-lintRange-info': { backgroundImage: 'none', textDecorationColor: 'var(--sb-lint-info)' },
  '.cm-lintRange-hint': { backgroundImage: 'none', textDecorationColor: 'var(--sb-lint-info)' },
  '.cm-lintPoint:after': { borderBottomColor: 'var(--sb-lint-error)' },
  '.cm-lintPoint-warning:after': { borderBottomColor: 'var(--sb-lint-warning)' },
  '.cm-lintPoint-info:after, .cm-lintPoint-hint:after': { borderBottomColor: 'var(--sb-lint-info)' },
  '.cm-lint-marker': { content: 'normal', boxSizing: 'border-box', transform: 'scale(0.8)' },
  '.cm-lint-marker-error': { content: 'normal', borderRadius: '50%', backgroundColor: 'var(--sb-lint-error)' },
  '.cm-lint-marker-warning': { content: 'normal', backgroundColor: 'var(--sb-lint-warning)', clipPath: 'polygon(50% 4%, 100% 92%, 0% 92%)' },
  '.cm-lint-marker-info': { content: 'normal', backgroundColor: 'var(--sb-lint-info)' },
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

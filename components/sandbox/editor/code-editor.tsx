'use client';
// A small React wrapper around plain CodeMirror 6. The view is created once; props flow in through
// compartments and refs so typing never re-creates the editor. Ctrl/⌘+Enter and Shift+Alt+F belong to
// whatever holds the editor: the editor inserts nothing for Ctrl/⌘+Enter and lets the key event bubble, so
// one handler around it (the sandbox runs) sees every press exactly once.
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab, redo, undo } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, foldGutter, foldKeymap, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { Compartment, EditorSelection, EditorState, Prec } from '@codemirror/state';
import {
  EditorView,
  crosshairCursor,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  rectangularSelection,
} from '@codemirror/view';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import type { Diagnostic, Range } from '../../../lib/engine/types';
import { diagnosticCodesText } from './diagnostic-codes';
import { definitionCompletions } from './completion';
import { hangingIndent } from './hanging-indent';
import { editorTheme, highlightStyle } from './theme';

export type EditorLanguage = 'json' | 'yaml' | 'plain';

export interface CodeEditorHandle {
  getText(): string;
  setText(text: string): void;
  selectRange(range: Range): void;
  undo(): void;
  redo(): void;
  focus(): void;
}

export interface CodeEditorProps {
  initialText: string;
  language: EditorLanguage;
  label: string;
  onChange?: (text: string) => void;
  /** Cursor moves, 1-based. */
  onCursor?: (line: number, column: number) => void;
  diagnostics?: readonly Diagnostic[];
  stateNames?: readonly string[];
  onFormat?: () => void;
  minHeight?: string;
  maxHeight?: string;
  id?: string;
  /**
   * When the text can outgrow maxHeight, the name of its scroll box: CodeMirror gives the box tabindex -1,
   * so a long text could not be scrolled from the keyboard (axe: scrollable-region-focusable).
   */
  scrollLabel?: string;
}

const languageExtension = (lang: EditorLanguage) => (lang === 'json' ? json() : lang === 'yaml' ? yaml() : []);

export const formatPath = (path: readonly (string | number)[]) =>
  path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : String(k)), '') || '(root)';

function toOffset(state: EditorState, line: number, column: number): number {
  const l = state.doc.line(Math.max(1, Math.min(line, state.doc.lines)));
  return Math.min(l.from + Math.max(0, column - 1), l.to);
}

function toCm(state: EditorState, diagnostics: readonly Diagnostic[]): CmDiagnostic[] {
  return diagnostics.map((d) => {
    const from = toOffset(state, d.range.start.line, d.range.start.column);
    let to = toOffset(state, d.range.end.line, d.range.end.column);
    if (to <= from) to = Math.min(from + 1, state.doc.length);
    return {
      from: Math.min(from, to),
      to,
      severity: d.severity === 'info' ? 'info' : d.severity,
      message: d.message,
      source: `at ${formatPath(d.path)} · ${diagnosticCodesText(d)}`,
    };
  });
}

export const CodeEditor = forwardRef<CodeEditorHandle, CodeEditorProps>(function CodeEditor(props, ref) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const language = useRef(new Compartment());
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    if (!host.current) return;
    const format = () => (latest.current.language === 'yaml' ? 'yaml' : 'json') as 'json' | 'yaml';
    const names = () => [...(latest.current.stateNames ?? [])];
    const isDefinition = props.stateNames !== undefined;
    const state = EditorState.create({
      doc: props.initialText,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        foldGutter(),
        drawSelection(),
        EditorState.allowMultipleSelections.of(true),
        indentOnInput(),
        syntaxHighlighting(highlightStyle),
        bracketMatching(),
        closeBrackets(),
        rectangularSelection(),
        crosshairCursor(),
        highlightActiveLine(),
        EditorView.lineWrapping,
        hangingIndent,
        highlightSelectionMatches(),
        history(),
        lintGutter(),
        autocompletion(isDefinition ? { override: [definitionCompletions(format, names)], activateOnTyping: true } : {}),
        Prec.highest(
          keymap.of([
            // Handled by the container (the event bubbles); true keeps CodeMirror from inserting a line.
            { key: 'Mod-Enter', run: () => true },
            { key: 'Shift-Alt-f', run: () => (latest.current.onFormat?.(), true) },
          ]),
        ),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...foldKeymap, ...completionKeymap, ...lintKeymap, indentWithTab]),
        language.current.of(languageExtension(props.language)),
        editorTheme,
        EditorView.contentAttributes.of({ 'aria-label': props.label, 'aria-multiline': 'true' }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) latest.current.onChange?.(u.state.doc.toString());
          if ((u.selectionSet || u.docChanged) && latest.current.onCursor) {
            const head = u.state.selection.main.head;
            const line = u.state.doc.lineAt(head);
            latest.current.onCursor(line.number, head - line.from + 1);
          }
        }),
      ],
    });
    const v = new EditorView({ state, parent: host.current });
    view.current = v;
    if (props.scrollLabel !== undefined) {
      v.scrollDOM.setAttribute('tabindex', '0');
      v.scrollDOM.setAttribute('role', 'group');
      v.scrollDOM.setAttribute('aria-label', props.scrollLabel);
    }
    return () => {
      v.destroy();
      view.current = null;
    };
    // The view lives as long as the component; later prop changes are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    view.current?.dispatch({ effects: language.current.reconfigure(languageExtension(props.language)) });
  }, [props.language]);

  useEffect(() => {
    const v = view.current;
    if (!v || !props.diagnostics) return;
    v.dispatch(setDiagnostics(v.state, toCm(v.state, props.diagnostics)));
  }, [props.diagnostics]);

  useImperativeHandle(ref, () => ({
    getText: () => view.current?.state.doc.toString() ?? '',
    setText: (text: string) => {
      const v = view.current;
      if (!v) return;
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text } });
    },
    selectRange: (range: Range) => {
      const v = view.current;
      if (!v) return;
      const from = toOffset(v.state, range.start.line, range.start.column);
      const to = toOffset(v.state, range.end.line, range.end.column);
      v.dispatch({ selection: EditorSelection.range(from, to), effects: EditorView.scrollIntoView(from, { y: 'center' }) });
      v.focus();
    },
    undo: () => {
      if (view.current) undo(view.current);
    },
    redo: () => {
      if (view.current) redo(view.current);
    },
    focus: () => view.current?.focus(),
  }));

  return (
    <div
      ref={host}
      id={props.id}
      className="sb-editor"
      style={{ minHeight: props.minHeight ?? '12rem', maxHeight: props.maxHeight ?? '32rem' }}
    />
  );
});

'use client';
// The definition: examples, the editing tools, the editor, its problems, notices and the share link.
import type { RefObject } from 'react';
import type { Range } from '../../lib/engine/types';
import { CodeEditor, type CodeEditorHandle } from './editor/code-editor';
import { ProblemLine } from './editor/problem-summary';
import type { Validation } from './state/sandbox-state';
import type { SandboxExample } from './types';

export interface DefinitionPanelProps {
  editorRef: RefObject<CodeEditorHandle | null>;
  initialText: string;
  format: 'json' | 'yaml';
  validation: Validation | null;
  stateNames: readonly string[];
  notice: string;
  shareUrl: string;
  examples: SandboxExample[] | undefined;
  exampleId: string | undefined;
  onLoadExample: (id: string) => void;
  onChange: (text: string) => void;
  onCursor: (line: number, column: number) => void;
  onSelectRange: (range: Range) => void;
  onUndo: () => void;
  onRedo: () => void;
  onFormat: () => void;
  onConvert: () => void;
  onShare: () => void;
  onDownload: () => void;
  onReset: () => void;
}

export function DefinitionPanel({ editorRef, ...p }: DefinitionPanelProps) {
  const { format, validation, examples } = p;
  const diagnostics = validation?.diagnostics ?? [];
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const other = format === 'json' ? 'YAML' : 'JSON';

  return (
    <div className="sb-panel sb-definition">
      <div className="sb-toolbar sb-definition-head">
        <h2 className="sb-h2">
          Definition <span className="sb-hint">({format.toUpperCase()})</span>
        </h2>
        <span className="sb-spacer" />
        {examples && examples.length > 0 && (
          <label className="sb-field sb-inline-field">
            <span>Example</span>
            <select
              value={p.exampleId ?? ''}
              onChange={(e) => {
                if (e.target.value) p.onLoadExample(e.target.value);
              }}
            >
              <option value="">Load an example…</option>
              {examples.map((ex) => (
                <option key={ex.id} value={ex.id}>
                  {ex.title}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <div className="sb-toolbar sb-tools" role="toolbar" aria-label="Definition tools">
        <button type="button" className="sb-btn sb-btn-small sb-btn-icon" onClick={p.onUndo} aria-label="Undo" title="Undo (Ctrl+Z)">
          ↶
        </button>
        <button type="button" className="sb-btn sb-btn-small sb-btn-icon" onClick={p.onRedo} aria-label="Redo" title="Redo (Ctrl+Shift+Z)">
          ↷
        </button>
        <button type="button" className="sb-btn sb-btn-small" onClick={p.onFormat} title="Shift+Alt+F">
          Format
        </button>
        <button type="button" className="sb-btn sb-btn-small" onClick={p.onConvert}>
          Convert to {other}
        </button>
        <button type="button" className="sb-btn sb-btn-small" onClick={p.onShare}>
          Share link
        </button>
        <details className="sb-more">
          <summary className="sb-btn sb-btn-small">More</summary>
          <div className="sb-more-list">
            <button type="button" className="sb-btn sb-btn-small" onClick={p.onDownload}>
              Download definition
            </button>
            <button type="button" className="sb-btn sb-btn-small" onClick={p.onReset}>
              Reset to the original
            </button>
          </div>
        </details>
      </div>
      <CodeEditor
        ref={editorRef}
        initialText={p.initialText}
        language={format}
        label="State machine definition"
        onChange={p.onChange}
        onCursor={p.onCursor}
        diagnostics={diagnostics}
        stateNames={p.stateNames}
        onFormat={p.onFormat}
        minHeight="20rem"
        maxHeight="34rem"
        scrollLabel="Definition (scrollable)"
      />
      <div className="sb-diag-summary" aria-live="polite">
        {validation === null ? (
          <span className="sb-hint">Checking…</span>
        ) : errors.length === 0 ? (
          <span className="sb-hint">
            No problems found{diagnostics.length ? ` (${diagnostics.length} note${diagnostics.length === 1 ? '' : 's'})` : ''}.
          </span>
        ) : (
          <>
            <strong className="sb-error">
              {errors.length} problem{errors.length === 1 ? '' : 's'}
            </strong>
            <ul>
              {errors.slice(0, 8).map((d, i) => (
                <li key={i}>
                  <button type="button" onClick={() => p.onSelectRange(d.range)}>
                    <ProblemLine diagnostic={d} />
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <p className="sb-hint sb-notice" role="status">
        {p.notice}
      </p>
      {p.shareUrl && (
        <label className="sb-field">
          Share link
          <input className="sb-share-url" readOnly value={p.shareUrl} onFocus={(e) => e.target.select()} />
        </label>
      )}
    </div>
  );
}

'use client';
// A definition answer inside the exam (a scenario's fix or a restructure question): the sandbox's editor
// with the engine's validation as you type, the same diagnostics the scenario workbench shows. Loaded
// lazily by the runner, so an exam of choice questions never downloads CodeMirror or starts the worker.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Diagnostic } from '@/lib/engine/types';
import { CodeEditor, type CodeEditorHandle } from '@/components/sandbox/editor/code-editor';
import { ProblemSummary } from '@/components/sandbox/editor/problem-summary';
import { collectStateNames } from '@/components/sandbox/lib/graph-model';
import { detectFormat } from '@/components/sandbox/lib/text-format';
import { useEngine } from '@/components/sandbox/worker/use-engine';
import '@/components/sandbox/sandbox.css';

export interface ExamDefinitionEditorProps {
  /** The text the editor opens with; while read-only, the text shown. */
  initialText: string;
  executionType: 'STANDARD' | 'EXPRESS';
  readOnly: boolean;
  onChange: (text: string) => void;
}

export function ExamDefinitionEditor({ initialText, executionType, readOnly, onChange }: ExamDefinitionEditorProps) {
  const client = useEngine();
  const editor = useRef<CodeEditorHandle>(null);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [initial] = useState(initialText);
  const [language, setLanguage] = useState(() => detectFormat(initialText));
  const [check, setCheck] = useState<{ diagnostics: Diagnostic[]; stateNames: string[] } | null>(null);

  const validate = useCallback(
    (text: string) => {
      const ticket = ++latest.current;
      client.validate(text, executionType).then(
        (r) => {
          if (ticket !== latest.current) return;
          setCheck({ diagnostics: r.diagnostics, stateNames: r.definition !== undefined ? collectStateNames(r.definition) : [] });
        },
        () => {},
      );
    },
    [client, executionType],
  );

  useEffect(() => {
    validate(initial);
    return () => clearTimeout(timer.current);
  }, [initial, validate]);

  if (readOnly) {
    return (
      <pre className="max-h-[28rem] overflow-auto rounded-xl border border-border bg-[var(--code-bg)] p-3 text-[0.8rem]" tabIndex={0} aria-label="Your definition">
        <code>{initialText}</code>
      </pre>
    );
  }

  const errors = (check?.diagnostics ?? []).filter((d) => d.severity === 'error');
  return (
    <div className="sb-root">
      <p className="text-sm font-medium">
        Your definition <span className="text-muted">({language.toUpperCase()}, {executionType})</span>
      </p>
      <div className="mt-1 overflow-hidden rounded-xl border border-border">
        <CodeEditor
          ref={editor}
          initialText={initial}
          language={language}
          label="Your definition (JSON or YAML)"
          diagnostics={check?.diagnostics ?? []}
          stateNames={check?.stateNames ?? []}
          onChange={(text) => {
            setLanguage(detectFormat(text));
            onChange(text);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => validate(text), 250);
          }}
          minHeight="16rem"
          maxHeight="28rem"
          scrollLabel="Definition (scrollable)"
        />
      </div>
      <ProblemSummary checking={check === null} errors={errors} editor={editor} />
    </div>
  );
}

'use client';

import { useRef } from 'react';
import { CodeEditor, type CodeEditorHandle } from '@/components/sandbox/editor/code-editor';

interface Props {
  initialText: string;
  readOnly: boolean;
  onChange: (text: string) => void;
  onSubmit: () => void;
}

/** The definition a learner restructures: the sandbox's editor (JSON or YAML), read-only once graded. */
export function RestructureEditor({ initialText, readOnly, onChange, onSubmit }: Props) {
  const editor = useRef<CodeEditorHandle>(null);
  const language = initialText.trimStart().startsWith('{') ? 'json' : 'yaml';
  if (readOnly) {
    return (
      <pre className="max-h-[28rem] overflow-auto rounded-xl border border-border bg-[var(--code-bg)] p-3 text-[0.8rem]" tabIndex={0} aria-label="Your definition">
        <code>{initialText}</code>
      </pre>
    );
  }
  return (
    // The sandbox's editor lets Ctrl/⌘+Enter bubble to whatever holds it (it inserts no line): here it grades,
    // once per press.
    <div
      className="overflow-hidden rounded-xl border border-border"
      onKeyDown={(e) => {
        if (!(e.ctrlKey || e.metaKey) || e.key !== 'Enter') return;
        e.preventDefault();
        if (!e.repeat) onSubmit();
      }}
    >
      <CodeEditor
        ref={editor}
        initialText={initialText}
        language={language}
        label="Your definition (JSON or YAML)"
        onChange={onChange}
        minHeight="16rem"
        maxHeight="32rem"
      />
    </div>
  );
}

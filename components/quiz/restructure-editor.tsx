'use client';

import { useRef } from 'react';
import { CodeEditor, type CodeEditorHandle } from '@/components/sandbox/editor/CodeEditor';

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
    <div className="overflow-hidden rounded-xl border border-border">
      <CodeEditor
        ref={editor}
        initialText={initialText}
        language={language}
        label="Your definition (JSON or YAML)"
        onChange={onChange}
        onModEnter={onSubmit}
        minHeight="16rem"
        maxHeight="32rem"
      />
    </div>
  );
}

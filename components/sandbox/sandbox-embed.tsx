'use client';
// What a lesson renders for <Sandbox />: the definition as plain text and an "Open" button. The editor,
// graph layout and engine (several hundred kB) load only when the learner opens it, so lesson pages stay light.
import { lazy, Suspense, useState } from 'react';
import { toText } from './lib/text-format';
import type { SandboxProps } from './types';

const Sandbox = lazy(() => import('./sandbox').then((m) => ({ default: m.Sandbox })));

export function SandboxEmbed(props: SandboxProps) {
  const [open, setOpen] = useState(false);
  const text = toText(props.definition, '');
  if (open) {
    return (
      <div className="not-prose my-8">
        <Suspense fallback={<p role="status">Loading the sandbox…</p>}>
          <Sandbox {...props} />
        </Suspense>
      </div>
    );
  }
  return (
    <figure className="not-prose my-8 rounded-xl border border-border bg-surface p-4">
      <figcaption className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <span className="font-semibold">{props.title ?? 'Try it in the sandbox'}</span>
        <button
          type="button"
          onClick={() => setOpen(true)}
          className="rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-on-accent hover:bg-accent-hover"
        >
          Open in the sandbox
        </button>
      </figcaption>
      {text && (
        <pre className="max-h-72 overflow-auto rounded-lg bg-surface-2 p-3 text-xs leading-relaxed" tabIndex={0} aria-label="Definition">
          <code>{text}</code>
        </pre>
      )}
      <p className="mt-2 text-sm text-muted">Opening it loads the editor and the engine; the run happens in your browser.</p>
    </figure>
  );
}

import { Fragment } from 'react';

/** Text with `backquoted` spans shown as code, as quiz prompts and options are written. */
export function InlineText({ text }: { text: string }) {
  const parts = text.split('`');
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} className="rounded bg-[var(--code-bg)] px-1 py-0.5 font-mono text-[0.88em] [overflow-wrap:anywhere]">
            {part}
          </code>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

import type { ReactNode } from 'react';
import { CALLOUT_LABELS, type CalloutKind } from '@/lib/content/lesson-components';

const ICONS: Record<CalloutKind, ReactNode> = {
  note: <path d="M12 8v5m0 3h.01M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Z" />,
  tip: <path d="M9 18h6m-5 3h4M12 3a6 6 0 0 0-3.5 10.9c.6.4 1 1.1 1 1.8V16h5v-.3c0-.7.4-1.4 1-1.8A6 6 0 0 0 12 3Z" />,
  trap: <path d="M12 9v4m0 3h.01M10.3 3.9 2.5 17.5A2 2 0 0 0 4.2 20.5h15.6a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" />,
};

/**
 * An aside in a lesson: a note, a tip, or an exam trap (the wrong answer an exam question is built to
 * catch). The kind is announced with the title, so a screen reader hears "Exam trap: …".
 */
export function Callout({ kind = 'note', title, children }: { kind?: CalloutKind; title?: string; children: ReactNode }) {
  const label = CALLOUT_LABELS[kind] ?? CALLOUT_LABELS.note;
  const heading = title && title !== label ? `${label}: ${title}` : label;
  return (
    <div role="note" aria-label={heading} className={`callout callout--${kind}`}>
      <p className="callout__title">
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          {ICONS[kind] ?? ICONS.note}
        </svg>
        <span>
          {title && title !== label ? (
            <>
              <span className="callout__kind">{label}</span> {title}
            </>
          ) : (
            label
          )}
        </span>
      </p>
      <div className="callout__body">{children}</div>
    </div>
  );
}

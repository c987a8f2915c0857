import type { ReactNode } from 'react';

/** A highlighted aside inside a lesson: a check-yourself question, a tip or an exam note. */
export function Callout({ title, tone = 'note', children }: { title?: string; tone?: 'note' | 'exam' | 'warning'; children: ReactNode }) {
  return (
    <aside className={`callout callout--${tone}`} aria-label={title ?? 'Note'}>
      {title && <p className="callout__title">{title}</p>}
      <div className="callout__body">{children}</div>
    </aside>
  );
}

'use client';
// The lesson's table of contents. Beside the text on wide screens it marks the section being read; on a
// phone it sits, collapsed, above the text and closes after a jump. Links work without JavaScript.
import { useEffect, useState, type MouseEvent } from 'react';
import type { OutlineItem } from '@/lib/content';

function useCurrentSection(idList: string, enabled: boolean): string | undefined {
  const [current, setCurrent] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!enabled || typeof IntersectionObserver === 'undefined') return;
    const ids = idList.split(' ');
    const visible = new Map<string, boolean>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) visible.set(entry.target.id, entry.isIntersecting);
        // The first heading in view; when none is, keep the last one that was.
        const first = ids.find((id) => visible.get(id));
        if (first) setCurrent(first);
      },
      { rootMargin: '0px 0px -60% 0px' },
    );
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element) observer.observe(element);
    }
    return () => observer.disconnect();
  }, [idList, enabled]);
  return current;
}

export function TableOfContents({ items, track = false }: { items: OutlineItem[]; track?: boolean }) {
  const current = useCurrentSection(items.map((i) => i.id).join(' '), track);
  const closeDisclosure = (event: MouseEvent<HTMLElement>) => {
    if ((event.target as HTMLElement).closest('a')) event.currentTarget.closest('details')?.removeAttribute('open');
  };
  return (
    <nav aria-label="On this page" className="toc" onClick={closeDisclosure}>
      <ol>
        {items.map((item) => (
          <li key={item.id} className={item.depth === 3 ? 'toc__sub' : undefined}>
            <a href={`#${item.id}`} aria-current={current === item.id ? 'location' : undefined}>
              {item.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

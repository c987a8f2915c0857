'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The header's course-map disclosure. A native <details> (keyboard and screen-reader support for free),
 * closed again after a navigation and on Escape: client-side navigation keeps the header mounted, so it
 * would otherwise stay open over the new page.
 */
export function CourseMapDisclosure({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);

  return (
    <details
      ref={ref}
      className="group sm:relative"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && ref.current?.open) {
          ref.current.open = false;
          ref.current.querySelector('summary')?.focus();
        }
      }}
    >
      {summary}
      {children}
    </details>
  );
}

'use client';
// Whether the sandbox is laid out for a phone: one pane at a time behind tabs. The server renders the wide
// layout (it cannot know the screen); a phone switches right after hydration.
import { useSyncExternalStore } from 'react';

/** Below this width the editor, graph and result become tabs (keep in step with sandbox.css). */
export const NARROW_QUERY = '(max-width: 719.98px)';

const subscribe = (onChange: () => void) => {
  const list = window.matchMedia(NARROW_QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
};

export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}

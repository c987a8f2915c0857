'use client';

import { useEffect, useState } from 'react';
import { THEME_STORAGE_KEY, type Theme } from './theme';

function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

function systemTheme(): Theme {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Switches between light and dark and remembers the choice; until then the system decides. */
export function ThemeToggle() {
  // null until mounted: the server cannot know the theme, so it renders a neutral button.
  const [theme, setTheme] = useState<Theme | null>(null);

  useEffect(() => {
    const apply = (t: Theme) => {
      document.documentElement.dataset.theme = t;
      setTheme(t);
    };
    apply(storedTheme() ?? systemTheme());
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onSystemChange = () => {
      if (!storedTheme()) apply(systemTheme());
    };
    media.addEventListener('change', onSystemChange);
    return () => media.removeEventListener('change', onSystemChange);
  }, []);

  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  const label = theme ? `Switch to ${next} theme` : 'Switch colour theme';

  return (
    <button
      type="button"
      className="inline-flex h-9 w-9 items-center justify-center rounded-lg border border-border bg-surface text-text hover:border-accent"
      aria-label={label}
      title={label}
      onClick={() => {
        const chosen = next;
        try {
          localStorage.setItem(THEME_STORAGE_KEY, chosen);
        } catch {
          // storage unavailable: the switch still applies for this page
        }
        document.documentElement.dataset.theme = chosen;
        setTheme(chosen);
      }}
    >
      {theme === 'dark' ? <SunIcon /> : <MoonIcon />}
    </button>
  );
}

function SunIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" strokeLinecap="round" />
    </svg>
  );
}

function MoonIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" strokeLinejoin="round" />
    </svg>
  );
}

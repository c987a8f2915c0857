'use client';
// A row of tabs with the keyboard behaviour of the ARIA tabs pattern: one tab in the Tab order, arrow
// keys (and Home/End) move between tabs and select them. The panels are the caller's: give each the id
// `${idPrefix}-panel-${tab}` and aria-labelledby `${idPrefix}-tab-${tab}`.
import type { KeyboardEvent, ReactNode } from 'react';

export interface TabListProps<T extends string> {
  tabs: readonly (readonly [T, ReactNode])[];
  selected: T;
  onSelect: (tab: T) => void;
  idPrefix: string;
  label: string;
  className?: string;
}

export const tabId = (idPrefix: string, tab: string) => `${idPrefix}-tab-${tab}`;
export const panelId = (idPrefix: string, tab: string) => `${idPrefix}-panel-${tab}`;

export function TabList<T extends string>({ tabs, selected, onSelect, idPrefix, label, className }: TabListProps<T>) {
  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.findIndex(([t]) => t === selected);
    const to = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length]![0];
    onSelect(next);
    document.getElementById(tabId(idPrefix, next))?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={className ?? 'sb-tabs'} onKeyDown={onKeyDown}>
      {tabs.map(([id, text]) => (
        <button
          key={id}
          role="tab"
          type="button"
          id={tabId(idPrefix, id)}
          aria-selected={selected === id}
          aria-controls={panelId(idPrefix, id)}
          tabIndex={selected === id ? 0 : -1}
          className="sb-tab"
          onClick={() => onSelect(id)}
        >
          {text}
        </button>
      ))}
    </div>
  );
}

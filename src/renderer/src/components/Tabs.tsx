/**
 * Tabs: a tablist over one panel, as the ARIA pattern has it. One tab is a tab stop; the arrow
 * keys, Home and End move between tabs and show each at once. Only the shown panel is drawn.
 */
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './Tabs.css';

export interface TabSpec<T extends string> {
  id: T;
  label: string;
  /** A count beside the label ("Projects 2"), part of the tab's name. */
  count?: number;
}

interface TabsProps<T extends string> {
  /** The tablist's name ("Sections of Anna's page"). */
  label: string;
  tabs: readonly TabSpec<T>[];
  value: T;
  onChange: (next: T) => void;
  /** The shown tab's panel. */
  children: ReactNode;
}

export function Tabs<T extends string>({ label, tabs, value, onChange, children }: TabsProps<T>) {
  const base = useId();
  const list = useRef<HTMLDivElement>(null);
  const tabId = (id: T) => `${base}-tab-${id}`;
  const panelId = `${base}-panel`;

  const move = (event: KeyboardEvent<HTMLButtonElement>) => {
    const at = tabs.findIndex((tab) => tab.id === value);
    const to =
      event.key === 'ArrowRight' ? (at + 1) % tabs.length
      : event.key === 'ArrowLeft' ? (at - 1 + tabs.length) % tabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? tabs.length - 1
      : null;
    const next = to === null ? undefined : tabs[to];
    if (!next) return;
    event.preventDefault();
    onChange(next.id);
    list.current?.querySelector<HTMLButtonElement>(`#${CSS.escape(tabId(next.id))}`)?.focus();
  };

  return (
    <div className="tabs">
      <div ref={list} className="tabs__list" role="tablist" aria-label={label}>
        {tabs.map((tab) => {
          const selected = tab.id === value;
          return (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={tabId(tab.id)}
              className="tabs__tab"
              aria-selected={selected}
              // Only the shown tab's panel exists to point at.
              aria-controls={selected ? panelId : undefined}
              tabIndex={selected ? 0 : -1}
              onClick={() => onChange(tab.id)}
              onKeyDown={move}
            >
              {tab.label}
              {tab.count !== undefined && <span className="tabs__count"> {tab.count}</span>}
            </button>
          );
        })}
      </div>
      <div className="tabs__panel" role="tabpanel" id={panelId} aria-labelledby={tabId(value)}>
        {children}
      </div>
    </div>
  );
}

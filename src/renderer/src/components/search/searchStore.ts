import { useSyncExternalStore } from 'react';

/**
 * Whether the search dialog is open. A module store, like quick capture's, so the sidebar's button
 * and the Ctrl/Cmd+K shortcut open the one dialog <SearchHost> renders.
 */
let open = false;
const listeners = new Set<() => void>();
const set = (value: boolean) => {
  open = value;
  listeners.forEach((listener) => listener());
};

export const openSearch = (): void => set(true);
export const closeSearch = (): void => set(false);

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useSearchOpen = (): boolean => useSyncExternalStore(subscribe, () => open);

/** True for Ctrl+K, or Cmd+K on a Mac. */
export const isSearchShortcut = (event: KeyboardEvent): boolean =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';

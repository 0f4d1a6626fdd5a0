import { useSyncExternalStore } from 'react';
import type { CapturePreset } from './captureDraft';

/**
 * Whether quick capture is asked for, and with what. A module store rather than a context so
 * that anything (the sidebar, a timeline's empty state, the shortcut) can open it without a
 * provider wrapped around the app; the one <QuickCaptureHost> renders it.
 */
export interface CaptureOpening {
  /** Undefined: start with the person or project whose page is showing. */
  preset: CapturePreset | undefined;
}

let current: CaptureOpening | null = null;
const listeners = new Set<() => void>();

const emit = () => listeners.forEach((listener) => listener());

export function openQuickCapture(preset?: CapturePreset): void {
  // A fresh object every time, so the host starts a fresh draft.
  current = { preset };
  emit();
}

export function closeQuickCapture(): void {
  current = null;
  emit();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useCaptureOpening(): CaptureOpening | null {
  return useSyncExternalStore(subscribe, () => current);
}

/**
 * Toasts: short notices (useToast().show), optionally with one action such as Undo; errors are
 * announced assertively. At most two at a time, the newest replacing the oldest. In the app shell
 * they sit in a strip of their own under the page (<ToastSlot>), so a toast never covers a form's
 * buttons; F6 moves the cursor to the newest one, and a toast waits while it is hovered or
 * focused, or while the app is out of sight (WCAG 2.2.1).
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import { Link } from 'react-router-dom';
import { Icon } from './Icon';
import './Toast.css';

export interface ToastInput {
  message: string;
  tone?: 'info' | 'success' | 'error';
  action?: { label: string; run: () => void | Promise<void> };
  /** A page to open, such as the entry just saved ("View"); shown before the action. */
  link?: { label: string; to: string };
  /** Milliseconds before it goes away on its own; paused while hovered or focused. */
  duration?: number;
  /**
   * What the toast is about, such as the page of the item it names. A newer toast with the same key
   * replaces it, so an "archived · Undo" notice goes once the item is restored some other way.
   */
  key?: string;
}

interface ToastItem extends ToastInput {
  id: number;
}

interface ToastApi {
  show: (toast: ToastInput) => number;
  dismiss: (id: number) => void;
}

const ToastContext = createContext<ToastApi | null>(null);
const SlotContext = createContext<(slot: HTMLElement | null) => void>(() => undefined);

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast needs a <ToastProvider> above it');
  return api;
}

/** Two at most: more would cover the page, and a pile of the same notice says nothing new. */
export const MAX_TOASTS = 2;

/** The newest toasts that fit, dropping the oldest first, but not the one the user is on (its Undo) while another can go. */
export function fewest<T extends { id: number }>(toasts: readonly T[], held: ReadonlySet<number>): T[] {
  const kept = [...toasts];
  while (kept.length > MAX_TOASTS) {
    const oldestFree = kept.findIndex((toast) => !held.has(toast.id));
    kept.splice(oldestFree === -1 ? 0 : oldestFree, 1);
  }
  return kept;
}

/** True for F6, the key that moves to the newest toast. */
const isToastKey = (event: globalThis.KeyboardEvent) =>
  event.key === 'F6' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  const nextId = useRef(1);
  const held = useRef(new Set<number>());
  const listRef = useRef<HTMLOListElement>(null);
  // Where the cursor was before F6 took it to a toast, so it goes back there once the toast is gone.
  const returnTo = useRef<HTMLElement | null>(null);

  const dismiss = useCallback((id: number) => {
    held.current.delete(id);
    setToasts((list) => list.filter((toast) => toast.id !== id));
  }, []);
  const show = useCallback((toast: ToastInput) => {
    const id = nextId.current++;
    setToasts((list) => fewest([...list.filter((shown) => toast.key === undefined || shown.key !== toast.key), { ...toast, id }], held.current));
    return id;
  }, []);
  const hold = useCallback((id: number, on: boolean) => void (on ? held.current.add(id) : held.current.delete(id)), []);
  const giveFocusBack = useCallback(() => {
    const target = returnTo.current?.isConnected ? returnTo.current : document.getElementById('main');
    returnTo.current = null;
    target?.focus();
  }, []);
  const api = useMemo(() => ({ show, dismiss }), [show, dismiss]);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!isToastKey(event)) return;
      const newest = listRef.current?.lastElementChild?.querySelector<HTMLElement>('a, button');
      // Under an open dialog the toasts are inert: the key is left alone.
      if (!newest || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      if (!listRef.current?.contains(document.activeElement)) returnTo.current = document.activeElement as HTMLElement | null;
      newest.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const region = (
    <section className={`toaster${slot ? '' : ' toaster--floating'}`} aria-label="Notifications">
      <ol className="toaster__list" ref={listRef}>
        {toasts.map((toast) => (
          <Toast key={toast.id} toast={toast} dismiss={dismiss} hold={hold} giveFocusBack={giveFocusBack} />
        ))}
      </ol>
    </section>
  );

  return (
    <ToastContext.Provider value={api}>
      <SlotContext.Provider value={setSlot}>{children}</SlotContext.Provider>
      {slot ? createPortal(region, slot) : region}
    </ToastContext.Provider>
  );
}

/** Where the app shell shows its toasts: a strip under the page that takes room of its own instead of covering it. */
export function ToastSlot() {
  const setSlot = useContext(SlotContext);
  return <div className="toast-slot" ref={setSlot} />;
}

const subscribeToVisibility = (listener: () => void) => {
  document.addEventListener('visibilitychange', listener);
  return () => document.removeEventListener('visibilitychange', listener);
};

interface ToastProps {
  toast: ToastItem;
  dismiss: (id: number) => void;
  hold: (id: number, on: boolean) => void;
  giveFocusBack: () => void;
}

function Toast({ toast, dismiss, hold, giveFocusBack }: ToastProps) {
  const { id } = toast;
  const ref = useRef<HTMLLIElement>(null);
  const onDismiss = useCallback(() => {
    // A toast that goes while the cursor is on it hands the cursor back instead of dropping it on the page's body.
    if (ref.current?.contains(document.activeElement)) giveFocusBack();
    dismiss(id);
  }, [dismiss, id, giveFocusBack]);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const hidden = useSyncExternalStore(subscribeToVisibility, () => document.hidden);
  const [acting, setActing] = useState(false);
  const { duration = toast.action ? 10000 : 5000 } = toast;
  const paused = hovered || focused || hidden;

  useEffect(() => hold(id, hovered || focused), [hold, id, hovered, focused]);
  useEffect(() => {
    // Every pause ends with the whole time again, not what was left of it.
    if (paused) return;
    const timer = window.setTimeout(onDismiss, duration);
    return () => window.clearTimeout(timer);
  }, [paused, duration, onDismiss]);

  const runAction = async () => {
    if (!toast.action || acting) return;
    setActing(true);
    try {
      await toast.action.run();
    } finally {
      onDismiss();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onDismiss();
  };

  return (
    <li
      ref={ref}
      className={`toast toast--${toast.tone ?? 'info'}`}
      role={toast.tone === 'error' ? 'alert' : 'status'}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => setFocused(event.currentTarget.contains(event.relatedTarget))}
      onKeyDown={onKeyDown}
    >
      <span className="toast__icon" aria-hidden="true">
        <Icon name={toast.tone === 'error' ? 'alert' : 'check'} />
      </span>
      <span className="toast__message">{toast.message}</span>
      {toast.link && (
        <Link className="toast__action" to={toast.link.to} onClick={onDismiss}>
          {toast.link.label}
        </Link>
      )}
      {toast.action && (
        <button type="button" className="toast__action" onClick={() => void runAction()} disabled={acting}>
          {toast.action.label}
        </button>
      )}
      <button type="button" className="toast__dismiss" aria-label="Dismiss notification" onClick={onDismiss}>
        <Icon name="close" />
      </button>
    </li>
  );
}

/** Toasts: short notices at the bottom corner (useToast().show), optionally with one action such as Undo; errors are announced assertively. */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
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

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast needs a <ToastProvider> above it');
  return api;
}

const MAX_VISIBLE = 3;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)), []);
  const show = useCallback((toast: ToastInput) => {
    const id = nextId.current++;
    setToasts((list) =>
      [...list.filter((shown) => toast.key === undefined || shown.key !== toast.key), { ...toast, id }].slice(-MAX_VISIBLE),
    );
    return id;
  }, []);
  const api = useMemo(() => ({ show, dismiss }), [show, dismiss]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <section className="toaster" aria-label="Notifications">
        <ol className="toaster__list">
          {toasts.map((toast) => (
            <Toast key={toast.id} toast={toast} dismiss={dismiss} />
          ))}
        </ol>
      </section>
    </ToastContext.Provider>
  );
}

function Toast({ toast, dismiss }: { toast: ToastItem; dismiss: (id: number) => void }) {
  const { id } = toast;
  const onDismiss = useCallback(() => dismiss(id), [dismiss, id]);
  const [paused, setPaused] = useState(false);
  const [acting, setActing] = useState(false);
  const { duration = toast.action ? 8000 : 5000 } = toast;

  useEffect(() => {
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

  return (
    <li
      className={`toast toast--${toast.tone ?? 'info'}`}
      role={toast.tone === 'error' ? 'alert' : 'status'}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
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

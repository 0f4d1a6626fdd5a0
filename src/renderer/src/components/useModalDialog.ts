import { useEffect, useRef, type RefObject } from 'react';

/**
 * A native <dialog> shown as a modal while `open`: Esc asks the owner to close (it may be mid-save;
 * the owner then flips `open`), and focus goes back to where it was when the dialog closes or its
 * owner unmounts it while open. `onOpened` runs right after it opens (e.g. to focus a search box).
 */
export function useModalDialog(open: boolean, onClose: () => void, onOpened?: () => void): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const onCloseRef = useRef(onClose);
  const onOpenedRef = useRef(onOpened);

  useEffect(() => {
    onCloseRef.current = onClose;
    onOpenedRef.current = onOpened;
  }, [onClose, onOpened]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      onOpenedRef.current?.();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    const onNativeClose = () => {
      returnFocusTo.current?.focus();
      returnFocusTo.current = null;
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onNativeClose);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onNativeClose);
      // Unmounted while open: still hand focus back.
      if (dialog.open) returnFocusTo.current?.focus();
    };
  }, []);

  return ref;
}

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { preparePageAt } from '../routes';

/** How long the pointer rests on a link before its page is prepared: passing over the sidebar asks nothing. */
const HOVER_INTENT_MS = 60;

/**
 * Handlers for a link to one of the app's pages: pointed at (after a short rest), focused, pressed
 * or clicked, it starts the page's module and first calls (preparePageAt), so they are on their way
 * or there when the page draws. Repeats are cheap: a fresh answer or one on its way is not asked again.
 */
export function usePreparePage() {
  const queryClient = useQueryClient();
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return useMemo(() => {
    const prepare = (path: string) => {
      window.clearTimeout(timer.current);
      preparePageAt(queryClient, path);
    };
    return (path: string) => ({
      onPointerEnter: () => {
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => preparePageAt(queryClient, path), HOVER_INTENT_MS);
      },
      onPointerLeave: () => window.clearTimeout(timer.current),
      onFocus: () => prepare(path),
      onPointerDown: () => prepare(path),
      onClick: () => prepare(path),
    });
  }, [queryClient]);
}

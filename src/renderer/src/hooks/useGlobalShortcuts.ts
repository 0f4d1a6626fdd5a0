import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { navRoutes, preparePageAt } from '../routes';
import { numberedAreas } from '../shortcuts';

const CHOICE_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

/** True while the user is typing somewhere, or a modal is open: single-letter shortcuts must not fire then. */
function busyElsewhere(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (target instanceof HTMLInputElement && !CHOICE_INPUTS.has(target.type)) return true;
  if (target?.closest('textarea, select, [contenteditable="true"]')) return true;
  return document.querySelector('dialog[open]') !== null;
}

/** App-wide keys: 1–9 go to an area, N starts a new item in the current area, ? shows help, Ctrl+, opens Settings. */
export function useGlobalShortcuts(showHelp: () => void): void {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const queryClient = useQueryClient();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Ctrl+, (⌘, on a Mac) opens Settings, as in most desktop apps: past the ninth area it has no number.
      if (event.key === ',' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.defaultPrevented) {
        event.preventDefault();
        navigate('/settings');
        return;
      }
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || busyElsewhere(event)) return;
      if (event.key === '?') {
        event.preventDefault();
        showHelp();
        return;
      }
      const area = numberedAreas()[Number(event.key) - 1];
      if (/^[1-9]$/.test(event.key) && area) {
        event.preventDefault();
        preparePageAt(queryClient, area.path);
        navigate(area.path);
        return;
      }
      if (event.key === 'n' || event.key === 'N') {
        const here = navRoutes().find((route) => route.path !== '/' && pathname.startsWith(route.path));
        if (here?.nav.create) {
          event.preventDefault();
          navigate(here.nav.create.path);
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate, pathname, queryClient, showHelp]);
}

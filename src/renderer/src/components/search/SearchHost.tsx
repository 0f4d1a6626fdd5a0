/** Rendered once in the app shell: the search dialog and its Ctrl/Cmd+K shortcut, which works from anywhere. */
import { useEffect } from 'react';
import { SearchDialog } from './SearchDialog';
import { closeSearch, isSearchShortcut, openSearch, useSearchOpen } from './searchStore';

export function SearchHost() {
  const open = useSearchOpen();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      // Ctrl+K would otherwise go to the browser's search bar in browser mode.
      event.preventDefault();
      // Pressed again while open: back to the box, nothing stacked; never over another dialog.
      if (open) {
        document.querySelector<HTMLInputElement>('.search-dialog__input')?.select();
        return;
      }
      if (document.querySelector('dialog[open]')) return;
      openSearch();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);
  return <SearchDialog open={open} onClose={closeSearch} />;
}

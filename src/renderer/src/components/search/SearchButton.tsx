/** The sidebar's way into search, for those who do not know Ctrl/Cmd+K (which it shows). */
import { modKey } from '../capture/shortcutLabel';
import { Icon } from '../Icon';
import { openSearch } from './searchStore';
import './SearchButton.css';

export function SearchButton({ rail }: { rail: boolean }) {
  const name = `Search (${modKey()} K)`;
  return (
    <button
      type="button"
      className="search-button"
      onClick={() => openSearch()}
      // Named by its visible word (WCAG 2.5.3); the shortcut is in aria-keyshortcuts and the rail's tooltip.
      title={rail ? name : undefined}
      aria-keyshortcuts="Control+K Meta+K"
    >
      <Icon name="search" />
      <span className="search-button__label">Search</span>
      <kbd aria-hidden="true">{modKey()} K</kbd>
    </button>
  );
}

/** ShortcutsDialog: the "?" help listing every keyboard shortcut from shortcuts.ts. */
import { shortcutHelp } from '../shortcuts';
import { Dialog } from './Dialog';
import './ShortcutsDialog.css';

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts" size="sm">
      <dl className="shortcuts">
        {shortcutHelp().map((shortcut) => (
          <div key={shortcut.does} className="shortcuts__row">
            <dt className="shortcuts__keys">
              {shortcut.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && <span className="shortcuts__or"> or </span>}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd className="shortcuts__does">{shortcut.does}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}

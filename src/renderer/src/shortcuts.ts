import { navRoutes } from './routes';

/**
 * The keyboard shortcuts listed in the "?" help. App-wide keys are handled in useGlobalShortcuts;
 * an area with its own shortcut adds a line here so people can find it.
 */
export interface ShortcutHelp {
  keys: string[];
  does: string;
}

/** Areas that are built (not "coming") get 1, 2, 3… in sidebar order. */
export function numberedAreas() {
  return navRoutes()
    .filter((route) => !route.nav.coming)
    .slice(0, 9);
}

export function shortcutHelp(): ShortcutHelp[] {
  return [
    ...numberedAreas().map((route, index) => ({ keys: [String(index + 1)], does: `Go to ${route.nav.label}` })),
    { keys: ['Ctrl ,', '⌘ ,'], does: 'Go to Settings' },
    { keys: ['N'], does: 'Start a new entry in the area you are in' },
    { keys: ['Ctrl L', '⌘ L'], does: 'Log feedback, a lesson, help or a request' },
    { keys: ['Ctrl K', '⌘ K'], does: 'Search entries, people and projects' },
    { keys: ['F6'], does: 'Go to the newest notification, such as its Undo (Esc dismisses it)' },
    { keys: ['?'], does: 'Show these shortcuts' },
    { keys: ['Tab', 'Shift Tab'], does: 'Move between fields and buttons' },
    { keys: ['Space'], does: 'Tick a checkbox or choose an option' },
    { keys: ['Enter'], does: 'Save the form you are in' },
    { keys: ['Esc'], does: 'Close a dialog or cancel an edit' },
  ];
}

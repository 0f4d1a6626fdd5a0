import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Reload and the developer tools are for people working on Counterpoint, not in a packaged build. */
  isDev: boolean;
  showLibraryFolder: () => void;
  /** File → Export… / Import…: the renderer opens Settings at its export and import card. */
  openDataTransfer: () => void;
}

/** The application menu: the platform's usual roles, plus a way to find the library on disk. */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const showLibrary: MenuItemConstructorOptions = {
    label: mac ? 'Show Library in Finder' : 'Show Library Folder',
    click: () => options.showLibraryFolder(),
  };

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Export…', click: () => options.openDataTransfer() },
      { label: 'Import…', click: () => options.openDataTransfer() },
      { type: 'separator' },
      showLibrary,
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac
        ? ([{ role: 'pasteAndMatchStyle' }, { role: 'delete' }, { role: 'selectAll' }] as const)
        : ([{ role: 'delete' }, { type: 'separator' }, { role: 'selectAll' }] as const)),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(options.isDev
        ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const)
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const window: MenuItemConstructorOptions = {
    label: 'Window',
    submenu: [
      { role: 'minimize' },
      { role: 'zoom' },
      ...(mac
        ? ([{ type: 'separator' }, { role: 'front' }, { type: 'separator' }, { role: 'window' }] as const)
        : ([{ role: 'close' }] as const)),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [...(mac ? [] : [{ role: 'about' } as const, { type: 'separator' } as const]), showLibrary],
  };

  return [...(mac ? [appMenu] : []), file, edit, view, window, help];
}

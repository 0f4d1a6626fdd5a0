import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuOptions } from './menuTemplate';

const options = (overrides: Partial<MenuOptions>): MenuOptions => ({
  platform: 'linux',
  appName: 'Counterpoint',
  isDev: false,
  showLibraryFolder: () => undefined,
  openDataTransfer: () => undefined,
  ...overrides,
});

const labels = (menu: MenuItemConstructorOptions[]) => menu.map((item) => item.label ?? item.role);
const roles = (item: MenuItemConstructorOptions | undefined) =>
  ((item?.submenu ?? []) as MenuItemConstructorOptions[]).map((entry) => entry.role).filter(Boolean);
const find = (menu: MenuItemConstructorOptions[], label: string) => menu.find((item) => (item.label ?? item.role) === label);

describe('the application menu', () => {
  it('has the app menu first on macOS, and File/Edit/View/Window/Help everywhere', () => {
    expect(labels(menuTemplate(options({ platform: 'darwin' })))).toEqual(['Counterpoint', 'File', 'Edit', 'View', 'Window', 'help']);
    expect(labels(menuTemplate(options({ platform: 'win32' })))).toEqual(['File', 'Edit', 'View', 'Window', 'help']);
  });

  it('quits from File on Windows and Linux, from the app menu on macOS', () => {
    expect(roles(find(menuTemplate(options({ platform: 'linux' })), 'File'))).toContain('quit');
    const mac = menuTemplate(options({ platform: 'darwin' }));
    expect(roles(find(mac, 'Counterpoint'))).toContain('quit');
    expect(roles(find(mac, 'File'))).not.toContain('quit');
  });

  it('offers reload and the developer tools only when running from source', () => {
    expect(roles(find(menuTemplate(options({ isDev: true })), 'View'))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
    const packaged = roles(find(menuTemplate(options({ isDev: false })), 'View'));
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('forceReload');
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('has the usual editing roles, so copy and paste work in every field', () => {
    expect(roles(find(menuTemplate(options({})), 'Edit'))).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  });

  it('shows the library folder from the File menu', () => {
    let shown = 0;
    const file = find(menuTemplate(options({ showLibraryFolder: () => (shown += 1) })), 'File');
    const item = (file?.submenu as MenuItemConstructorOptions[]).find((entry) => entry.label === 'Show Library Folder');
    (item?.click as () => void)();
    expect(shown).toBe(1);
  });

  it('takes File → Export… and Import… to the export and import card', () => {
    let opened = 0;
    const file = find(menuTemplate(options({ openDataTransfer: () => (opened += 1) })), 'File');
    const items = (file?.submenu ?? []) as MenuItemConstructorOptions[];
    const labelsOfFile = items.map((item) => item.label).filter(Boolean);
    expect(labelsOfFile.slice(0, 2)).toEqual(['Export…', 'Import…']);
    for (const label of ['Export…', 'Import…']) {
      const item = items.find((entry) => entry.label === label);
      (item?.click as () => void)();
    }
    expect(opened).toBe(2);
  });
});

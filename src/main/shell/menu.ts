import type { ElectronMain } from './electronMain';
import { menuTemplate, type MenuOptions } from './menuTemplate';

export function installMenu(
  { app, Menu }: Pick<ElectronMain, 'app' | 'Menu'>,
  options: MenuOptions & { iconPath: string | undefined },
): void {
  // What the About item shows (macOS builds it from the bundle; Windows and Linux need telling).
  app.setAboutPanelOptions({
    applicationName: options.appName,
    applicationVersion: app.getVersion(),
    copyright: 'Copyright © 2025 the Counterpoint authors',
    ...(options.iconPath ? { iconPath: options.iconPath } : {}),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}

import fs from 'node:fs';
import type { BrowserWindow } from 'electron';
import type { ElectronMain } from './electronMain';
import type { SettingsStore } from '../api/ports';
import type { RendererLocation } from '../transport/rendererLocation';
import { boundsToRemember, restoreBounds } from './windowBounds';
import { newMainWindow } from './windowOptions';

export interface MainWindowOptions {
  electron: Pick<ElectronMain, 'BrowserWindow' | 'nativeTheme' | 'screen'>;
  preload: string;
  location: RendererLocation;
  settings: SettingsStore;
  /** Used on Linux, where the window carries its own icon; macOS and Windows take it from the bundle. */
  icon: string | undefined;
  devTools: boolean;
}

const SAVE_DELAY_MS = 600;

/** Remembers size, position and maximised state as the user changes them, and once more on close. */
function rememberBounds(window: BrowserWindow, settings: SettingsStore): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed()) return;
    try {
      const maximized = window.isMaximized() || window.isFullScreen();
      settings.update({ window: boundsToRemember(window.getNormalBounds(), maximized) });
    } catch (error) {
      console.error('[counterpoint] could not remember the window position', error);
    }
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('enter-full-screen', saveSoon);
  window.on('leave-full-screen', saveSoon);
  window.on('close', save);
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { BrowserWindow, nativeTheme, screen } = options.electron;
  const saved = options.settings.get().window;
  const bounds = restoreBounds(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = newMainWindow(BrowserWindow, {
    bounds,
    dark: nativeTheme.shouldUseDarkColors,
    icon: options.icon && fs.existsSync(options.icon) ? options.icon : undefined,
    preload: options.preload,
    devTools: options.devTools,
  });
  window.once('ready-to-show', () => {
    if (saved.maximized) window.maximize();
    window.show();
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    console.error(`[counterpoint] the window's page stopped (${details.reason}, exit code ${details.exitCode})`);
  });
  rememberBounds(window, options.settings);

  const loaded =
    options.location.kind === 'dev-server'
      ? window.loadURL(options.location.url)
      : window.loadFile(options.location.file);
  loaded.catch((error: unknown) => console.error('[counterpoint] could not load the window', error));
  return window;
}

/** Brings the window to the front, e.g. when Counterpoint is started a second time. */
export function reveal(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

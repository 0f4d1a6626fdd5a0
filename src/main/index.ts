import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as electron from 'electron';
import type { BrowserWindow } from 'electron';
import { createApi } from './api/dispatch';
import { registerInvokeHandler } from './transport/ipc';
import { dataDirFromArgv, nativeBindingFor } from './shell/launchOptions';
import { createMainWindow, reveal } from './shell/mainWindow';
import { installMenu } from './shell/menu';
import { fileDialogs } from './shell/fileDialogs';
import { startDailyReminder } from './shell/dailyReminder';
import { DATA_CARD_QUERY } from '../shared/transfer/dataCard';
import { openLibrary } from './shell/openLibrary';
import { rendererLocation } from './transport/rendererLocation';
import { confineWebContents, hardenSession } from './shell/security';
import type { Library } from './host/library';
import { sweepLeftovers } from './host/leftovers';
import { settingsFollowingLibrary } from './host/settingsFollowingLibrary';
import { createElectronSettingsStore } from './host/settingsStore.electron';

const { app, dialog, ipcMain, Notification, session, shell } = electron;

/**
 * The desktop app's lifecycle: one instance per library folder, one window, the library open
 * for as long as the app runs and closed cleanly on quit.
 */
const outDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const location = rendererLocation({
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
  isPackaged: app.isPackaged,
  builtIndexFile: path.join(outDir, 'renderer', 'index.html'),
});

// Must happen before anything reads userData, including the single-instance lock that lives there.
const dataDirOverride = dataDirFromArgv(process.argv);
if (dataDirOverride) app.setPath('userData', dataDirOverride);

let mainWindow: BrowserWindow | null = null;
let library: Library | null = null;
let stopDailyBackups: () => void = () => undefined;
let stopDailyReminder: () => void = () => undefined;

function fail(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  app.exit(1);
}

async function start(): Promise<void> {
  confineWebContents(app, shell, location);
  await app.whenReady();

  const dataDir = app.getPath('userData');
  const nativeBinding = nativeBindingFor(app.getAppPath(), app.isPackaged);
  sweepLeftovers(dataDir);
  const settings = createElectronSettingsStore(dataDir);
  const opened = openLibrary(dataDir, settings, nativeBinding ? { nativeBinding } : {});
  if (!opened.ok) {
    fail(opened.title, opened.message);
    return;
  }
  const { library: own, backups } = opened;
  library = own;
  stopDailyBackups = opened.stopDailyBackups;
  hardenSession(session.defaultSession, location);

  const invoke = createApi({
    db: () => own.db,
    settings: settingsFollowingLibrary(settings, own),
    library: own,
    backups,
    dialogs: fileDialogs(dialog, () => mainWindow),
    info: () => ({
      version: app.getVersion(),
      mode: 'electron',
      dataDir,
      databasePath: own.databasePath,
      library: own.kind,
    }),
  });
  registerInvokeHandler(ipcMain, invoke, () => mainWindow, location);

  const iconPath = path.join(app.getAppPath(), 'resources', 'icon.png');
  installMenu(electron, {
    platform: process.platform,
    iconPath: process.platform === 'darwin' ? undefined : iconPath,
    appName: app.getName(),
    isDev: !app.isPackaged,
    openDataTransfer: () => {
      if (!mainWindow) return;
      reveal(mainWindow);
      void mainWindow.webContents.executeJavaScript(`window.location.hash = ${JSON.stringify(`#/settings?${DATA_CARD_QUERY}`)}`);
    },
    showLibraryFolder: () => {
      void shell.openPath(dataDir).then((problem) => {
        if (problem) console.error(`[counterpoint] could not show ${dataDir}: ${problem}`);
      });
    },
  });

  const openWindow = () => {
    const window = createMainWindow({
      electron,
      preload: path.join(outDir, 'preload', 'index.cjs'),
      location,
      settings,
      icon: process.platform === 'linux' ? iconPath : undefined,
      devTools: !app.isPackaged,
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  };

  app.on('second-instance', () => {
    if (mainWindow) reveal(mainWindow);
    else openWindow();
  });
  app.on('activate', () => {
    if (!mainWindow) openWindow();
  });
  openWindow();
  stopDailyReminder = startDailyReminder(
    invoke,
    {
      supported: () => Notification.isSupported(),
      show: (title, body, onClick) => {
        const notification = new Notification({ title, body });
        notification.on('click', onClick);
        notification.show();
      },
    },
    () => (mainWindow ? reveal(mainWindow) : openWindow()),
  );
}

// Windows groups taskbar entries and notifications by this id; the installer uses the same appId.
if (process.platform === 'win32') app.setAppUserModelId('app.counterpoint.desktop');

if (!app.requestSingleInstanceLock()) {
  // Another Counterpoint has this library open; it was told to come to the front.
  app.quit();
} else {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    stopDailyBackups();
    stopDailyReminder();
    if (!library) return;
    try {
      library.close();
    } catch (error) {
      console.error('[counterpoint] could not close the library cleanly', error);
    }
    library = null;
  });
  start().catch((error: unknown) => {
    console.error('[counterpoint] could not start', error);
    fail('Counterpoint could not start', error instanceof Error ? error.message : String(error));
  });
}

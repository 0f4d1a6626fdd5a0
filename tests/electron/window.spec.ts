import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ElectronApplication } from '@playwright/test';
import type { WebPreferences } from 'electron';
import type { CounterpointBridge } from '../../src/preload/api';
import { APP_ROOT, expect, test } from './desktopApp';

/** The page's global scope as the renderer sees it (this file is type-checked without the DOM library). */
type PageGlobals = Record<string, unknown> & {
  counterpoint?: CounterpointBridge;
  location: { href: string };
  open(url: string): unknown;
};

/** What the test records in the main process: links handed to the system browser, and how navigations ended. */
type Observed = { opened: string[]; navigations: { event: string; url: string; code?: number }[] };
type MainGlobals = { __counterpointObserved?: Observed };

/** Replaces shell.openExternal with a recorder (no browser opens on the test machine) and watches the window's navigations. */
async function observe(app: ElectronApplication): Promise<() => Promise<Observed>> {
  await app.evaluate(({ shell, BrowserWindow }) => {
    const observed: Observed = { opened: [], navigations: [] };
    (globalThis as MainGlobals).__counterpointObserved = observed;
    shell.openExternal = async (url: string) => {
      observed.opened.push(url);
    };
    const contents = BrowserWindow.getAllWindows()[0]!.webContents;
    contents.on('did-navigate', (_event, url) => observed.navigations.push({ event: 'did-navigate', url }));
    contents.on('did-fail-provisional-load', (_event, code, _description, url, isMainFrame) => {
      if (isMainFrame) observed.navigations.push({ event: 'did-fail-provisional-load', url, code });
    });
  });
  return () => app.evaluate(() => (globalThis as MainGlobals).__counterpointObserved!);
}

test.describe('the desktop window (Electron)', () => {
  test('runs the page sandboxed and context-isolated, with Node and Electron out of its reach', async ({ desktop }) => {
    const { app, page } = await desktop.launch();

    // getLastWebPreferences is Electron's own (undocumented) view of what the window was created with.
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
        getLastWebPreferences(): WebPreferences | null;
      };
      return contents.getLastWebPreferences();
    });
    expect(preferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    // The built preload, from the checkout's out/ or from inside the packaged app.asar.
    expect(preferences?.preload).toMatch(/[\\/]out[\\/]preload[\\/]index\.cjs$/);

    // Where Electron reports it (macOS, Windows), the page's process is sandboxed by the OS too.
    const osSandboxed = await app.evaluate(({ app: electronApp, BrowserWindow }) => {
      const pid = BrowserWindow.getAllWindows()[0]!.webContents.getOSProcessId();
      return electronApp.getAppMetrics().find((metric) => metric.pid === pid)?.sandboxed ?? null;
    });
    if (process.platform === 'darwin' || process.platform === 'win32') expect(osSandboxed).toBe(true);

    const leaks = await page.evaluate(() => {
      const scope = globalThis as unknown as PageGlobals;
      const names = ['require', 'process', 'module', 'exports', 'Buffer', 'global', '__dirname', 'electron', 'ipcRenderer'];
      return names.filter((name) => typeof scope[name] !== 'undefined');
    });
    expect(leaks).toEqual([]);

    // The same page in a window without our preload: whatever the window has beyond that, the preload added.
    const bare = await app.evaluate(async ({ BrowserWindow }) => {
      const url = new URL(BrowserWindow.getAllWindows()[0]!.webContents.getURL());
      url.hash = '';
      const window = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true } });
      try {
        await window.loadURL(url.href);
        return (await window.webContents.executeJavaScript('Object.getOwnPropertyNames(globalThis)')) as string[];
      } finally {
        window.destroy();
      }
    });
    const own = await page.evaluate(() => Object.getOwnPropertyNames(globalThis));
    expect(own.filter((name) => !bare.includes(name))).toEqual(['counterpoint']);

    const bridge = await page.evaluate(() => Object.keys((globalThis as unknown as PageGlobals).counterpoint ?? {}).sort());
    expect(bridge).toEqual(['invoke', 'methods']);
    const refused = await page.evaluate(() => (globalThis as unknown as PageGlobals).counterpoint!.invoke('projects.drop', {}));
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  test('refuses navigation away and new windows; web links go to the system browser instead', async ({ desktop }) => {
    const { app, page } = await desktop.launch();
    const observed = await observe(app);
    const appUrl = page.url();

    const web = 'https://example.invalid/away';
    const otherFile = pathToFileURL(path.join(APP_ROOT, 'package.json')).href;
    for (const target of [web, otherFile]) {
      await page.evaluate((url) => {
        (globalThis as unknown as PageGlobals).location.href = url;
      }, target);
      // A navigation ends either committed (did-navigate) or failed; one refused by will-navigate fails as aborted (-3).
      await expect
        .poll(async () => (await observed()).navigations.filter((navigation) => navigation.url === target))
        .toEqual([{ event: 'did-fail-provisional-load', url: target, code: -3 }]);
    }
    expect(page.url()).toBe(appUrl);

    const popups = await page.evaluate(() => {
      const scope = globalThis as unknown as PageGlobals;
      return [scope.open('https://example.invalid/popup'), scope.open('about:blank')].map((opened) => opened === null);
    });
    expect(popups).toEqual([true, true]);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    expect(app.windows()).toHaveLength(1);

    // Only the ordinary web links reached the system browser; the file and about:blank were dropped.
    expect((await observed()).opened).toEqual([web, 'https://example.invalid/popup']);
    expect((await observed()).navigations.filter((navigation) => navigation.event === 'did-navigate')).toEqual([]);
    const answered = await page.evaluate(() => (globalThis as unknown as PageGlobals).counterpoint!.invoke('projects.list', {}));
    expect(answered).toMatchObject({ ok: true, value: [] });
  });
});

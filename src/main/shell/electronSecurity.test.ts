import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow, BrowserWindowConstructorOptions, IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { INVOKE_CHANNEL } from '../../shared/ipc';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../transport/contentSecurityPolicy';
import { registerInvokeHandler } from '../transport/ipc';
import type { RendererLocation } from '../transport/rendererLocation';
import { createMainWindow, type MainWindowOptions } from './mainWindow';
import { confineWebContents, hardenSession, headersWithPolicy, navigationVerdict, permissionGranted, windowOpenVerdict } from './security';
import { newMainWindow, type WindowOptionsInput } from './windowOptions';
import { settingsOver } from '../host/settingsStore';

/**
 * Electron's security settings as the shell sets them, read without Electron (this file imports its
 * types only; no Electron binary exists here): the window's options, what a page may navigate to or
 * open, the permissions, the IPC sender check, and the built index.html with its policy. Where the
 * shell hands a handler to Electron, a stand-in for Electron's object records it, and the test calls
 * the handler as Electron would. The same settings are checked at run time by tests/electron.
 */

const builtIndex = path.resolve('out/renderer/index.html');
const location: RendererLocation = { kind: 'file', file: builtIndex };
const ownPage = `${pathToFileURL(builtIndex).href}#/projects`;

/** The options newMainWindow gives BrowserWindow, recorded by a stand-in class. */
function mainWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  const given: BrowserWindowConstructorOptions[] = [];
  newMainWindow(
    class {
      constructor(options: BrowserWindowConstructorOptions) {
        given.push(options);
      }
    },
    input,
  );
  return given[0]!;
}

describe("the main window's options", () => {
  const options = mainWindowOptions({ bounds: { x: 10, y: 20, width: 1200, height: 800 }, dark: false, icon: undefined, preload: '/app/out/preload/index.cjs', devTools: false });

  it('sandbox the page, isolate it from the preload, and give it no Node.js anywhere', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keep web security on: same-origin rules, no insecure content, no <webview>, no navigation by dropping a file', () => {
    expect(options.webPreferences).toMatchObject({ webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, navigateOnDragDrop: false });
    const prefs = options.webPreferences as Record<string, unknown>;
    for (const risky of ['experimentalFeatures', 'enableBlinkFeatures', 'enableRemoteModule', 'additionalArguments']) expect(prefs[risky], risky).toBeUndefined();
  });

  it('open developer tools only when asked (a development build)', () => {
    expect(options.webPreferences?.devTools).toBe(false);
    expect(mainWindowOptions({ bounds: { x: 0, y: 0, width: 900, height: 600 }, dark: true, icon: undefined, preload: 'p', devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('are what createMainWindow gives BrowserWindow (a stand-in records them)', () => {
    const given: unknown[] = [];
    class StandInWindow {
      webContents = { on: () => undefined };
      constructor(windowOptions: unknown) {
        given.push(windowOptions);
      }
      once() {}
      on() {}
      loadFile() {
        return Promise.resolve();
      }
    }
    const workArea = { x: 0, y: 0, width: 1600, height: 1000 };
    createMainWindow({
      electron: {
        BrowserWindow: StandInWindow as unknown as MainWindowOptions['electron']['BrowserWindow'],
        nativeTheme: { shouldUseDarkColors: false } as MainWindowOptions['electron']['nativeTheme'],
        screen: { getAllDisplays: () => [{ workArea }], getPrimaryDisplay: () => ({ workArea }) } as unknown as MainWindowOptions['electron']['screen'],
      },
      preload: '/app/out/preload/index.cjs',
      location,
      settings: settingsOver({ store: {} }),
      icon: undefined,
      devTools: false,
    });
    expect(given).toHaveLength(1);
    expect((given[0] as { webPreferences: unknown }).webPreferences).toEqual(options.webPreferences);
  });
});

describe('what a page may navigate to or open', () => {
  it('navigates only within our own page (another route of it)', () => {
    expect(navigationVerdict(ownPage, location)).toEqual({ allow: true, openOutside: false });
    expect(navigationVerdict(`${pathToFileURL(builtIndex).href}?x=1#/settings`, location).allow).toBe(true);
    for (const url of [
      'https://example.com/',
      pathToFileURL(path.resolve('out/renderer/other.html')).href,
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'not a url',
    ]) {
      expect(navigationVerdict(url, location).allow, url).toBe(false);
    }
  });

  it('opens no window of its own, ever; a web link goes to the system browser, nothing else does', () => {
    expect(windowOpenVerdict('https://example.com/page')).toEqual({ action: 'deny', openOutside: true });
    expect(windowOpenVerdict('http://example.com/')).toEqual({ action: 'deny', openOutside: true });
    for (const url of [ownPage, 'file:///etc/passwd', 'javascript:alert(1)', 'mailto:a@example.com', 'smb://host/share', 'about:blank']) {
      expect(windowOpenVerdict(url), url).toEqual({ action: 'deny', openOutside: false });
    }
  });

  it('is enforced on every web contents the app creates (stand-ins for App, WebContents and Shell record the handlers)', () => {
    let created: ((event: unknown, contents: unknown) => void) | undefined;
    const opened: string[] = [];
    confineWebContents(
      { on: (name: string, listener: (event: unknown, contents: unknown) => void) => ((created = name === 'web-contents-created' ? listener : created), undefined) } as never,
      { openExternal: (url: string) => (opened.push(url), Promise.resolve()) },
      location,
    );
    expect(created).toBeDefined();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const listeners: Record<string, (event: { preventDefault: () => void }, url?: string) => void> = {};
    created!({}, {
      setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
      on: (name: string, listener: (typeof listeners)[string]) => (listeners[name] = listener),
    });
    expect(openHandler!({ url: 'https://example.com/a' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: ownPage })).toEqual({ action: 'deny' });

    const navigate = (url: string) => {
      let prevented = false;
      listeners['will-navigate']!({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate(ownPage)).toBe(false);
    expect(navigate('https://example.com/b')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    let webviewPrevented = false;
    listeners['will-attach-webview']!({ preventDefault: () => (webviewPrevented = true) });
    expect(webviewPrevented).toBe(true);
    expect(opened).toEqual(['https://example.com/a', 'https://example.com/b']);
  });
});

describe("the session's permissions and headers", () => {
  it('refuses every permission request and check (a stand-in Session records the handlers)', () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    let headers: ((details: { url: string; responseHeaders?: Record<string, string[]> }, callback: (response: unknown) => void) => void) | undefined;
    hardenSession(
      {
        setPermissionRequestHandler: (handler: typeof request) => (request = handler),
        setPermissionCheckHandler: (handler: typeof check) => (check = handler),
        webRequest: { onHeadersReceived: (handler: typeof headers) => (headers = handler) },
      } as never,
      location,
    );
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'fullscreen', 'openExternal', 'pointerLock', 'hid', 'serial', 'usb']) {
      let granted: boolean | undefined;
      request!({}, permission, (answer) => (granted = answer));
      expect(granted, permission).toBe(false);
      expect(check!({}, permission, 'file://', {}), permission).toBe(false);
    }
    expect(permissionGranted()).toBe(false);

    const answers: unknown[] = [];
    headers!({ url: ownPage, responseHeaders: { 'content-security-policy': ["default-src *"], 'X-Other': ['1'] } }, (response) => answers.push(response));
    headers!({ url: 'https://example.com/', responseHeaders: { 'X-Other': ['1'] } }, (response) => answers.push(response));
    expect(answers).toEqual([{ responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }, {}]);
    expect(headersWithPolicy('https://example.com/', {}, location)).toBeNull();
  });
});

describe('the IPC sender check', () => {
  /** registerInvokeHandler with a stand-in IpcMain; returns the handler Electron would call and what reached the API. */
  function registered(window: BrowserWindow | null) {
    let handler: ((event: IpcMainInvokeEvent, method: unknown, input: unknown) => Promise<Result<unknown>>) | undefined;
    const reached: string[] = [];
    registerInvokeHandler(
      { handle: (channel: string, listener: typeof handler) => channel === INVOKE_CHANNEL && (handler = listener) } as unknown as IpcMain,
      (method) => (reached.push(method), Promise.resolve({ ok: true, value: null })),
      () => window,
      location,
    );
    return { call: (event: unknown) => handler!(event as IpcMainInvokeEvent, 'app.info', {}), reached };
  }
  const window = { isDestroyed: () => false, webContents: { id: 7, mainFrame: { processId: 4, routingId: 1 } } } as unknown as BrowserWindow;
  const event = (frame: Record<string, unknown> | null, webContentsId = 7) => ({
    sender: { id: webContentsId },
    senderFrame: frame && { processId: 4, routingId: 1, url: ownPage, parent: null, ...frame },
  });

  it("answers only our window's top-level frame showing our own page", async () => {
    const { call, reached } = registered(window);
    expect(await call(event({}))).toEqual({ ok: true, value: null });
    for (const refused of [
      event({ routingId: 2, parent: {} }), // a subframe
      event({ url: 'https://example.com/' }), // our window, navigated away
      event({ url: pathToFileURL('/tmp/other.html').href }), // another local file
      event({}, 8), // another window
      event(null), // a frame already gone
    ]) {
      expect(await call(refused)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect(reached).toEqual(['app.info']);
    expect(await registered(null).call(event({}))).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });
});

describe('the built index.html and its content security policy', () => {
  const html = () => {
    if (!fs.existsSync(builtIndex)) throw new Error(`${builtIndex} is not built: run npx electron-vite build first (npm test does)`);
    return fs.readFileSync(builtIndex, 'utf8');
  };

  it('carries the policy in its meta tag, the same as the header but for what only a header can say', () => {
    const meta = [...html().matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((match) => match[1]);
    expect(meta).toEqual([META_CONTENT_SECURITY_POLICY]);
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });

  it('allows our own scripts and styles only: nothing inline, no eval, no plugins, no base or form targets, no framing', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));
    expect(Object.fromEntries(directives)).toMatchObject({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:|blob:|ws:/);
  });

  it('has no inline script or style and loads nothing from outside the app', () => {
    const page = html();
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/);
      expect(body!.trim()).toBe('');
    }
    expect(page).not.toMatch(/<style\b|\sstyle="|\son[a-z]+="/i);
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//i);
    for (const [, asset] of page.matchAll(/(?:src|href)="\.\/([^"]+)"/g)) expect(fs.existsSync(path.join(path.dirname(builtIndex), asset!)), asset).toBe(true);
  });
});

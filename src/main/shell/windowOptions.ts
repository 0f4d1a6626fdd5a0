import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { MIN_WINDOW_SIZE, type Rect } from './windowBounds';

/**
 * What the page in our window may do: it runs sandboxed, in its own JavaScript world apart from the
 * preload, with no Node.js anywhere (workers and subframes included), same-origin rules on, and no
 * <webview>. The preload gives it window.counterpoint and nothing else (docs/SECURITY.md).
 */
export function secureWebPreferences(options: { preload: string; devTools: boolean }): WebPreferences {
  return {
    preload: options.preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    devTools: options.devTools,
  };
}

export interface WindowOptionsInput {
  bounds: Rect;
  dark: boolean;
  /** An icon file that exists (Linux); none on macOS and Windows, which take it from the bundle. */
  icon: string | undefined;
  preload: string;
  devTools: boolean;
}

/** The main window's constructor options, as a value: mainWindow.ts passes exactly these to BrowserWindow. */
export function mainWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Counterpoint',
    show: false,
    // Matches the renderer's first paint in either theme, so opening does not flash white.
    backgroundColor: input.dark ? '#161617' : '#fbfbfa',
    ...(input.icon ? { icon: input.icon } : {}),
    webPreferences: secureWebPreferences({ preload: input.preload, devTools: input.devTools }),
  };
}

import type { BrowserWindowConstructorOptions } from 'electron';
import { MIN_WINDOW_SIZE, type Rect } from './windowBounds';

/** Electron's BrowserWindow class, passed in; a test passes a stand-in that records the options. */
export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

export interface WindowOptionsInput {
  bounds: Rect;
  dark: boolean;
  /** An icon file that exists (Linux); none on macOS and Windows, which take it from the bundle. */
  icon: string | undefined;
  preload: string;
  devTools: boolean;
}

/**
 * Makes the main window with its options written out here, in the call, so that both the unit test
 * (shell/electronSecurity.test.ts, through a stand-in class) and Electronegativity (which reads only
 * the object literal given to `new BrowserWindow`) see them. The page runs sandboxed, in its own
 * JavaScript world apart from the preload, with no Node.js anywhere (workers and subframes included),
 * same-origin rules on and no <webview>; the preload gives it window.counterpoint and nothing else.
 */
export function newMainWindow<W>(BrowserWindow: WindowConstructor<W>, input: WindowOptionsInput): W {
  return new BrowserWindow({
    ...input.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Counterpoint',
    show: false,
    // Matches the renderer's first paint in either theme, so opening does not flash white.
    backgroundColor: input.dark ? '#161617' : '#fbfbfa',
    ...(input.icon ? { icon: input.icon } : {}),
    webPreferences: {
      preload: input.preload,
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
      devTools: input.devTools,
    },
  });
}

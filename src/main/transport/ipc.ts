import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Invoke } from '../api/dispatch';
import { answerInvoke } from './invokeGate';
import { INVOKE_CHANNEL } from '../../shared/ipc';
import type { RendererLocation } from './rendererLocation';
import { isTrustedSender, type SenderFacts, type TrustedWindow } from './senderCheck';

/** Copies what the check needs out of the event; a frame that is already gone reads as no frame. */
function senderFacts(event: IpcMainInvokeEvent): SenderFacts {
  try {
    const frame = event.senderFrame;
    return {
      webContentsId: event.sender.id,
      frame: frame
        ? { processId: frame.processId, routingId: frame.routingId, url: frame.url, isMainFrame: frame.parent === null }
        : null,
    };
  } catch {
    return { webContentsId: event.sender.id, frame: null };
  }
}

function trustedWindow(window: BrowserWindow | null, location: RendererLocation): TrustedWindow | null {
  if (!window || window.isDestroyed()) return null;
  const { mainFrame } = window.webContents;
  return {
    webContentsId: window.webContents.id,
    mainFrame: { processId: mainFrame.processId, routingId: mainFrame.routingId },
    location,
  };
}

/** Registers the single API channel. Calls from anything but our main window's own page are refused. */
export function registerInvokeHandler(
  ipcMain: IpcMain,
  invoke: Invoke,
  currentWindow: () => BrowserWindow | null,
  location: RendererLocation,
): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) =>
    answerInvoke(invoke, {
      trusted: isTrustedSender(senderFacts(event), trustedWindow(currentWindow(), location)),
      method,
      input,
    }),
  );
}

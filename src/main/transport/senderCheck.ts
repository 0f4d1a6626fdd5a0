import { isAppUrl, type RendererLocation } from './rendererLocation';

export interface FrameIdentity {
  processId: number;
  routingId: number;
}

/** What an IPC event tells us about who sent it, copied out of Electron's objects. */
export interface SenderFacts {
  webContentsId: number;
  frame: (FrameIdentity & { url: string; isMainFrame: boolean }) | null;
}

/** The window allowed to call the API: its contents, its top-level frame and where its page must come from. */
export interface TrustedWindow {
  webContentsId: number;
  mainFrame: FrameIdentity;
  location: RendererLocation;
}

/**
 * Only the top-level frame of our own window, showing our own page, may call the API. A
 * subframe, another window, or our window after it was somehow navigated elsewhere is refused.
 */
export function isTrustedSender(sender: SenderFacts, trusted: TrustedWindow | null): boolean {
  if (!trusted || !sender.frame) return false;
  const { frame } = sender;
  return (
    sender.webContentsId === trusted.webContentsId &&
    frame.isMainFrame &&
    frame.processId === trusted.mainFrame.processId &&
    frame.routingId === trusted.mainFrame.routingId &&
    isAppUrl(frame.url, trusted.location)
  );
}

import type { App, Session, Shell, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../transport/contentSecurityPolicy';
import { isAppUrl, isExternalWebUrl, type RendererLocation } from '../transport/rendererLocation';

function openOutside(shell: Shell, url: string): void {
  if (!isExternalWebUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => console.error('[counterpoint] could not open link', error));
}

/**
 * Every web contents the app ever creates stays on our page: no navigation away, no new
 * windows, no <webview>. Ordinary web links go to the system browser instead.
 */
export function confineWebContents(app: App, shell: Shell, location: RendererLocation): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(({ url }) => {
      openOutside(shell, url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (isAppUrl(url, location)) return;
      event.preventDefault();
      openOutside(shell, url);
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/**
 * The session our window uses: every permission (camera, notifications, geolocation, …) is
 * refused, and our own pages carry the same Content-Security-Policy as browser mode. The page
 * also has it as a meta tag, which covers file:// where response headers may not apply.
 */
export function hardenSession(session: Session, location: RendererLocation): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url, location)) {
      callback({});
      return;
    }
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
}

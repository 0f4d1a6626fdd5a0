import type { App, Session, Shell, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../transport/contentSecurityPolicy';
import { isAppUrl, isExternalWebUrl, type RendererLocation } from '../transport/rendererLocation';

/** A request for a new window (window.open, a target=_blank or middle-clicked link): never granted; a web link opens in the system browser. */
export function windowOpenVerdict(url: string): { action: 'deny'; openOutside: boolean } {
  return { action: 'deny', openOutside: isExternalWebUrl(url) };
}

/** A navigation of a web contents: only to our own page (another route of it); a web link opens in the system browser instead. */
export function navigationVerdict(url: string, location: RendererLocation): { allow: boolean; openOutside: boolean } {
  if (isAppUrl(url, location)) return { allow: true, openOutside: false };
  return { allow: false, openOutside: isExternalWebUrl(url) };
}

/** Every permission a page can ask for (camera, notifications, geolocation, clipboard, …) is refused. */
export const permissionGranted = (): false => false;

/** Our own pages' response headers carry our policy, in place of any the response had; other responses are left alone (null). */
export function headersWithPolicy(
  url: string,
  responseHeaders: Record<string, string[]> | undefined,
  location: RendererLocation,
): Record<string, string[]> | null {
  if (!isAppUrl(url, location)) return null;
  const headers: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(responseHeaders ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
  }
  headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return headers;
}

function openOutside(shell: Pick<Shell, 'openExternal'>, url: string): void {
  // Checked by the verdicts above, and again here: only http(s) links with a host reach the system browser.
  if (!isExternalWebUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => console.error('[counterpoint] could not open link', error));
}

/**
 * Every web contents the app ever creates stays on our page: no navigation away, no new
 * windows, no <webview>. Ordinary web links go to the system browser instead.
 */
export function confineWebContents(app: Pick<App, 'on'>, shell: Pick<Shell, 'openExternal'>, location: RendererLocation): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(({ url }) => {
      const verdict = windowOpenVerdict(url);
      if (verdict.openOutside) openOutside(shell, url);
      return { action: verdict.action };
    });
    contents.on('will-navigate', (event, url) => {
      const verdict = navigationVerdict(url, location);
      if (verdict.allow) return;
      event.preventDefault();
      if (verdict.openOutside) openOutside(shell, url);
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/**
 * The session our window uses: every permission is refused, and our own pages carry the same
 * Content-Security-Policy as browser mode. The page also has it as a meta tag, which covers
 * file:// where response headers may not apply.
 */
export function hardenSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>, location: RendererLocation): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(permissionGranted()));
  session.setPermissionCheckHandler(permissionGranted);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = headersWithPolicy(details.url, details.responseHeaders, location);
    callback(headers ? { responseHeaders: headers } : {});
  });
}

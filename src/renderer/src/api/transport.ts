import type { Result } from '../../../shared/result';
import { answerOf } from './httpAnswer';

export type Transport = (method: string, input: unknown) => Promise<Result<unknown>>;

const TOKEN_KEY = 'counterpoint.token';

/** Browser mode: the token arrives once in ?token=…, is kept for this tab and taken out of the address bar. */
function browserToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** The header browser mode's file routes (export downloads, import uploads) need, like every API call. */
export const browserAuthorization = (): string => `Bearer ${sessionStorage.getItem(TOKEN_KEY) ?? ''}`;

function httpTransport(): Transport {
  const token = browserToken();
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'Counterpoint is not reachable. Is `npm run web` still running?' },
      };
    }
    return answerOf(response.status, await response.json().catch(() => null));
  };
}

/** Picks how to reach the main process: the preload bridge in Electron, loopback HTTP in a browser. */
export function pickTransport(): { transport: Transport; mode: 'electron' | 'browser' } {
  const bridge = window.counterpoint;
  if (bridge) return { transport: (method, input) => bridge.invoke(method, input), mode: 'electron' };
  return { transport: httpTransport(), mode: 'browser' };
}

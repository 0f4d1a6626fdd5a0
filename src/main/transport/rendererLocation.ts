import { pathToFileURL } from 'node:url';

/** Where the window's page comes from: the electron-vite dev server, or the built index.html. */
export type RendererLocation = { kind: 'dev-server'; url: string } | { kind: 'file'; file: string };

export function rendererLocation(options: {
  devServerUrl: string | undefined;
  isPackaged: boolean;
  builtIndexFile: string;
}): RendererLocation {
  // A packaged app never follows the environment variable: the page must be the one we shipped.
  if (options.devServerUrl && !options.isPackaged) return { kind: 'dev-server', url: options.devServerUrl };
  return { kind: 'file', file: options.builtIndexFile };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for a document of our own renderer (any in-app route), false for anything else. */
export function isAppUrl(url: string, location: RendererLocation): boolean {
  const candidate = parse(url);
  if (!candidate) return false;
  if (location.kind === 'dev-server') {
    const expected = parse(location.url);
    return expected !== null && candidate.origin === expected.origin;
  }
  // file:// URLs have an opaque origin, so compare the document itself; the hash is the route.
  candidate.hash = '';
  candidate.search = '';
  return candidate.protocol === 'file:' && candidate.href === pathToFileURL(location.file).href;
}

/** Links the user may follow out of the app, in the system browser. Everything else is dropped. */
export function isExternalWebUrl(url: string): boolean {
  const candidate = parse(url);
  return candidate !== null && (candidate.protocol === 'https:' || candidate.protocol === 'http:') && candidate.hostname !== '';
}

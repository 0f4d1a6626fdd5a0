/**
 * Where a request is going, read from its raw target. Routing looks at the raw path ("/api/…" is
 * the API, anything else a page of the renderer); then each segment is percent-decoded on its
 * own, so an encoded slash or backslash can never join segments into a path of its own.
 */
export type RequestPath =
  | { to: 'api' | 'page'; segments: string[] }
  /**
   * Not a path we could serve: a target that is not a path, malformed percent-encoding, or a
   * segment decoding to a NUL, slash or backslash. `page` when it names a page (a 404), else it is a bad request.
   */
  | { to: 'malformed'; page: boolean };

const API_PREFIX = '/api/';
const UNSAFE_IN_SEGMENT = /[\0/\\]/;

function decodeSegment(raw: string): string | null {
  try {
    const segment = decodeURIComponent(raw);
    return UNSAFE_IN_SEGMENT.test(segment) ? null : segment;
  } catch {
    return null;
  }
}

export function requestPath(target: string): RequestPath {
  const pathname = target.split(/[?#]/, 1)[0] ?? '';
  const api = pathname.startsWith(API_PREFIX);
  // Only origin-form ("/…"): an absolute URL or "*" names no file or method here.
  if (!pathname.startsWith('/')) return { to: 'malformed', page: false };
  const segments = pathname.slice(api ? API_PREFIX.length : 1).split('/').map(decodeSegment);
  if (segments.some((segment) => segment === null)) return { to: 'malformed', page: !api };
  return { to: api ? 'api' : 'page', segments: segments as string[] };
}

/** The file a page path names inside the renderer, or null: no empty, dot, dot-dot or drive-like segment is a file of ours. */
export function pageFile(segments: string[]): string | null {
  if (segments.length === 1 && segments[0] === '') return 'index.html';
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..' || segment.includes(':'))) return null;
  return segments.join('/');
}

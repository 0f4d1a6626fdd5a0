import type http from 'node:http';

/**
 * An API call's body, read whole up to `maxBytes`. 'too large' as soon as it is known to be over
 * (from Content-Length, or once that much has arrived): reading stops there, and refuse() drops
 * the rest. 'gone' when the client went away before sending it all.
 */
export function readBody(req: http.IncomingMessage, maxBytes: number): Promise<Buffer | 'too large' | 'gone'> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return Promise.resolve('too large');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (outcome: Buffer | 'too large' | 'gone') => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onGone);
      req.off('close', onGone);
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) settle('too large');
      else chunks.push(chunk);
    };
    const onEnd = () => settle(Buffer.concat(chunks));
    const onGone = () => settle('gone');
    req.on('data', onData);
    req.once('end', onEnd);
    // Without an 'error' listener a client's reset would be thrown; here it is only the client gone.
    req.once('error', onGone);
    req.once('close', onGone);
  });
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The body as text, or null when it is not UTF-8: decoding it leniently would store U+FFFD in place of what was sent. */
export function utf8Text(body: Buffer): string | null {
  try {
    return UTF8.decode(body);
  } catch {
    return null;
  }
}

/** Whether a Content-Type header names JSON itself (parameters such as charset allowed), not a look-alike (application/json-patch+json). */
export function isJsonContentType(header: string | undefined): boolean {
  const mediaType = (header ?? '').split(';', 1)[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

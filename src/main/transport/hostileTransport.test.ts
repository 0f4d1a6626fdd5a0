import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../shared/result';
import { DATABASE_FILE } from '../db/open';
import { dumpTables } from '../transfer/testing';
import { openConnections, rawRequest, requestText, startTestServer, TEST_LIMITS, TEST_TOKEN, type RawReply, type TestServer } from './testing';

/**
 * Browser mode attacked from outside: every request in HOSTILE_REQUESTS is sent over a real
 * socket to the real server on a small library. Each must be refused with its status, leave the
 * library's rows and every byte of its data folder (and the renderer's) as they were, never reach
 * a server error, and leave the server answering a valid call.
 */
/** What an attack can be built from: the server's address and token, and names of things worth stealing. */
interface Scene {
  host: string;
  port: number;
  token: string;
  /** A prepared export waiting in the data folder's transfer/ (a download would remove it). */
  exportId: string;
  /** The data folder, relative to the renderer's folder ("../../counterpoint-test-…"). */
  toDataFolder: string;
  databaseFile: string;
  secretAbsolute: string;
}

interface HostileRequest {
  group: 'token' | 'origin' | 'host' | 'method' | 'content type' | 'body' | 'encoding' | 'traversal' | 'files' | 'slow';
  name: string;
  /** The bytes sent, in parts written `gapMs` apart when given (a slow client). */
  request: (s: Scene) => string | (string | Buffer)[] | Buffer;
  /** An HTTP status (with the error code of its JSON body where it matters), or 'dropped': closed without an answer, or with 408. */
  expect: number | { status: number; code: ErrorCode } | 'dropped';
  gapMs?: number;
  /** The client ends its side once it has written everything. */
  endAfterWriting?: boolean;
  /** Other connections held open meanwhile. */
  hold?: number;
}

/** A call that would write a project if it got through. */
const WRITE = JSON.stringify({ title: 'Let in', medium: 'music' });

type Headers = Record<string, string | null>;

/**
 * A request as a browser on our page would send it (Host, token, JSON, Content-Length of the
 * body, Connection: close), changed by `headers` (null drops one) plus `extra` headers (repeats allowed).
 */
function call(s: Scene, options: { method?: string; target?: string; headers?: Headers; extra?: [string, string][]; body?: string | Buffer } = {}): Buffer {
  const body = options.body ?? WRITE;
  const base: Headers = {
    Host: s.host,
    Authorization: `Bearer ${s.token}`,
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
    ...options.headers,
  };
  const headers = Object.entries(base).filter((entry): entry is [string, string] => entry[1] !== null);
  const head = requestText(options.target ?? '/api/projects.create', [...headers, ...(options.extra ?? [])], '', options.method ?? 'POST');
  return Buffer.concat([Buffer.from(head, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body)]);
}

/** A GET of a page (or file route) with no body. */
const get = (s: Scene, target: string, headers: Headers = {}) =>
  call(s, { method: 'GET', target, body: '', headers: { 'Content-Type': null, 'Content-Length': null, ...headers } });

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const MB3 = 'x'.repeat(3 * 1024 * 1024);

const HOSTILE_REQUESTS: HostileRequest[] = [
  // The token
  { group: 'token', name: 'no token', request: (s) => call(s, { headers: { Authorization: null } }), expect: { status: 401, code: 'UNAUTHORIZED' } },
  { group: 'token', name: 'a wrong token of the same length', request: (s) => call(s, { headers: { Authorization: `Bearer ${'b'.repeat(48)}` } }), expect: 401 },
  { group: 'token', name: 'the token cut short', request: (s) => call(s, { headers: { Authorization: `Bearer ${s.token.slice(0, 24)}` } }), expect: 401 },
  { group: 'token', name: 'the token and a character more', request: (s) => call(s, { headers: { Authorization: `Bearer ${s.token}a` } }), expect: 401 },
  { group: 'token', name: 'the token without its scheme', request: (s) => call(s, { headers: { Authorization: s.token } }), expect: 401 },
  { group: 'token', name: 'the token as Basic credentials', request: (s) => call(s, { headers: { Authorization: `Basic ${Buffer.from(`:${s.token}`).toString('base64')}` } }), expect: 401 },
  { group: 'token', name: 'a lower-case scheme', request: (s) => call(s, { headers: { Authorization: `bearer ${s.token}` } }), expect: 401 },
  { group: 'token', name: 'an empty Bearer', request: (s) => call(s, { headers: { Authorization: 'Bearer ' } }), expect: 401 },
  { group: 'token', name: 'the token only in the query string', request: (s) => call(s, { target: `/api/projects.create?token=${s.token}`, headers: { Authorization: null } }), expect: 401 },
  { group: 'token', name: 'the token in a cookie', request: (s) => call(s, { headers: { Authorization: null, Cookie: `token=${s.token}` } }), expect: 401 },
  { group: 'token', name: 'the token in a header of its own', request: (s) => call(s, { headers: { Authorization: null, 'X-Counterpoint-Token': s.token } }), expect: 401 },
  { group: 'token', name: 'a wrong token first, the right one repeated after it', request: (s) => call(s, { headers: { Authorization: 'Bearer wrong' }, extra: [['Authorization', `Bearer ${s.token}`]] }), expect: 401 },
  { group: 'token', name: 'the token with a NUL after it', request: (s) => call(s, { headers: { Authorization: `Bearer ${s.token}\0` } }), expect: 400 },

  // The Origin: the right token, sent from somewhere else
  { group: 'origin', name: 'a foreign site', request: (s) => call(s, { headers: { Origin: 'https://evil.example' } }), expect: { status: 403, code: 'UNAUTHORIZED' } },
  { group: 'origin', name: 'the null origin (sandboxed frame, file: page)', request: (s) => call(s, { headers: { Origin: 'null' } }), expect: 403 },
  { group: 'origin', name: 'our address on another port', request: (s) => call(s, { headers: { Origin: 'http://127.0.0.1:1' } }), expect: 403 },
  { group: 'origin', name: 'our address over https', request: (s) => call(s, { headers: { Origin: `https://${s.host}` } }), expect: 403 },
  { group: 'origin', name: 'our address as the start of another name', request: (s) => call(s, { headers: { Origin: `http://${s.host}.evil.example` } }), expect: 403 },
  { group: 'origin', name: 'our origin with a path after it', request: (s) => call(s, { headers: { Origin: `http://${s.host}/` } }), expect: 403 },
  { group: 'origin', name: 'a file: origin', request: (s) => call(s, { headers: { Origin: 'file://' } }), expect: 403 },
  { group: 'origin', name: 'a foreign site asking first (CORS preflight)', request: (s) => call(s, { method: 'OPTIONS', body: '', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } }), expect: 403 },

  // The Host: what a DNS-rebound name or another machine would send
  { group: 'host', name: 'a DNS-rebound name, for the API', request: (s) => call(s, { headers: { Host: `evil.example:${s.port}` } }), expect: { status: 403, code: 'UNAUTHORIZED' } },
  { group: 'host', name: 'a DNS-rebound name, for the page', request: (s) => get(s, '/', { Host: `evil.example:${s.port}` }), expect: 403 },
  { group: 'host', name: 'a LAN address', request: (s) => call(s, { headers: { Host: `192.168.1.20:${s.port}` } }), expect: 403 },
  { group: 'host', name: 'every address (0.0.0.0)', request: (s) => call(s, { headers: { Host: `0.0.0.0:${s.port}` } }), expect: 403 },
  { group: 'host', name: 'IPv6 loopback', request: (s) => call(s, { headers: { Host: `[::1]:${s.port}` } }), expect: 403 },
  { group: 'host', name: 'our address without the port', request: (s) => call(s, { headers: { Host: '127.0.0.1' } }), expect: 403 },
  { group: 'host', name: 'localhost as the start of another name', request: (s) => call(s, { headers: { Host: `localhost.evil.example:${s.port}` } }), expect: 403 },
  { group: 'host', name: 'no Host at all', request: (s) => call(s, { headers: { Host: null } }), expect: 400 },
  { group: 'host', name: 'a foreign Host first, ours repeated after it', request: (s) => call(s, { headers: { Host: `evil.example:${s.port}` }, extra: [['Host', s.host]] }), expect: 403 },
  { group: 'host', name: 'an absolute URL naming another site', request: (s) => call(s, { target: 'http://evil.example/api/projects.create' }), expect: 400 },
  { group: 'host', name: 'an absolute URL naming us', request: (s) => call(s, { target: `http://${s.host}/api/projects.create` }), expect: 400 },

  // Methods
  { group: 'method', name: 'GET on a write', request: (s) => call(s, { method: 'GET', body: '', headers: { 'Content-Length': null } }), expect: 405 },
  { group: 'method', name: 'PUT', request: (s) => call(s, { method: 'PUT' }), expect: 405 },
  { group: 'method', name: 'DELETE', request: (s) => call(s, { method: 'DELETE' }), expect: 405 },
  { group: 'method', name: 'PATCH', request: (s) => call(s, { method: 'PATCH' }), expect: 405 },
  { group: 'method', name: 'OPTIONS from our own page', request: (s) => call(s, { method: 'OPTIONS', body: '' }), expect: 405 },
  { group: 'method', name: 'TRACE', request: (s) => call(s, { method: 'TRACE', body: '', headers: { 'Content-Length': null } }), expect: 405 },
  { group: 'method', name: 'HEAD on the API', request: (s) => call(s, { method: 'HEAD', body: '', headers: { 'Content-Length': null } }), expect: 405 },
  { group: 'method', name: 'POST to the page', request: (s) => call(s, { target: '/' }), expect: 405 },
  { group: 'method', name: 'POST to a file of the renderer', request: (s) => call(s, { target: '/index.html' }), expect: 405 },
  { group: 'method', name: 'CONNECT (a tunnel through us)', request: (s) => `CONNECT evil.example:443 HTTP/1.1\r\nHost: ${s.host}\r\n\r\n`, expect: 'dropped' },
  { group: 'method', name: 'a made-up method', request: (s) => call(s, { method: 'STEAL' }), expect: 400 },
  { group: 'method', name: 'a method that does not exist', request: (s) => call(s, { target: '/api/projects.steal' }), expect: { status: 200, code: 'UNKNOWN_METHOD' } },
  { group: 'method', name: '__proto__ as the method', request: (s) => call(s, { target: '/api/__proto__' }), expect: { status: 200, code: 'UNKNOWN_METHOD' } },
  { group: 'method', name: 'constructor as the method', request: (s) => call(s, { target: '/api/constructor' }), expect: { status: 200, code: 'UNKNOWN_METHOD' } },
  { group: 'method', name: 'no method named', request: (s) => call(s, { target: '/api/' }), expect: 404 },
  { group: 'method', name: 'a path after the method', request: (s) => call(s, { target: '/api/projects.create/more' }), expect: 404 },

  // Content types: what a form on another site could send without asking first
  { group: 'content type', name: 'text/plain', request: (s) => call(s, { headers: { 'Content-Type': 'text/plain' } }), expect: { status: 415, code: 'VALIDATION' } },
  { group: 'content type', name: 'none', request: (s) => call(s, { headers: { 'Content-Type': null } }), expect: 415 },
  { group: 'content type', name: 'a form', request: (s) => call(s, { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'title=Let+in&medium=music' }), expect: 415 },
  { group: 'content type', name: 'multipart', request: (s) => call(s, { headers: { 'Content-Type': 'multipart/form-data; boundary=x' }, body: `--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n${WRITE}\r\n--x--\r\n` }), expect: 415 },
  { group: 'content type', name: 'a JSON look-alike (application/json-patch+json)', request: (s) => call(s, { headers: { 'Content-Type': 'application/json-patch+json' } }), expect: 415 },
  { group: 'content type', name: 'text/json', request: (s) => call(s, { headers: { 'Content-Type': 'text/json' } }), expect: 415 },

  // Bodies
  { group: 'body', name: 'over 2 MB, declared', request: (s) => call(s, { body: MB3 }), expect: { status: 413, code: 'VALIDATION' } },
  { group: 'body', name: 'over 2 MB, in chunks', request: (s) => call(s, { headers: { 'Content-Length': null, 'Transfer-Encoding': 'chunked' }, body: `${MB3.length.toString(16)}\r\n${MB3}\r\n0\r\n\r\n` }), expect: 413 },
  { group: 'body', name: '10 GB declared, a few bytes sent', request: (s) => call(s, { headers: { 'Content-Length': String(10 * 1024 ** 3) }, body: '{"title"' }), expect: 413 },
  { group: 'body', name: 'broken JSON', request: (s) => call(s, { body: '{"title":' }), expect: { status: 400, code: 'VALIDATION' } },
  { group: 'body', name: 'not UTF-8', request: (s) => call(s, { body: Buffer.from([0x7b, 0x22, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]) }), expect: 400 },
  { group: 'body', name: 'gzip that is not declared JSON text', request: (s) => call(s, { headers: { 'Content-Encoding': 'gzip' }, body: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xff]) }), expect: 400 },
  { group: 'body', name: 'an empty body', request: (s) => call(s, { body: '' }), expect: { status: 200, code: 'VALIDATION' } },
  { group: 'body', name: 'a JSON array', request: (s) => call(s, { body: '[]' }), expect: { status: 200, code: 'VALIDATION' } },
  { group: 'body', name: 'JSON null', request: (s) => call(s, { body: 'null' }), expect: { status: 200, code: 'VALIDATION' } },
  { group: 'body', name: 'a JSON string', request: (s) => call(s, { body: '"Let in"' }), expect: { status: 200, code: 'VALIDATION' } },
  { group: 'body', name: 'a huge number', request: (s) => call(s, { body: '1e400' }), expect: { status: 200, code: 'VALIDATION' } },
  { group: 'body', name: 'a field of the wrong type', request: (s) => call(s, { body: '{"title":5,"medium":"music"}' }), expect: { status: 200, code: 'VALIDATION' } },
  { group: 'body', name: 'an unknown medium', request: (s) => call(s, { body: '{"title":"Let in","medium":"rumours"}' }), expect: { status: 200, code: 'VALIDATION' } },
  { group: 'body', name: 'an extra key', request: (s) => call(s, { body: '{"title":"Let in","medium":"music","id":"x"}' }), expect: { status: 200, code: 'VALIDATION' } },
  { group: 'body', name: 'a __proto__ key', request: (s) => call(s, { body: '{"title":"Let in","medium":"music","__proto__":{"admin":true}}' }), expect: { status: 200, code: 'VALIDATION' } },
  { group: 'body', name: 'a constructor key', request: (s) => call(s, { body: '{"title":"Let in","medium":"music","constructor":{"prototype":{}}}' }), expect: { status: 200, code: 'VALIDATION' } },
  { group: 'body', name: 'nesting 100,000 deep', request: (s) => call(s, { body: `{"title":${nested(100_000)},"medium":"music"}` }), expect: { status: 200, code: 'VALIDATION' } },
  { group: 'body', name: 'Content-Length and chunked at once (smuggling)', request: (s) => call(s, { extra: [['Transfer-Encoding', 'chunked']] }), expect: 400 },
  { group: 'body', name: 'two Content-Lengths that disagree', request: (s) => call(s, { extra: [['Content-Length', '3']] }), expect: 400 },
  { group: 'body', name: 'a Content-Length that is not a number', request: (s) => call(s, { headers: { 'Content-Length': '12abc' } }), expect: 400 },
  { group: 'body', name: 'a body that stops halfway and the client hangs up', request: (s) => call(s, { headers: { 'Content-Length': String(WRITE.length * 2) } }), endAfterWriting: true, expect: 'dropped' },

  // Percent-encoding that does not decode
  { group: 'encoding', name: '/api/%E0%A4%A (cut short)', request: (s) => call(s, { target: '/api/%E0%A4%A' }), expect: { status: 400, code: 'VALIDATION' } },
  { group: 'encoding', name: '/api/%E0%A4%A without a token', request: (s) => call(s, { target: '/api/%E0%A4%A', headers: { Authorization: null } }), expect: 400 },
  { group: 'encoding', name: '/%E0%A4%A (a page)', request: (s) => get(s, '/%E0%A4%A'), expect: 404 },
  { group: 'encoding', name: '/..%c0%af..%c0%afpackage.json (overlong slashes)', request: (s) => get(s, '/..%c0%af..%c0%afpackage.json'), expect: 404 },
  { group: 'encoding', name: 'not hex (%ZZ)', request: (s) => call(s, { target: '/api/%ZZ' }), expect: 400 },
  { group: 'encoding', name: 'a lone byte (%ff)', request: (s) => call(s, { target: '/api/projects.create%ff' }), expect: 400 },
  { group: 'encoding', name: 'an encoded NUL in a method', request: (s) => call(s, { target: '/api/projects.create%00' }), expect: 400 },
  { group: 'encoding', name: 'an encoded surrogate (%ed%a0%80)', request: (s) => get(s, '/%ed%a0%80'), expect: 404 },
  { group: 'encoding', name: 'an encoded slash inside a method', request: (s) => call(s, { target: '/api/projects%2Fcreate' }), expect: 400 },
  { group: 'encoding', name: "IIS's %u encoding", request: (s) => get(s, '/%u002e%u002e/secret.txt'), expect: 404 },
  { group: 'encoding', name: 'a raw non-ASCII byte in the path', request: (s) => Buffer.concat([Buffer.from('GET /caf'), Buffer.from([0xe9]), Buffer.from(` HTTP/1.1\r\nHost: ${s.host}\r\nConnection: close\r\n\r\n`)]), expect: 400 },

  // Out of the renderer's folder, every way the path can be spelled
  { group: 'traversal', name: '/../secret.txt', request: (s) => get(s, '/../secret.txt'), expect: { status: 404, code: 'NOT_FOUND' } },
  { group: 'traversal', name: '/../../../../etc/passwd', request: (s) => get(s, '/../../../../etc/passwd'), expect: 404 },
  { group: 'traversal', name: '%2e%2e', request: (s) => get(s, '/%2e%2e/secret.txt'), expect: 404 },
  { group: 'traversal', name: '%2E%2E (upper case)', request: (s) => get(s, '/%2E%2E/secret.txt'), expect: 404 },
  { group: 'traversal', name: 'half encoded (.%2e)', request: (s) => get(s, '/.%2e/secret.txt'), expect: 404 },
  { group: 'traversal', name: 'an encoded slash (..%2f)', request: (s) => get(s, '/..%2fsecret.txt'), expect: 404 },
  { group: 'traversal', name: 'all encoded (%2e%2e%2f)', request: (s) => get(s, '/%2e%2e%2fsecret.txt'), expect: 404 },
  { group: 'traversal', name: 'an encoded backslash (..%5c)', request: (s) => get(s, '/..%5csecret.txt'), expect: 404 },
  { group: 'traversal', name: 'a raw backslash', request: (s) => get(s, '/..\\secret.txt'), expect: 404 },
  { group: 'traversal', name: 'double encoded (%252e%252e)', request: (s) => get(s, '/%252e%252e/secret.txt'), expect: 404 },
  { group: 'traversal', name: 'double encoded slash (%252f)', request: (s) => get(s, '/..%252fsecret.txt'), expect: 404 },
  { group: 'traversal', name: 'overlong UTF-8 dots (%c0%ae)', request: (s) => get(s, '/%c0%ae%c0%ae/secret.txt'), expect: 404 },
  { group: 'traversal', name: 'three-byte overlong dots (%e0%80%ae)', request: (s) => get(s, '/%e0%80%ae%e0%80%ae/secret.txt'), expect: 404 },
  { group: 'traversal', name: 'an overlong slash (%c0%af)', request: (s) => get(s, '/..%c0%afsecret.txt'), expect: 404 },
  { group: 'traversal', name: 'full-width dots', request: (s) => get(s, '/%EF%BC%8E%EF%BC%8E/secret.txt'), expect: 404 },
  { group: 'traversal', name: 'an encoded NUL', request: (s) => get(s, '/index.html%00'), expect: 404 },
  { group: 'traversal', name: 'an encoded NUL before an extension', request: (s) => get(s, '/index.html%00.png'), expect: 404 },
  { group: 'traversal', name: 'an absolute path (//etc/passwd)', request: (s) => get(s, '//etc/passwd'), expect: 404 },
  { group: 'traversal', name: 'an encoded absolute path', request: (s) => get(s, '/%2fetc%2fpasswd'), expect: 404 },
  { group: 'traversal', name: 'the secret by its absolute path', request: (s) => get(s, s.secretAbsolute), expect: 404 },
  { group: 'traversal', name: 'a Windows drive', request: (s) => get(s, '/C:/Windows/win.ini'), expect: 404 },
  { group: 'traversal', name: 'a Windows drive, encoded backslashes', request: (s) => get(s, '/C:%5cWindows%5cwin.ini'), expect: 404 },
  { group: 'traversal', name: 'an NTFS stream name', request: (s) => get(s, '/index.html::$DATA'), expect: 404 },
  { group: 'traversal', name: 'up from a subfolder', request: (s) => get(s, '/assets/../../secret.txt'), expect: 404 },
  { group: 'traversal', name: 'up from a subfolder, encoded', request: (s) => get(s, '/assets/..%2f..%2fsecret.txt'), expect: 404 },
  { group: 'traversal', name: 'to the library file', request: (s) => get(s, `/${s.toDataFolder}/${s.databaseFile}`), expect: 404 },
  { group: 'traversal', name: 'to the library file, encoded', request: (s) => get(s, `/${s.toDataFolder.replaceAll('.', '%2e').replaceAll('/', '%2f')}%2f${s.databaseFile}`), expect: 404 },
  { group: 'traversal', name: 'through the API prefix', request: (s) => get(s, '/api/../secret.txt'), expect: 404 },

  // The export and import files' routes
  { group: 'files', name: 'a download without the token', request: (s) => get(s, `/api/files/${s.exportId}`, { Authorization: null }), expect: 401 },
  { group: 'files', name: 'a download with a wrong token', request: (s) => get(s, `/api/files/${s.exportId}`, { Authorization: `Bearer ${'b'.repeat(48)}` }), expect: 401 },
  { group: 'files', name: 'a download with the token only in the query', request: (s) => get(s, `/api/files/${s.exportId}?token=${s.token}`, { Authorization: null }), expect: 401 },
  { group: 'files', name: 'a download for a foreign site', request: (s) => get(s, `/api/files/${s.exportId}`, { Origin: 'https://evil.example' }), expect: 403 },
  { group: 'files', name: 'a download through a DNS-rebound name', request: (s) => get(s, `/api/files/${s.exportId}`, { Host: `evil.example:${s.port}` }), expect: 403 },
  { group: 'files', name: 'the library file by an encoded path', request: (s) => get(s, `/api/files/..%2f${s.databaseFile}`), expect: 400 },
  { group: 'files', name: 'the library file by a raw path', request: (s) => get(s, `/api/files/../${s.databaseFile}`), expect: 404 },
  { group: 'files', name: 'an id of dots', request: (s) => get(s, '/api/files/%2e%2e'), expect: { status: 404, code: 'NOT_FOUND' } },
  { group: 'files', name: 'the id with its extension', request: (s) => get(s, `/api/files/${s.exportId}.json`), expect: 404 },
  { group: 'files', name: 'the id in upper case', request: (s) => get(s, `/api/files/${s.exportId.toUpperCase()}`), expect: 404 },
  { group: 'files', name: 'the id and an encoded NUL', request: (s) => get(s, `/api/files/${s.exportId}%00`), expect: 400 },
  { group: 'files', name: 'an absolute path for an id', request: (s) => get(s, `/api/files/${encodeURIComponent(s.secretAbsolute)}`), expect: 400 },
  { group: 'files', name: 'an upload without the token', request: (s) => call(s, { target: '/api/files', headers: { Authorization: null } }), expect: 401 },
  { group: 'files', name: 'an upload for a foreign site', request: (s) => call(s, { target: '/api/files', headers: { Origin: 'https://evil.example' } }), expect: 403 },
  { group: 'files', name: 'an upload declared over 2 GB', request: (s) => call(s, { target: '/api/files', headers: { 'Content-Length': String(3 * 1024 ** 3) } }), expect: 413 },
  { group: 'files', name: 'an upload with PUT', request: (s) => call(s, { method: 'PUT', target: '/api/files' }), expect: 405 },
  { group: 'files', name: 'an upload onto an id', request: (s) => call(s, { target: `/api/files/${s.exportId}` }), expect: 404 },
  { group: 'files', name: 'a DELETE of an export', request: (s) => call(s, { method: 'DELETE', target: `/api/files/${s.exportId}`, body: '' }), expect: 404 },

  // Slow clients: dropped before any token check, the server answering others meanwhile
  { group: 'slow', name: 'headers a byte at a time', request: (s) => [...call(s).toString('latin1')], gapMs: 40, expect: 'dropped' },
  { group: 'slow', name: 'a connection that sends nothing', request: () => [], expect: 'dropped' },
  { group: 'slow', name: 'a body slower than the idle limit', request: (s) => { const whole = call(s).toString('latin1'); const head = whole.length - WRITE.length; return [whole.slice(0, head), ...WRITE.match(/.{1,10}/g)!]; }, gapMs: TEST_LIMITS.idleMs * 2, expect: 'dropped' },
  { group: 'slow', name: 'a body declared and never sent', request: (s) => call(s, { body: '' , headers: { 'Content-Length': String(WRITE.length) } }), expect: 'dropped' },
  { group: 'slow', name: 'one connection more than the cap', request: (s) => call(s, { target: '/api/projects.list', body: '{}' }), hold: TEST_LIMITS.connections, expect: 'dropped' },
];

let t: TestServer;
let scene: Scene;
const refused: string[] = [];

/** Every file under a folder, by relative path, with a hash of its bytes. */
function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    // SQLite's shared-memory index: readers mark their place in it, so it changes on a read; it holds no data.
    if (file.endsWith('-shm')) continue;
    out[path.relative(dir, file)] = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return out;
}

/** The library's rows and the bytes of every file the server could write to, as one comparable value. */
const checksum = () => ({
  rows: createHash('sha256').update(JSON.stringify(dumpTables(t.lib.db))).digest('hex'),
  dataFolder: filesOf(t.lib.dataDir),
  rendererAndAround: filesOf(t.root),
});

async function validCallAnswers(): Promise<void> {
  const body = '{}';
  const reply = await rawRequest(
    t.server.port,
    requestText('/api/projects.list', [['Host', t.host], ['Authorization', `Bearer ${scene.token}`], ['Content-Type', 'application/json'], ['Content-Length', '2'], ['Connection', 'close']], body),
  );
  expect(reply.status).toBe(200);
  expect(JSON.parse(reply.body)).toMatchObject({ ok: true });
}

beforeAll(async () => {
  t = await startTestServer({ now: () => new Date('2026-03-15T12:00:00Z') });
  // A few rows of each part of the library (people, a project, feedback and the ledger row it derives): small, so the per-attack checksum is quick.
  const sam = await t.lib.call('collaborators.create', { name: 'Sam', roles: ['mentor'] });
  await t.lib.call('collaborators.create', { name: 'Lee', roles: ['peer'] });
  await t.lib.call('projects.create', { title: 'Night Album', medium: 'music', status: 'active' });
  await t.lib.call('feedback.create', { direction: 'received', collaboratorId: sam.id, kind: 'critique', body: 'The bridge drags', date: '2026-03-01' });
  const prepared = await t.lib.call('export.prepare', { format: 'json' });
  scene = {
    host: t.host,
    port: t.server.port,
    token: TEST_TOKEN,
    exportId: prepared.file,
    toDataFolder: path.relative(t.rendererDir, t.lib.dataDir).split(path.sep).join('/'),
    databaseFile: DATABASE_FILE,
    secretAbsolute: path.join(t.root, 'secret.txt').split(path.sep).join('/'),
  };
});
afterAll(async () => {
  console.log(`hostile transport: ${refused.length} of ${HOSTILE_REQUESTS.length} attacks refused`);
  await t.close();
});

function expectRefused(reply: RawReply, expected: (typeof HOSTILE_REQUESTS)[number]['expect']): void {
  if (expected === 'dropped') {
    expect([0, 408]).toContain(reply.status);
    expect(reply.ending).not.toBe('open');
    return;
  }
  const { status, code } = typeof expected === 'number' ? { status: expected, code: undefined as ErrorCode | undefined } : expected;
  expect(reply.status).toBe(status);
  // A refusal is an answer the client reads, never a reset.
  expect(reply.ending).not.toBe('reset');
  if (code) expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code } });
  if (status === 200) expect(JSON.parse(reply.body)).toMatchObject({ ok: false });
}

describe('hostile transport input', () => {
  it.each(HOSTILE_REQUESTS.map((attack) => [`${attack.group}: ${attack.name}`, attack] as const))('refuses %s', async (name, attack) => {
    const before = checksum();
    const reply = attack.hold
      ? await withConnectionsHeld(attack.hold, () => rawRequest(t.server.port, attack.request(scene), { gapMs: attack.gapMs }))
      : await rawRequest(t.server.port, attack.request(scene), { gapMs: attack.gapMs, endAfterWriting: attack.endAfterWriting });
    expectRefused(reply, attack.expect);
    expect(reply.body).not.toContain('outside the renderer');
    expect(reply.body).not.toContain('SQLite format 3');
    expect(checksum()).toEqual(before);
    expect(t.logged.server).toEqual([]);
    await validCallAnswers();
    refused.push(name);
  });

  it('refused every attack in the table', () => {
    expect(refused).toHaveLength(HOSTILE_REQUESTS.length);
  });
});

/** Runs `send` while `count` other connections are open and idle, then lets them go. */
async function withConnectionsHeld(count: number, send: () => Promise<RawReply>): Promise<RawReply> {
  const held = await Promise.all(
    Array.from({ length: count }, () => new Promise<net.Socket>((resolve) => {
      const socket = net.connect(t.server.port, '127.0.0.1', () => resolve(socket));
      socket.on('error', () => {});
    })),
  );
  await expect.poll(() => openConnections(t.server)).toBe(count);
  try {
    return await send();
  } finally {
    for (const socket of held) socket.destroy();
    await expect.poll(() => openConnections(t.server)).toBe(0);
  }
}


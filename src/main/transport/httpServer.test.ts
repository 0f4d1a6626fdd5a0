import http from 'node:http';
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnections, rawRequest, requestText, startTestServer, TEST_LIMITS, TEST_TOKEN, type TestServer } from './testing';

let t: TestServer;

beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.close();
});

interface Reply {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** Raw http.request, so Host and Origin can be set to anything a hostile client would send. */
function send(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: t.server.port,
        path: options.path,
        method: options.method ?? 'POST',
        headers: { Host: t.host, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const auth = { Authorization: `Bearer ${TEST_TOKEN}` };
const PROJECT = JSON.stringify({ title: 'From the web', medium: 'music' });

const createProject = (headers: Record<string, string>) =>
  send({ path: '/api/projects.create', headers: { 'Content-Type': 'application/json', ...headers }, body: PROJECT });

const projectCount = () => (t.lib.db.prepare('SELECT count(*) AS n FROM projects').get() as { n: number }).n;

/** An API call's request text for raw sockets, with the token. */
const apiRequest = (target: string, body: string, extra: [string, string][] = []) =>
  requestText(target, [['Host', t.host], ['Authorization', `Bearer ${TEST_TOKEN}`], ['Content-Type', 'application/json'], ['Content-Length', String(Buffer.byteLength(body))], ...extra], body);

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 only', () => {
    const address = t.server.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('answers a call with the right token and our own origin', async () => {
    const reply = await createProject({ ...auth, Origin: `http://${t.host}` });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { title: 'From the web' } });
    expect(projectCount()).toBe(1);
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { Authorization: `Bearer ${'b'.repeat(48)}` }],
    ['a token of another length', { Authorization: 'Bearer short' }],
    ['the token without the Bearer scheme', { Authorization: TEST_TOKEN }],
  ])('refuses %s and writes nothing', async (_name, headers) => {
    const reply = await createProject(headers);
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(projectCount()).toBe(0);
  });

  it('refuses a foreign Origin even with the right token', async () => {
    const reply = await createProject({ ...auth, Origin: 'https://evil.example' });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(projectCount()).toBe(0);
  });

  it('refuses a foreign Host (DNS rebinding) for the API and the page', async () => {
    const api = await createProject({ ...auth, Host: `evil.example:${t.server.port}` });
    expect(api.status).toBe(403);
    const page = await send({ path: '/', method: 'GET', headers: { Host: 'evil.example' } });
    expect(page.status).toBe(403);
    expect(projectCount()).toBe(0);
  });

  it('refuses GET on the API, non-JSON bodies and broken JSON', async () => {
    expect((await send({ path: '/api/projects.list', method: 'GET', headers: auth })).status).toBe(405);
    expect((await send({ path: '/api/projects.create', headers: { ...auth, 'Content-Type': 'text/plain' }, body: '{}' })).status).toBe(415);
    const broken = await send({ path: '/api/projects.create', headers: { ...auth, 'Content-Type': 'application/json' }, body: '{"title":' });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(projectCount()).toBe(0);
  });

  it('returns validation errors as values', async () => {
    const reply = await send({
      path: '/api/projects.create',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: '', medium: 'music' }),
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'title' }] } } });
  });

  it('serves the renderer with a CSP and never a file outside it', async () => {
    const page = await send({ path: '/', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Counterpoint</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    for (const sneaky of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const reply = await send({ path: sneaky, method: 'GET' });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('outside the renderer');
    }
  });
});

describe('defects found by trying the server from outside', () => {
  it.each([
    ['/api/%E0%A4%A', 'POST', 400],
    ['/%E0%A4%A', 'GET', 404],
    ['/..%c0%af..%c0%afpackage.json', 'GET', 404],
  ])('answers the malformed percent-encoding of %s (%s) with %i, logged as a client error', async (target, method, status) => {
    const body = method === 'POST' ? '{}' : '';
    for (const withToken of [false, true]) {
      const headers: [string, string][] = [['Host', t.host], ['Content-Type', 'application/json'], ['Content-Length', String(body.length)]];
      if (withToken) headers.push(['Authorization', `Bearer ${TEST_TOKEN}`]);
      const reply = await rawRequest(t.server.port, requestText(target, headers, body, method));
      expect(reply.status).toBe(status);
    }
    expect(t.logged.server).toEqual([]);
    expect(t.logged.client.length).toBeGreaterThan(0);
  });

  it.each([
    ['declared in Content-Length', false],
    ['sent in chunks', true],
  ])('answers a body over 2 MB %s with a 413 the client reads, then closes without a reset', async (_name, chunked) => {
    const big = JSON.stringify({ title: 'x'.repeat(3 * 1024 * 1024), medium: 'music' });
    const framing: [string, string] = chunked ? ['Transfer-Encoding', 'chunked'] : ['Content-Length', String(big.length)];
    const head = requestText('/api/projects.create', [['Host', t.host], ['Authorization', `Bearer ${TEST_TOKEN}`], ['Content-Type', 'application/json'], framing, ['Connection', 'close']], '');
    const body = chunked ? `${big.length.toString(16)}\r\n${big}\r\n0\r\n\r\n` : big;
    const reply = await rawRequest(t.server.port, [head, body]);
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('2 MB') } });
    expect(reply.ending).toBe('closed');
    expect(projectCount()).toBe(0);
    expect(t.logged.server).toEqual([]);
  });

  it('answers a 413 on a kept-alive connection and then answers the next request on it', async () => {
    const big = 'x'.repeat(3 * 1024 * 1024);
    const reply = await rawRequest(t.server.port, [apiRequest('/api/projects.create', big), apiRequest('/api/projects.list', '{}')]);
    expect(reply.status).toBe(413);
    expect(reply.ending).not.toBe('reset');
  });

  it('drops connections that dribble their headers, before any token check, and answers a normal client meanwhile', async () => {
    // A request line and headers a byte every 50 ms: it would take seconds to arrive whole.
    const dribble = [...requestText('/api/projects.create', [['Host', t.host], ['X-Slow', 'y'.repeat(100)]], '')];
    const slow = [1, 2, 3, 4].map(() => rawRequest(t.server.port, dribble, { gapMs: 50 }));
    const normal = await createProject(auth);
    expect(normal.status).toBe(200);
    for (const reply of await Promise.all(slow)) {
      expect([0, 408]).toContain(reply.status);
      expect(reply.ending).not.toBe('open');
    }
    expect(t.logged.client).toContain('dropped a connection too slow to send its request');
    expect(t.logged.server).toEqual([]);
  });

  it("keeps a browser's spare connection past the headers limit, and answers the request it sends later", async () => {
    // Chromium opens a connection ahead of need and may send on it seconds later; closing it at the headers
    // limit (with a 408) made the browser's next call fail as "not reachable".
    const spare = net.connect(t.server.port, '127.0.0.1');
    spare.on('error', () => {});
    await new Promise((resolve) => spare.once('connect', resolve));
    await new Promise((resolve) => setTimeout(resolve, TEST_LIMITS.headersMs * 2));
    expect(spare.destroyed || spare.readableEnded).toBe(false);
    const received: Buffer[] = [];
    spare.on('data', (chunk: Buffer) => received.push(chunk));
    spare.write(apiRequest('/api/projects.list', '{}', [['Connection', 'close']]));
    await new Promise((resolve) => spare.once('close', resolve));
    expect(Buffer.concat(received).toString()).toMatch(/^HTTP\/1\.1 200 /);
    expect(t.logged.client).toEqual([]);
  });

  it('drops a connection that never sends anything', async () => {
    const reply = await rawRequest(t.server.port, []);
    expect(reply.status === 0 || reply.status === 408).toBe(true);
  });

  it('drops a client that dribbles its body slower than the idle limit, and writes nothing', async () => {
    const head = apiRequest('/api/projects.create', PROJECT).slice(0, -PROJECT.length);
    const parts = [head, ...PROJECT.match(/.{1,8}/g)!];
    const reply = await rawRequest(t.server.port, parts, { gapMs: TEST_LIMITS.idleMs * 2 });
    expect(reply.status === 0 || reply.status === 408).toBe(true);
    expect(projectCount()).toBe(0);
  });

  it('holds no more connections than its cap, and serves again once they go', async () => {
    const held: net.Socket[] = [];
    for (let i = 0; i < TEST_LIMITS.connections; i++) {
      held.push(await new Promise<net.Socket>((resolve) => { const s = net.connect(t.server.port, '127.0.0.1', () => resolve(s)); s.on('error', () => {}); }));
    }
    await expect.poll(() => openConnections(t.server)).toBe(TEST_LIMITS.connections);
    const over = await rawRequest(t.server.port, apiRequest('/api/projects.list', '{}'));
    expect(over.status).toBe(0);
    for (const socket of held) socket.destroy();
    await expect.poll(async () => (await createProject(auth)).status).toBe(200);
  });

  it('logs a client that goes away halfway through its body as a client event, not a server error', async () => {
    const head = apiRequest('/api/projects.create', PROJECT).slice(0, -PROJECT.length);
    const socket = net.connect(t.server.port, '127.0.0.1');
    socket.on('error', () => {});
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(head + PROJECT.slice(0, 10));
    await expect.poll(() => openConnections(t.server)).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    socket.destroy();
    await expect.poll(() => t.logged.client.length).toBeGreaterThan(0);
    expect(t.logged.client.join('\n')).toMatch(/went away|closed the connection/);
    expect(t.logged.server).toEqual([]);
    expect(projectCount()).toBe(0);
  });
});

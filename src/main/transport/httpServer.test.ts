import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../api/dispatch';
import { createNodeSettingsStore } from '../host/settingsStore.node';
import { tempLibrary } from '../testing/tempLibrary';
import { startWebServer, type WebServer } from './httpServer';

const TOKEN = 'a'.repeat(48);
let lib: ReturnType<typeof tempLibrary>;
let server: WebServer;
let rendererDir: string;

beforeEach(async () => {
  lib = tempLibrary();
  rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-renderer-'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Counterpoint</title>');
  fs.writeFileSync(path.join(os.tmpdir(), 'counterpoint-secret.txt'), 'outside the renderer');
  const invoke = createApi({
    db: () => lib.db,
    settings: createNodeSettingsStore(lib.dataDir),
    info: () => ({ version: 't', mode: 'browser', dataDir: lib.dataDir, databasePath: '', library: 'own' }),
  });
  server = await startWebServer({ invoke, token: TOKEN, rendererDir, port: 0 });
});
afterEach(async () => {
  await server.close();
  lib.cleanup();
  fs.rmSync(rendererDir, { recursive: true, force: true });
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
        port: server.port,
        path: options.path,
        method: options.method ?? 'POST',
        headers: { Host: `127.0.0.1:${server.port}`, ...options.headers },
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

const createProject = (headers: Record<string, string>) =>
  send({
    path: '/api/projects.create',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ title: 'From the web', medium: 'music' }),
  });

const projectCount = () => (lib.db.prepare('SELECT count(*) AS n FROM projects').get() as { n: number }).n;

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 only', () => {
    const address = server.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('answers a call with the right token and our own origin', async () => {
    const reply = await createProject({ Authorization: `Bearer ${TOKEN}`, Origin: `http://127.0.0.1:${server.port}` });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { title: 'From the web' } });
    expect(projectCount()).toBe(1);
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { Authorization: `Bearer ${'b'.repeat(48)}` }],
    ['a token of another length', { Authorization: 'Bearer short' }],
    ['the token without the Bearer scheme', { Authorization: TOKEN }],
  ])('refuses %s and writes nothing', async (_name, headers) => {
    const reply = await createProject(headers);
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(projectCount()).toBe(0);
  });

  it('refuses a foreign Origin even with the right token', async () => {
    const reply = await createProject({ Authorization: `Bearer ${TOKEN}`, Origin: 'https://evil.example' });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(projectCount()).toBe(0);
  });

  it('refuses a foreign Host (DNS rebinding) for the API and the page', async () => {
    const api = await createProject({ Authorization: `Bearer ${TOKEN}`, Host: `evil.example:${server.port}` });
    expect(api.status).toBe(403);
    const page = await send({ path: '/', method: 'GET', headers: { Host: 'evil.example' } });
    expect(page.status).toBe(403);
    expect(projectCount()).toBe(0);
  });

  it('refuses GET on the API, non-JSON bodies and broken JSON', async () => {
    const auth = { Authorization: `Bearer ${TOKEN}` };
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
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
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
    for (const sneaky of ['/../counterpoint-secret.txt', '/%2e%2e/counterpoint-secret.txt', '/..%2fcounterpoint-secret.txt']) {
      const reply = await send({ path: sneaky, method: 'GET' });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('outside the renderer');
    }
  });
});

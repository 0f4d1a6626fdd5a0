import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../api/dispatch';
import { createNodeSettingsStore } from '../host/settingsStore.node';
import { writeSampleLibrary } from '../sample/sampleLibrary';
import { tempLibrary } from '../testing/tempLibrary';
import { dumpTables } from '../transfer/testing';
import { startWebServer, type WebServer } from './httpServer';

const TOKEN = 'b'.repeat(48);
let lib: ReturnType<typeof tempLibrary>;
let server: WebServer;
const auth = { Authorization: `Bearer ${TOKEN}` };

beforeEach(async () => {
  lib = tempLibrary({ now: () => new Date('2026-03-15T12:00:00Z') });
  await writeSampleLibrary(lib.db, { today: '2026-03-15', seed: 7 });
  const invoke = createApi({
    db: () => lib.db,
    settings: createNodeSettingsStore(lib.dataDir),
    info: () => ({ version: 't', mode: 'browser', dataDir: lib.dataDir, databasePath: '', library: 'own' }),
  });
  server = await startWebServer({ invoke, token: TOKEN, port: 0 });
});
afterEach(async () => {
  await server.close();
  lib.cleanup();
});

async function call(method: string, input: unknown) {
  const res = await fetch(`${server.url}api/${method}`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return (await res.json()) as { ok: boolean; value?: Record<string, unknown>; error?: { message: string } };
}
const transferFiles = () => fs.readdirSync(path.join(lib.dataDir, 'transfer'));

describe('export and import files in browser mode', () => {
  it('downloads a prepared export once, with the token only', async () => {
    const prepared = await call('export.prepare', { format: 'json' });
    expect(prepared.ok).toBe(true);
    const id = prepared.value?.file as string;
    expect((await fetch(`${server.url}api/files/${id}`)).status).toBe(401);
    const res = await fetch(`${server.url}api/files/${id}`, { headers: auth });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ format: 'counterpoint-export', version: 1 });
    expect(Buffer.byteLength(text)).toBe(prepared.value?.bytes);
    // Removed once sent (the server's side of the response may close just after the client has read it).
    await expect.poll(transferFiles).toEqual([]);
    expect((await fetch(`${server.url}api/files/${id}`, { headers: auth })).status).toBe(404);
  });

  it('takes an import file larger than the 2 MB API limit, previews it and imports it, leaving no file behind', async () => {
    const prepared = await call('export.prepare', { format: 'json' });
    const text = await (await fetch(`${server.url}api/files/${prepared.value?.file as string}`, { headers: auth })).text();
    // Whitespace is valid JSON: the same document, grown past the API's body limit.
    const body = text.replace(/\n}\n$/, `${' '.repeat(3 * 1024 * 1024)}\n}\n`);
    const uploaded = await (await fetch(`${server.url}api/files`, { method: 'POST', headers: auth, body })).json() as { ok: boolean; value: { file: string } };
    expect(uploaded.ok).toBe(true);
    const preview = await call('import.preview', { file: uploaded.value.file });
    expect(preview.value).toMatchObject({ totals: { new: 0, conflicting: 0 } });
    const before = dumpTables(lib.db);
    const applied = await call('import.apply', { file: uploaded.value.file });
    expect(applied.ok).toBe(true);
    expect(dumpTables(lib.db)).toEqual(before);
    expect(transferFiles()).toEqual([]);
  });

  it('names the record and field of a bad file and removes it', async () => {
    const body = JSON.stringify({ format: 'counterpoint-export', version: 1, projects: [{ id: 'nope' }] });
    const uploaded = await (await fetch(`${server.url}api/files`, { method: 'POST', headers: auth, body })).json() as { value: { file: string } };
    const preview = await call('import.preview', { file: uploaded.value.file });
    expect(preview).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { record: { section: 'projects', position: 1, id: 'nope' } } } });
    expect(preview.error?.message).toMatch(/^projects record 1 \(id nope\), field "id": Must be a valid id/);
    expect(transferFiles()).toEqual([]);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { createApi } from '../api/dispatch';
import { DATABASE_FILE } from '../db/open';
import { Library, SAMPLE_LIBRARY_DIR } from './library';
import { createNodeSettingsStore } from './settingsStore.node';
import { tempLibrary } from '../testing/tempLibrary';

let dataDir: string;
let library: Library;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-library-'));
  library = new Library(dataDir);
});
afterEach(() => {
  library.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The API as browser mode builds it: the host can switch libraries. */
function api(now?: Date) {
  const invoke = createApi({
    db: () => library.db,
    settings: createNodeSettingsStore(dataDir),
    library,
    info: () => ({ version: 'test', mode: 'browser', dataDir, databasePath: library.databasePath, library: library.kind }),
    ...(now ? { now: () => now } : {}),
  });
  return async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await invoke(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value as MethodOutput<M>;
  };
}

const names = async (call: ReturnType<typeof api>) => (await call('collaborators.list', {})).map((person) => person.name);

describe('switching between the own library and the sample library', () => {
  it('opens a sample library beside the own one, clearly marked, and goes back to the own one untouched', async () => {
    const call = api();
    await call('collaborators.create', { name: 'My own mentor' });
    const sample = await call('library.openSample', {});
    expect(sample).toMatchObject({ library: 'sample', databasePath: path.join(dataDir, SAMPLE_LIBRARY_DIR, DATABASE_FILE) });
    expect(sample.schemaVersion).toBeGreaterThanOrEqual(3);
    expect(await names(call)).toHaveLength(12);
    expect(await names(call)).not.toContain('My own mentor');
    expect((await call('patterns.report', {})).relationships).toHaveLength(12);

    const own = await call('library.openOwn', {});
    expect(own).toMatchObject({ library: 'own', databasePath: path.join(dataDir, DATABASE_FILE) });
    expect(await names(call)).toEqual(['My own mentor']);
    expect((await call('app.info', {})).library).toBe('own');
  });

  it('starts the sample over each time it is opened, so nothing done to it carries over', async () => {
    const call = api();
    await call('library.openSample', {});
    await call('collaborators.create', { name: 'Added while exploring' });
    expect(await names(call)).toContain('Added while exploring');
    await call('library.openSample', {});
    expect(await names(call)).not.toContain('Added while exploring');
    await call('collaborators.create', { name: 'Added again' });
    await call('library.openOwn', {});
    await call('library.openSample', {});
    expect(await names(call)).toHaveLength(12);
  });

  it('writes the sample up to the day the API clock says is today', async () => {
    const call = api(new Date('2026-03-15T12:00:00Z'));
    await call('library.openSample', {});
    const newest = library.db.prepare('SELECT max(date) FROM exchanges').pluck().get() as string;
    expect(newest <= '2026-03-15' && newest >= '2026-03-08').toBe(true);
    expect((await call('patterns.report', {})).window.to).toBe('2026-03-15');
  });

  it('removes the sample files when going back, and leaves no staging folder behind', async () => {
    const call = api();
    await call('library.openSample', {});
    expect(fs.existsSync(path.join(dataDir, SAMPLE_LIBRARY_DIR, DATABASE_FILE))).toBe(true);
    await call('library.openOwn', {});
    expect(fs.existsSync(path.join(dataDir, SAMPLE_LIBRARY_DIR, DATABASE_FILE))).toBe(false);
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith(`${SAMPLE_LIBRARY_DIR}-`))).toEqual([]);
  });

  it('keeps answering from the library that was open until the new sample is complete', async () => {
    const call = api();
    await call('collaborators.create', { name: 'Mine' });
    const opening = library.openSample();
    const again = library.openSample();
    expect(library.kind).toBe('own');
    expect(await names(call)).toEqual(['Mine']);
    await Promise.all([opening, again]);
    expect(library.kind).toBe('sample');
    expect(await names(call)).toHaveLength(12);
  });

  it('is refused, with a reason, where the host cannot switch libraries', async () => {
    const lib = tempLibrary();
    try {
      const result = await lib.raw('library.openSample', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect((await lib.call('app.info', {})).library).toBe('own');
    } finally {
      lib.cleanup();
    }
  });
});

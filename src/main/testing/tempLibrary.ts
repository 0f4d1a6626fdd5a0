import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { createApi } from '../api/dispatch';
import { Library } from '../host/library';
import { createNodeSettingsStore } from '../host/settingsStore.node';

/**
 * A real library in a fresh temp folder with the real dispatcher over it, for unit tests.
 * `call` returns the value or throws with the error; `raw` returns the Result as-is.
 */
export function tempLibrary(options: { now?: () => Date } = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-test-'));
  const library = new Library(dataDir);
  const settings = createNodeSettingsStore(dataDir);
  const invoke = createApi({
    db: () => library.db,
    settings,
    info: () => ({ version: 'test', mode: 'browser', dataDir, databasePath: library.databasePath, library: 'own' }),
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    dataDir,
    library,
    get db(): Database.Database {
      return library.db;
    },
    raw: (method: string, input: unknown): Promise<Result<unknown>> => invoke(method, input),
    async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
      const result = await invoke(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
      return result.value as MethodOutput<M>;
    },
    cleanup() {
      library.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

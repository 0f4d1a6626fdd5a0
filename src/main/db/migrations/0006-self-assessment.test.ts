import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from './index';
import { dumpTables, insertData, openLibraryFile, updateToVersion } from './testing';
import { renamedForSchema4, schema2Library, seedLibrary } from './schema2Library.testing';

let dataDir: string;
let files = 0;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-0006-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const newLibrary = () => openLibraryFile(path.join(dataDir, `library-${files++}.sqlite3`));
const AT = '2026-03-15T12:00:00.000Z';
const ID = '3f2c0d2e-6a4b-4c1e-9f2a-0b1c2d3e4f50';

describe('migration 0006: self-assessments', () => {
  it('adds an empty self_assessments table and leaves every schema-5 row as it was', () => {
    fc.assert(
      fc.property(schema2Library, (library) => {
        const db = newLibrary();
        try {
          updateToVersion(db, 4);
          seedLibrary(db, renamedForSchema4(library));
          updateToVersion(db, 5);
          const before = dumpTables(db);
          updateToVersion(db, 6);
          expect(schemaVersion(db)).toBe(6);
          expect(dumpTables(db)).toEqual({ ...before, self_assessments: [] });
        } finally {
          db.close();
        }
      }),
      { numRuns: 15, seed: 6 },
    );
  });

  it('keeps answers as a JSON object, in progress until completed_at is set', () => {
    const db = newLibrary();
    updateToVersion(db, 5);
    updateToVersion(db, 6);
    const row = { id: ID, questionnaire_version: 1, answers: '{"alone-finish-first":4}', created_at: AT, updated_at: AT };
    insertData(db, 'self_assessments', [row]);
    expect(db.prepare('SELECT answers, completed_at, deleted_at FROM self_assessments').get()).toEqual({
      answers: '{"alone-finish-first":4}',
      completed_at: null,
      deleted_at: null,
    });
    const other = (change: Record<string, unknown>) => () =>
      insertData(db, 'self_assessments', [{ ...row, id: '3f2c0d2e-6a4b-4c1e-9f2a-0b1c2d3e4f51', ...change }]);
    expect(other({ answers: 'not json' })).toThrow(/CHECK constraint failed/);
    expect(other({ answers: '[1, 2]' })).toThrow(/CHECK constraint failed/);
    expect(other({ questionnaire_version: 0 })).toThrow(/CHECK constraint failed/);
    expect(other({ id: 'short' })).toThrow(/CHECK constraint failed/);
    expect(other({ questionnaire_version: 'one' })).toThrow(/cannot store TEXT value in INTEGER column/);
    db.close();
  });
});

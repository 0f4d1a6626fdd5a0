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
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-0007-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const newLibrary = () => openLibraryFile(path.join(dataDir, `library-${files++}.sqlite3`));
const AT = '2026-03-15T12:00:00.000Z';
const NONE = { check_in_unit: null, check_in_every: null, check_in_snoozed_until: null };

describe('migration 0007: check-ins', () => {
  it('keeps every schema-6 row, each collaborator with no cadence and no snooze', () => {
    fc.assert(
      fc.property(schema2Library.map(renamedForSchema4), (library) => {
        const db = newLibrary();
        try {
          updateToVersion(db, 4);
          seedLibrary(db, library);
          updateToVersion(db, 6);
          const before = dumpTables(db);
          updateToVersion(db, 7);
          expect(schemaVersion(db)).toBe(7);
          const after = dumpTables(db);
          expect(after).toEqual({ ...before, collaborators: (before.collaborators ?? []).map((row) => ({ ...row, ...NONE })) });
          expect(after.collaborators?.length).toBeGreaterThan(0);
        } finally {
          db.close();
        }
      }),
      { numRuns: 15, seed: 7 },
    );
  });

  it('holds a cadence of 1 to five years in days, weeks or months, and a real snooze day', () => {
    const db = newLibrary();
    updateToVersion(db, 6);
    updateToVersion(db, 7);
    let n = 0;
    const person = (checkIn: Record<string, unknown>) => () =>
      insertData(db, 'collaborators', [{ id: `person-${n++}`, name: 'Ada', kind: 'person', created_at: AT, updated_at: AT, ...checkIn }]);

    expect(person({})).not.toThrow();
    expect(person({ check_in_every: 6, check_in_unit: 'weeks' })).not.toThrow();
    expect(person({ check_in_every: 1826, check_in_unit: 'days', check_in_snoozed_until: '2028-02-29' })).not.toThrow();
    expect(person({ check_in_every: 60, check_in_unit: 'months' })).not.toThrow();
    expect(person({ check_in_snoozed_until: '2026-12-24' })).not.toThrow();
    expect(db.prepare('SELECT count(*) FROM collaborators').pluck().get()).toBe(5);

    for (const bad of [
      { check_in_every: 0, check_in_unit: 'days' },
      { check_in_every: -3, check_in_unit: 'weeks' },
      { check_in_every: 1827, check_in_unit: 'days' },
      { check_in_every: 261, check_in_unit: 'weeks' },
      { check_in_every: 61, check_in_unit: 'months' },
      { check_in_every: 2, check_in_unit: 'years' },
      { check_in_every: 2 },
      { check_in_unit: 'days' },
      { check_in_snoozed_until: '2026-02-30' },
      { check_in_snoozed_until: '2026-13-01' },
      { check_in_snoozed_until: 'next week' },
    ]) {
      expect(person(bad), JSON.stringify(bad)).toThrow(/CHECK constraint failed/);
    }
    expect(person({ check_in_every: 1.5, check_in_unit: 'days' })).toThrow(/cannot store REAL value in INTEGER column/);
    expect(db.prepare('SELECT count(*) FROM collaborators').pluck().get()).toBe(5);
    db.close();
  });
});

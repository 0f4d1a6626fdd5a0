import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from './index';
import { dumpTables, insertData, openLibraryFile, updateToVersion } from './testing';
import { schema2Library, seedLibrary, renamedForSchema4 } from './schema2Library.testing';

let dataDir: string;
let files = 0;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-0008-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const newLibrary = () => openLibraryFile(path.join(dataDir, `library-${files++}.sqlite3`));

describe('migration 0008: lesson status', () => {
  it('marks every lesson written before it held and leaves every other row as it was', () => {
    fc.assert(
      fc.property(schema2Library, (library) => {
        const db = newLibrary();
        try {
          updateToVersion(db, 4);
          seedLibrary(db, renamedForSchema4(library));
          updateToVersion(db, 7);
          const before = dumpTables(db);
          updateToVersion(db, 8);
          expect(schemaVersion(db)).toBe(8);
          const after = dumpTables(db);
          expect(after.lessons).toEqual(before.lessons!.map((row) => ({ ...row, status: 'held' })));
          expect({ ...after, lessons: [] }).toEqual({ ...before, lessons: [] });
        } finally {
          db.close();
        }
      }),
      { numRuns: 15, seed: 8 },
    );
  });

  it('takes planned, held and cancelled, and nothing else', () => {
    const db = newLibrary();
    updateToVersion(db, 7);
    updateToVersion(db, 8);
    const at = '2026-03-15T12:00:00.000Z';
    insertData(db, 'collaborators', [{ id: 'person-0', name: 'Sam', kind: 'person', notes: '', created_at: at, updated_at: at }]);
    const lesson = (id: string, change: Record<string, unknown>) => () =>
      insertData(db, 'lessons', [
        { id, collaborator_id: 'person-0', user_role: 'learner', date: '2026-03-20', duration_min: 60, topics: 'Voicing', takeaways: '', created_at: at, updated_at: at, ...change },
      ]);
    lesson('lesson-default', {})();
    for (const status of ['planned', 'held', 'cancelled']) lesson(`lesson-${status}`, { status })();
    expect(db.prepare('SELECT id, status FROM lessons ORDER BY id').all()).toEqual([
      { id: 'lesson-cancelled', status: 'cancelled' },
      { id: 'lesson-default', status: 'held' },
      { id: 'lesson-held', status: 'held' },
      { id: 'lesson-planned', status: 'planned' },
    ]);
    expect(lesson('lesson-moved', { status: 'moved' })).toThrow(/CHECK constraint failed/);
    expect(lesson('lesson-null', { status: null })).toThrow(/NOT NULL constraint failed/);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'lessons_planned'").pluck().get()).toBe(1);
    db.close();
  });
});
